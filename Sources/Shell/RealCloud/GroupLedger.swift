import Foundation
import ServerGroupsCore

/// The IDs of the server groups sgtutor created on a real cloud (Nova keeps no metadata on groups, so this list
/// is how `cleanup` knows them). Kept in a file when given one, so a later session can still clean up.
package final class GroupLedger: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [ServerGroupID]
  private let path: String?

  /// - Parameter path: a file of one ID per line; nil keeps the list in memory only.
  package init(path: String? = nil) {
    self.path = path
    let text = path.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
    stored = text.split(whereSeparator: \.isNewline).map { ServerGroupID(String($0)) }
  }

  package var ids: [ServerGroupID] { lock.withLock { stored } }

  /// Notes a group sgtutor created; throws when the file cannot be written (a later `cleanup` would miss it).
  package func add(_ id: ServerGroupID) throws(CloudError) {
    let failure = lock.withLock { () -> CloudError? in
      if !stored.contains(id) { stored.append(id) }
      return save()
    }
    if let failure { throw failure }
  }

  /// Forgets a group that is gone. A failed write leaves its ID in the file, which `GuardedCloud.leftovers()`
  /// drops again once it sees the group is gone, so nothing is lost and nothing need be said.
  package func remove(_ id: ServerGroupID) {
    lock.withLock {
      stored.removeAll { $0 == id }
      _ = save()
    }
  }

  /// Writes the list (called with the lock held); returns what went wrong, if anything.
  private func save() -> CloudError? {
    guard let path else { return nil }
    let folder = (path as NSString).deletingLastPathComponent
    let text = stored.map(\.rawValue).joined(separator: "\n") + (stored.isEmpty ? "" : "\n")
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      return nil
    } catch {
      return .unsupported(RealCloudMessages.ledgerUnwritten(path: path, reason: error.localizedDescription))
    }
  }
}
