import Foundation
import Shell

/// The interactive `LineReader`: libedit with emacs keys and ~/.editrc, a private history file, Tab completion
/// from the shell's `LineCompleter`, Ctrl-C to clear the line and Ctrl-D to leave.
///
/// Use it only when standard input is a terminal; scripts and pipes use the shell's plain reader.
package struct LibEditLineReader: LineReader {
  private let session: EditLineSession?

  /// Sets the locale for UTF-8 input and loads the history. The Ctrl-C handler is installed by the first `readLine`.
  /// - Parameters:
  ///   - historyPath: the history file (see `HistoryFile.defaultPath(environment:)`); its directory is created on
  ///     the first save.
  ///   - completer: what Tab asks; nil rings the bell.
  package init(historyPath: String, completer: (any LineCompleter)?) {
    TerminalLocale.configure()
    session = EditLineSession(historyFile: HistoryFile.resolvingLinks(historyPath), completer: completer)
  }

  package mutating func readLine(prompt: String) -> String? {
    guard let session else {
      // libedit could not start (out of memory); still behave like a shell.
      FileHandle.standardOutput.write(Data(prompt.utf8))
      return Swift.readLine(strippingNewline: true)
    }
    return session.readLine(prompt: prompt)
  }

  package var endsAtTerminal: Bool { true }

  package mutating func addHistory(_ line: String) {
    session?.addHistory(line)
  }

  package mutating func saveHistory() {
    session?.saveHistory()
  }
}
