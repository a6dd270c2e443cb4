/// What one Tab press does to the line: how much to delete before the cursor, what to insert, and which
/// candidates to list below the line. Pure, so the rules are tested without a terminal.
package struct TabCompletionPlan: Equatable, Sendable {
  /// Unicode scalars to delete before the cursor (libedit's buffer holds one `wchar_t` per scalar).
  package var deleteScalars: Int
  /// Text to insert at the cursor after the deletion.
  package var insert: String
  /// Candidates to show below the line; empty when the completion was unique.
  package var listing: [String]

  package init(deleteScalars: Int, insert: String, listing: [String]) {
    self.deleteScalars = deleteScalars
    self.insert = insert
    self.listing = listing
  }

  /// The plan for a completer's answer, or nil when there is nothing to offer (ring the bell).
  /// - Parameters:
  ///   - lineBeforeCursor: the text the completer was given.
  ///   - spaceFollows: whether the character under the cursor is already a space (then none is added).
  package init?(_ completion: Completion, lineBeforeCursor: String, spaceFollows: Bool) {
    var seen = Set<String>()
    let candidates = completion.candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
    guard let first = candidates.first else { return nil }
    let replacing = max(0, min(completion.replacing, lineBeforeCursor.count))
    let partial = String(lineBeforeCursor.suffix(replacing))

    if candidates.count == 1 {
      let word = first
      let addSpace = !spaceFollows && !Self.expectsMore(word)
      self = Self.replacement(of: partial, with: addSpace ? word + " " : word, listing: [])
      return
    }
    let prefix = Self.commonPrefix(candidates)
    // Only replace when the shared prefix says at least as much as what was typed (the completer may match
    // case-insensitively or by substring, and then the typed text must not shrink).
    let typed = prefix.count >= partial.count && prefix != partial ? prefix : partial
    self = Self.replacement(of: partial, with: typed, listing: candidates)
  }

  /// Words after which the user keeps typing (`--rule max_server_per_host=`, `net-id=`), so no space follows.
  private static func expectsMore(_ word: String) -> Bool {
    word.hasSuffix("=") || word.hasSuffix("/") || word.hasSuffix(":")
  }

  /// Replaces `partial` with `text`, touching only what differs when `text` merely extends it.
  private static func replacement(of partial: String, with text: String, listing: [String]) -> TabCompletionPlan {
    let partialScalars = partial.unicodeScalars
    if text.unicodeScalars.starts(with: partialScalars) {
      var rest = String.UnicodeScalarView()
      rest.append(contentsOf: text.unicodeScalars.dropFirst(partialScalars.count))
      return TabCompletionPlan(deleteScalars: 0, insert: String(rest), listing: listing)
    }
    return TabCompletionPlan(deleteScalars: partialScalars.count, insert: text, listing: listing)
  }

  /// The longest common prefix of `words`, in characters.
  package static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
      let characters = Array(word)
      var length = 0
      while length < prefix.count, length < characters.count, prefix[length] == characters[length] { length += 1 }
      prefix.removeSubrange(length...)
    }
    return String(prefix)
  }
}
