import Foundation
import ServerGroupsCore

/// Brings a sandbox up: a new workshop, the one kept in the `--state` store, or one imported from a JSON state
/// file of earlier versions.
package enum SandboxSetup {
  /// What start-up produced.
  package struct Prepared: Sendable {
    package var workshop: Workshop
    package var store: StateStore?
    /// True when the workshop came from the store.
    package var restored: Bool
    /// The JSON state file imported into the store, if any.
    package var imported: String?

    package init(workshop: Workshop, store: StateStore?, restored: Bool, imported: String? = nil) {
      self.workshop = workshop
      self.store = store
      self.restored = restored
      self.imported = imported
    }
  }

  /// What the command line asks for.
  package struct Options: Sendable {
    /// `--state PATH`.
    package var statePath: String?
    /// `--import-state FILE`: an earlier version's JSON state file, imported into a new store.
    package var importPath: String?
    /// `--participants N`, nil when not given (then the store's, or 1).
    package var participants: Int?
    /// `--shared-hosts` / `--no-shared-hosts`, nil when neither was given.
    package var sharedHosts: Bool?
    /// Passwords by user name for a new workshop (`--credentials FILE`).
    package var credentials: [String: String]

    package init(
      statePath: String? = nil, importPath: String? = nil, participants: Int? = nil, sharedHosts: Bool? = nil,
      credentials: [String: String] = [:]
    ) {
      self.statePath = statePath
      self.importPath = importPath
      self.participants = participants
      self.sharedHosts = sharedHosts
      self.credentials = credentials
    }
  }

  package static func prepare(
    _ options: Options, makeRegion: (UInt64) -> any SandboxRegion
  ) async throws -> Prepared {
    guard let statePath = options.statePath else {
      if let importPath = options.importPath {
        throw StateError.cannotImport(importPath, "--import-state needs --state PATH, the new store to import into")
      }
      let workshop = newWorkshop(options, makeRegion: makeRegion)
      return Prepared(workshop: workshop, store: nil, restored: false)
    }
    let store = try StateStore(path: statePath)
    let saved = try await store.saved()
    if let importPath = options.importPath {
      guard saved == nil else {
        throw StateError.cannotImport(
          importPath, "the store \(statePath) already holds a workshop; import into a new one")
      }
      let workshop = try await importJSON(importPath, options, makeRegion: makeRegion)
      try await store.attach(workshop)
      try await store.saveAll()
      return Prepared(workshop: workshop, store: store, restored: true, imported: importPath)
    }
    guard let saved else {
      let workshop = newWorkshop(options, makeRegion: makeRegion)
      try await store.attach(workshop)
      try await store.saveAll()
      return Prepared(workshop: workshop, store: store, restored: false)
    }
    try checkFlags(options, directory: saved.directory, sharedHosts: saved.sharedHosts, source: statePath)
    let workshop = Workshop(directory: saved.directory, sharedHosts: saved.sharedHosts, makeRegion: makeRegion)
    for entry in workshop.entries {
      guard let rows = try await store.rows(ofRegion: entry.key) else {
        throw StateError.damaged(statePath, "it has no region for \(projectName(entry.key, in: saved.directory))")
      }
      do {
        try await entry.region.controls.restore(rows)
      } catch {
        throw StateError.damaged(statePath, "\(projectName(entry.key, in: saved.directory)): \(error)")
      }
    }
    try await store.attach(workshop)
    return Prepared(workshop: workshop, store: store, restored: true)
  }

  private static func newWorkshop(_ options: Options, makeRegion: (UInt64) -> any SandboxRegion) -> Workshop {
    var random = SystemRandomNumberGenerator()
    let directory = Directory.make(
      participants: options.participants ?? 1, given: options.credentials, random: &random)
    return Workshop(directory: directory, sharedHosts: options.sharedHosts ?? false, makeRegion: makeRegion)
  }

  /// A flag given on the command line must say what the store (or imported file) says.
  private static func checkFlags(_ options: Options, directory: Directory, sharedHosts: Bool, source: String) throws {
    let participants = directory.users.filter { $0.role == .member }.count
    if let given = options.participants, given != participants {
      throw StateError.flagsDisagree(source, flag: "--participants", given: "\(given)", stored: "\(participants)")
    }
    if let given = options.sharedHosts, given != sharedHosts {
      func words(_ shared: Bool) -> String { shared ? "shared hosts" : "a region per participant" }
      throw StateError.flagsDisagree(
        source, flag: sharedHosts ? "--shared-hosts" : "--no-shared-hosts", given: words(given),
        stored: words(sharedHosts))
    }
  }

  private static func projectName(_ key: String, in directory: Directory) -> String {
    key == Workshop.sharedKey ? "the shared region" : "project \(directory.project(id: key)?.name ?? key)"
  }

  /// The JSON state file that sgtutor wrote before the SQLite store: directory and whole-region checkpoints.
  struct LegacySnapshot: Decodable {
    var sharedHosts: Bool
    var directory: Directory
    /// Region key → the simulator's checkpoint (JSON, base64 in the file).
    var regions: [String: Data]
  }

  private static func importJSON(
    _ path: String, _ options: Options, makeRegion: (UInt64) -> any SandboxRegion
  ) async throws -> Workshop {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw StateError.cannotImport(path, "it cannot be read")
    }
    let snapshot: LegacySnapshot
    do {
      snapshot = try JSONDecoder().decode(LegacySnapshot.self, from: data)
    } catch {
      throw StateError.cannotImport(path, "it is not an sgtutor JSON state file (\(error))")
    }
    if let problem = snapshot.directory.problem { throw StateError.cannotImport(path, problem) }
    try checkFlags(options, directory: snapshot.directory, sharedHosts: snapshot.sharedHosts, source: path)
    let workshop = Workshop(directory: snapshot.directory, sharedHosts: snapshot.sharedHosts, makeRegion: makeRegion)
    for entry in workshop.entries {
      guard let checkpoint = snapshot.regions[entry.key] else {
        throw StateError.cannotImport(path, "it has no region for \(projectName(entry.key, in: snapshot.directory))")
      }
      do {
        try await entry.region.controls.restore(SimulatorCheckpoint(data: checkpoint))
      } catch {
        throw StateError.cannotImport(path, "\(projectName(entry.key, in: snapshot.directory)): \(error)")
      }
    }
    return workshop
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
