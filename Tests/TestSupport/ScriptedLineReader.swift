import Shell

/// A `LineReader` that replays lines, writing each prompt and line to `console` as a terminal would show them.
package struct ScriptedLineReader: LineReader {
  private var lines: [String]
  private let console: (any Console)?
  /// Lines given to `addHistory`, in order.
  package private(set) var history: [String] = []

  package init(_ lines: [String], echoingTo console: (any Console)? = nil) {
    self.lines = lines
    self.console = console
  }

  package mutating func readLine(prompt: String) -> String? {
    guard !lines.isEmpty else { return nil }
    let line = lines.removeFirst()
    console?.write(prompt + line + "\n", to: .stdout)
    return line
  }

  package mutating func addHistory(_ line: String) { history.append(line) }
}
