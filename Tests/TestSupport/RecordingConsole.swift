import Foundation
import Shell

/// A `Console` that keeps everything written, in order: standard output as is, standard error with each line
/// prefixed `stderr: `, so one transcript shows both.
package final class RecordingConsole: Console, @unchecked Sendable {
  package let columns: Int
  package let colors: Bool
  package let plain: Bool
  private let lock = NSLock()
  private var text = ""
  private var errors: [String] = []

  package init(columns: Int = 80, colors: Bool = false, plain: Bool = false) {
    self.columns = columns
    self.colors = colors
    self.plain = plain
  }

  package func write(_ output: String, to stream: OutputStreamKind) {
    lock.withLock {
      switch stream {
      case .stdout:
        text += output
      case .stderr:
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let body = output.hasSuffix("\n") ? lines.dropLast() : lines[...]
        for line in body {
          text += "stderr: " + line + "\n"
          errors.append(String(line))
        }
      }
    }
  }

  /// Everything written so far.
  package var transcript: String { lock.withLock { text } }
  /// The lines written to standard error.
  package var errorLines: [String] { lock.withLock { errors } }

  /// Forgets what was written.
  package func clear() {
    lock.withLock {
      text = ""
      errors = []
    }
  }
}
