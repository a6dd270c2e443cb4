/// Where the REPL gets its lines: libedit on a terminal, plain `readLine` otherwise, a script in tests.
package protocol LineReader {
  /// The next line without its newline, or nil at end of input (Ctrl-D on an empty line).
  /// A Ctrl-C while reading returns `""` after the reader has cleared the line.
  /// A reader may wait without holding a thread (the browser session waits for the page's next line).
  mutating func readLine(prompt: String) async -> String?
  /// Remembers a line for up-arrow recall and the history file.
  mutating func addHistory(_ line: String)
  /// Writes history to disk; called on every way out.
  mutating func saveHistory()
  /// Whether a person ends the input with Ctrl-D at a terminal (libedit), who is then told what `quit` tells.
  var endsAtTerminal: Bool { get }
}

extension LineReader {
  package mutating func saveHistory() {}
  package var endsAtTerminal: Bool { false }
}
