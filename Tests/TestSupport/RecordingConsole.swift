import Foundation
import Shell
import Synchronization

/// A `Console` that keeps everything written, in order: standard output as is, standard error with each line
/// prefixed `stderr: `, so one transcript shows both.
package final class RecordingConsole: Console, Sendable {
  package let columns: Int
  package let colors: Bool
  package let plain: Bool
  /// Everything written (standard error prefixed) and the standard-error lines alone.
  private let written = Mutex<(text: String, errors: [String])>(("", []))

  package init(columns: Int = 80, colors: Bool = false, plain: Bool = false) {
    self.columns = columns
    self.colors = colors
    self.plain = plain
  }

  package func write(_ output: String, to stream: OutputStreamKind) {
    written.withLock { written in
      switch stream {
      case .stdout:
        written.text += output
      case .stderr:
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let body = output.hasSuffix("\n") ? lines.dropLast() : lines[...]
        for line in body {
          written.text += "stderr: " + line + "\n"
          written.errors.append(String(line))
        }
      }
    }
  }

  /// Everything written so far.
  package var transcript: String { written.withLock { $0.text } }
  /// The lines written to standard error.
  package var errorLines: [String] { written.withLock { $0.errors } }

  /// Forgets what was written.
  package func clear() {
    written.withLock { $0 = ("", []) }
  }
}
