/// A problem in a lesson file: where it is and what to do about it, in lower case
/// (``lessons/en/02-db-cluster.md:14: unknown check `membersOnDistinctHost`; did you mean `membersOnDistinctHosts`?``).
package struct LessonDiagnostic: Sendable, Equatable, CustomStringConvertible {
  package var path: String
  package var line: Int
  package var message: String

  package init(path: String, line: Int, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  package var description: String { "\(path):\(line): \(message)" }
}

/// Why a lesson file could not be used: every problem found, in file order.
package struct LessonParseError: Error, Sendable, Equatable, CustomStringConvertible {
  package var diagnostics: [LessonDiagnostic]

  package init(diagnostics: [LessonDiagnostic]) { self.diagnostics = diagnostics }

  package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
