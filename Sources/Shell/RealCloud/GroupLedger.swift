import Foundation
import ServerGroupsCore
import Synchronization

/// The IDs of the server groups sgtutor created on a real cloud (Nova keeps no metadata on groups, so this list
/// is how `cleanup` knows them). Kept in a file when given one, so a later session can still clean up.
package final class GroupLedger: Sendable {
  private let stored: Mutex<[ServerGroupID]>
  private let path: String?

  /// - Parameter path: a file of one ID per line; nil keeps the list in memory only.
  package init(path: String? = nil) {
    self.path = path
    let text = path.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
    stored = Mutex(text.split(whereSeparator: \.isNewline).map { ServerGroupID(String($0)) })
  }

  package var ids: [ServerGroupID] { stored.withLock { $0 } }

  /// The ledger's file could not be written: where, and the system's reason.
  package struct WriteFailure: Error, Sendable {
    package var path: String
    package var reason: String
  }

  /// Notes a group sgtutor created; throws when the file cannot be written (a later `cleanup` would miss it).
  package func add(_ id: ServerGroupID) throws(WriteFailure) {
    let failure = stored.withLock { ids -> WriteFailure? in
      if !ids.contains(id) { ids.append(id) }
      return save(ids)
    }
    if let failure { throw failure }
  }

  /// Forgets a group that is gone. A failed write leaves its ID in the file, which `GuardedCloud.leftovers()`
  /// drops again once it sees the group is gone, so nothing is lost and nothing need be said.
  package func remove(_ id: ServerGroupID) {
    stored.withLock { ids in
      ids.removeAll { $0 == id }
      _ = save(ids)
    }
  }

  /// Writes `stored` (called with the mutex held, so writes follow one another); returns what went wrong, if
  /// anything.
  private func save(_ stored: [ServerGroupID]) -> WriteFailure? {
    guard let path else { return nil }
    let folder = (path as NSString).deletingLastPathComponent
    let text = stored.map(\.rawValue).joined(separator: "\n") + (stored.isEmpty ? "" : "\n")
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      return nil
    } catch {
      return WriteFailure(path: path, reason: error.localizedDescription)
    }
  }
}
