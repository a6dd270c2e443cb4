import Foundation
import ServerGroupsCore

/// Brings a sandbox up: a new directory, or the saved one with every region restored from `--state`.
package enum SandboxSetup {
  /// What start-up produced.
  package struct Prepared: Sendable {
    package var workshop: Workshop
    package var store: StateStore?
    /// True when the state came from the file.
    package var restored: Bool

    package init(workshop: Workshop, store: StateStore?, restored: Bool) {
      self.workshop = workshop
      self.store = store
      self.restored = restored
    }
  }

  /// - Parameters:
  ///   - statePath: `--state FILE`; when it exists its directory and regions win over the other options.
  ///   - credentials: passwords by user name for a new sandbox (`--credentials FILE`).
  package static func prepare(
    statePath: String?, participants: Int, sharedHosts: Bool, credentials: [String: String],
    makeRegion: (UInt64) -> any SandboxRegion
  ) async throws -> Prepared {
    if let statePath, let snapshot = try loadSnapshot(statePath) {
      let workshop = Workshop(directory: snapshot.directory, sharedHosts: snapshot.sharedHosts, makeRegion: makeRegion)
      for entry in workshop.entries {
        guard let data = snapshot.regions[entry.key] else { continue }
        do {
          try await entry.region.controls.restore(SimulatorCheckpoint(data: data))
        } catch {
          throw StateError.cannotRead(statePath, "\(error)")
        }
      }
      let store = StateStore(path: statePath, workshop: workshop)
      return Prepared(workshop: workshop, store: store, restored: true)
    }
    var random = SystemRandomNumberGenerator()
    let directory = Directory.make(participants: participants, given: credentials, random: &random)
    let workshop = Workshop(directory: directory, sharedHosts: sharedHosts, makeRegion: makeRegion)
    var store: StateStore?
    if let statePath {
      let created = StateStore(path: statePath, workshop: workshop)
      try await created.saveAll()
      store = created
    }
    return Prepared(workshop: workshop, store: store, restored: false)
  }

  private static func loadSnapshot(_ path: String) throws -> StateStore.Snapshot? {
    do {
      return try StateStore.load(path: path)
    } catch {
      throw StateError.cannotRead(path, "\(error)")
    }
  }

  /// Reads a credentials file: one `user: password` per line (`#` comments allowed), as YAML writes a map.
  package static func parseCredentials(_ text: String) -> [String: String] {
    var result: [String: String] = [:]
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), let colon = trimmed.firstIndex(of: ":") else { continue }
      let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
      var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
        value = String(value.dropFirst().dropLast())
      }
      if !key.isEmpty && !value.isEmpty { result[key] = value }
    }
    return result
  }
}
