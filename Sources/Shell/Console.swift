/// Where the shell writes. Commands never print; the REPL renders and writes here.
package protocol Console: Sendable {
  /// Writes text as is (include the newline).
  func write(_ text: String, to stream: OutputStreamKind)
  /// The terminal's width in columns (80 when unknown).
  var columns: Int { get }
  /// Whether to use colour and box-drawing characters (false for NO_COLOR, TERM=dumb, pipes).
  var colors: Bool { get }
  /// Whether pictures are to be told in sentences (`--plain`, `TERM=dumb`): for screen readers and dumb terminals.
  var plain: Bool { get }
}

extension Console {
  package var plain: Bool { false }
}

/// Standard output or standard error.
package enum OutputStreamKind: Sendable {
  case stdout, stderr
}
