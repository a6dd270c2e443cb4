/// Problems with the `--state` store, worded for the instructor: each says what to do.
package enum StateError: Error, Equatable, CustomStringConvertible {
  case cannotOpen(String, String)
  case cannotRead(String, String)
  case cannotWrite(String, String)
  /// The integrity check failed, or the rows contradict each other.
  case damaged(String, String)
  /// A migration this build does not know: a newer sgtutor wrote it.
  case newer(String)
  /// The JSON state file of sgtutor before the SQLite store.
  case legacyJSON(String)
  /// Some other file.
  case notAStore(String)
  /// The command line asks for another workshop than the store holds (flag, what it says, what the store says).
  case flagsDisagree(String, flag: String, given: String, stored: String)
  /// `--import-state` problems (path of the JSON file, reason).
  case cannotImport(String, String)

  package var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      "cannot open the state store \(path): \(reason)"
    case .cannotRead(let path, let reason):
      "cannot read the state store \(path): \(reason); it was left as it is (start with another --state path)"
    case .cannotWrite(let path, let reason):
      "cannot write the state store \(path): \(reason)"
    case .damaged(let path, let reason):
      "the state store \(path) is damaged (\(reason)); it was left as it is: restore a backup or start with "
        + "another --state path"
    case .newer(let path):
      "the state store \(path) was written by a newer sgtutor; use that version, or start with another --state path"
    case .legacyJSON(let path):
      "\(path) is a state file in the JSON format of earlier sgtutor versions; import it once with "
        + "--import-state \(path) --state NEW-STORE.sqlite"
    case .notAStore(let path):
      "\(path) is not an sgtutor state store (not an SQLite database); it was left as it is: give another --state path"
    case .flagsDisagree(let path, let flag, let given, let stored):
      "the state store \(path) holds a workshop with \(flag) \(stored), not \(given): start with \(flag) \(stored) "
        + "(or without \(flag)), or give another --state path for a new workshop"
    case .cannotImport(let path, let reason):
      "cannot import \(path): \(reason)"
    }
  }
}
