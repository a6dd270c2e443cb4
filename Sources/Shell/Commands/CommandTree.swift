import ArgumentParser
import Foundation
import LessonEngine

/// Walks the command tree by name, for `help`, unknown-command suggestions and Tab completion.
package enum CommandTree {
  /// The subcommands of a command.
  package static func children(of command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
    command.configuration.subcommands
  }

  /// The names a command answers to (its name and aliases).
  package static func names(of command: any ParsableCommand.Type) -> [String] {
    [command._commandName] + command.configuration.aliases
  }

  /// The child called `word`, if any.
  package static func child(_ word: String, of command: any ParsableCommand.Type) -> (any ParsableCommand.Type)? {
    children(of: command).first { names(of: $0).contains(word) }
  }

  /// Follows `words` down the tree as far as they name subcommands.
  /// - Returns: the command reached and how many words named it.
  package static func resolve(_ words: [String]) -> (command: any ParsableCommand.Type, consumed: Int) {
    var current: any ParsableCommand.Type = ShellCommand.self
    var consumed = 0
    for word in words {
      guard let next = child(word, of: current) else { break }
      current = next
      consumed += 1
    }
    return (current, consumed)
  }

  /// A command's help screen. The root has no name of its own, so ArgumentParser's `USAGE:  server …` and
  /// `' help server …'` lose the space it leaves. ArgumentParser lays the screen out unwrapped and `LineWrapper`
  /// fits it to `columns`, as every other line the shell prints: ArgumentParser's own wrapping breaks inside a
  /// quoted name (`"DB` / `Cluster"`) and inside a usage line's brackets.
  /// In Norwegian the screen's texts are `HelpText`'s.
  package static func help(for command: any ParsableCommand.Type, columns: Int, language: Language = .en) -> String {
    let english = ShellCommand.helpMessage(for: command, columns: unwrappedColumns)
      .replacingOccurrences(of: "USAGE:  ", with: "USAGE: ")
      .replacingOccurrences(of: "' help ", with: "'help ")
    let text = HelpText.localized(english, in: language)
    let wrapped = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      // An option's or argument's entry: its text continues under ArgumentParser's second column.
      let isEntry = line.hasPrefix("  -") || line.hasPrefix("  <")
      return LineWrapper.line(String(line), columns: columns, hangingAt: isEntry ? helpTextColumn : nil)
    }.joined(separator: "\n")
    return wrapped.hasSuffix("\n") ? wrapped : wrapped + "\n"
  }

  /// Wide enough that ArgumentParser breaks no line of its own.
  private static let unwrappedColumns = 10_000
  /// Where ArgumentParser starts an entry's text (two spaces, then a 24-column label).
  private static let helpTextColumn = 26

  /// Checks that the line's leading words name a command, and says which one was meant if they do not.
  package static func check(_ words: [String]) throws(ShellError) {
    let (command, consumed) = resolve(words)
    guard !children(of: command).isEmpty, consumed < words.count else { return }
    let word = words[consumed]
    // Options and help flags are ArgumentParser's to judge.
    guard !word.hasPrefix("-") else { return }
    let path = (words.prefix(consumed) + [word]).joined(separator: " ")
    let known = children(of: command).flatMap(names(of:)).filter { $0 != "help" || consumed == 0 }
    let prefix = words.prefix(consumed).joined(separator: " ")
    let suggestion = Suggestion.nearest(to: word, in: known).map { prefix.isEmpty ? $0 : prefix + " " + $0 }
    throw .unknownCommand(path, suggestion: suggestion)
  }
}

/// The closest word by edit distance, for "did you mean" hints.
package enum Suggestion {
  /// The known word nearest to `word`, if it is near enough to be a likely typo (or `word` is its prefix).
  package static func nearest(to word: String, in known: [String]) -> String? {
    let lowered = word.lowercased()
    if let prefixed = known.first(where: { $0.hasPrefix(lowered) && !lowered.isEmpty }) { return prefixed }
    let scored = known.map { ($0, distance(lowered, $0)) }.min { $0.1 < $1.1 }
    guard let (best, score) = scored, score <= max(2, best.count / 3) else { return nil }
    return best
  }

  /// Levenshtein distance.
  package static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
