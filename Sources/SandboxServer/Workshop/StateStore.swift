import Foundation
import ServerGroupsCore

/// `--state FILE`: the directory and every region's checkpoint in one JSON file, replaced atomically
/// (written to a temporary file, flushed, renamed over the old one) before a change is acknowledged.
/// Concurrent changes share writes: whoever arrives while a write is in progress waits for the next one,
/// which is taken after its change, so no acknowledged change is ever missing from the file.
package actor StateStore {
  /// The file's content.
  package struct Snapshot: Codable, Sendable {
    package var format: Int = 1
    package var sharedHosts: Bool
    package var directory: Directory
    /// Region key → the simulator's checkpoint (JSON, stored base64-encoded).
    package var regions: [String: Data]
  }

  package let path: String
  private let workshop: Workshop
  private var cached: [String: Data] = [:]
  private var dirty: Set<String> = []
  private var waiters: [CheckedContinuation<Void, any Error>] = []
  private var writing = false

  package init(path: String, workshop: Workshop) {
    self.path = path
    self.workshop = workshop
  }

  /// Reads a saved file; nil when there is none.
  package static func load(path: String) throws -> Snapshot? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try JSONDecoder().decode(Snapshot.self, from: data)
  }

  /// Writes every region now (at start-up, so the file exists and holds the credentials).
  package func saveAll() async throws {
    for entry in workshop.entries { dirty.insert(entry.key) }
    try await flush()
  }

  /// Returns once the region `key`'s current state (and everything before it) is on disk.
  package func commit(_ key: String) async throws {
    dirty.insert(key)
    try await flush()
  }

  private func flush() async throws {
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
      waiters.append(continuation)
      if !writing {
        writing = true
        Task { await self.drain() }
      }
    }
  }

  private func drain() async {
    while !waiters.isEmpty {
      let batch = waiters
      waiters = []
      let keys = dirty
      dirty = []
      for entry in workshop.entries where keys.contains(entry.key) {
        cached[entry.key] = await entry.region.controls.checkpoint().data
      }
      do {
        try write()
        for waiter in batch { waiter.resume() }
      } catch {
        for waiter in batch { waiter.resume(throwing: error) }
      }
    }
    writing = false
  }

  private func write() throws {
    let snapshot = Snapshot(sharedHosts: workshop.sharedHosts, directory: workshop.directory, regions: cached)
    let data = try JSONEncoder().encode(snapshot)
    let temporary = path + ".tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw StateError.cannotWrite(path, String(cString: strerror(errno))) }
    defer { close(fd) }
    let written = data.withUnsafeBytes { buffer in Foundation.write(fd, buffer.baseAddress, buffer.count) }
    guard written == data.count, fsync(fd) == 0 else {
      throw StateError.cannotWrite(path, String(cString: strerror(errno)))
    }
    guard rename(temporary, path) == 0 else { throw StateError.cannotWrite(path, String(cString: strerror(errno))) }
  }
}

/// Problems with the state file, worded for the instructor.
package enum StateError: Error, Equatable, CustomStringConvertible {
  case cannotWrite(String, String)
  case cannotRead(String, String)

  package var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "cannot write the state file \(path): \(reason)"
    case .cannotRead(let path, let reason): "cannot read the state file \(path): \(reason)"
    }
  }
}
