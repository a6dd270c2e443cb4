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

  package func add(_ id: ServerGroupID) {
    lock.withLock {
      if !stored.contains(id) { stored.append(id) }
      save()
    }
  }

  package func remove(_ id: ServerGroupID) {
    lock.withLock {
      stored.removeAll { $0 == id }
      save()
    }
  }

  /// Writes the list (called with the lock held). A failed write only costs a later session's cleanup.
  private func save() {
    guard let path else { return }
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let text = stored.map(\.rawValue).joined(separator: "\n") + (stored.isEmpty ? "" : "\n")
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
  }
}
