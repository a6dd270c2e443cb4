/// Tab completion, as a synchronous function so the line editor can call it from libedit's callback.
/// The cloud's names (groups, servers, flavors, …) come from a `NameCache`, read when Tab needs them.
package protocol LineCompleter: Sendable {
  /// Completes the word that ends at the cursor.
  /// - Parameter lineBeforeCursor: the line's text from its start up to the cursor.
  func complete(_ lineBeforeCursor: String) -> Completion
}

/// What Tab should do: delete `replacing` characters before the cursor and insert one of `candidates`.
package struct Completion: Sendable, Equatable {
  /// How many characters (Swift `Character`s) before the cursor the candidates replace (the partial word,
  /// including an opening quote).
  package var replacing: Int
  /// Full replacement words, already quoted where needed (`"DB Cluster"`); a trailing space is added by the
  /// line editor when there is exactly one candidate and it is a complete word.
  package var candidates: [String]

  package init(replacing: Int, candidates: [String]) {
    self.replacing = replacing
    self.candidates = candidates
  }

  package static let none = Completion(replacing: 0, candidates: [])
}
