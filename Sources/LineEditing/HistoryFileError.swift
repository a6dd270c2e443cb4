/// Why history could not be kept; shown once, never fatal.
package enum HistoryFileError: Error, Equatable, CustomStringConvertible {
  /// The file or its directory cannot be created or written.
  case cannotWrite(path: String, reason: String)
  /// The path holds a file that libedit did not write.
  case notAHistoryFile(path: String)
  /// A directory, link or other non-regular file.
  case notARegularFile(path: String)
  /// The path is a device such as /dev/null: history is off on purpose, so nothing is said.
  case disabled
  /// A history file that libedit could not read back; it is left as it is.
  case cannotRead(path: String)

  package var description: String {
    switch self {
    case .cannotWrite(let path, let reason):
      "sgtutor: history will not be saved: \(path): \(reason)"
    case .notAHistoryFile(let path):
      "sgtutor: history will not be saved: \(path) is not a history file written by sgtutor"
    case .notARegularFile(let path):
      "sgtutor: history will not be saved: \(path) is not a regular file"
    case .disabled:
      "sgtutor: history is off"
    case .cannotRead(let path):
      "sgtutor: history will not be saved: \(path) could not be read"
    }
  }
}
