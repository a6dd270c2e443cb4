import CloudSimulator
import Foundation
import GRDB
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// The `--state` store: SQLite in WAL mode, one row per server and group; what it refuses, and that it never
/// starts an empty cloud over a store it cannot use.
@Suite struct StateStoreTests {
  /// A fresh folder, removed afterwards.
  static func withFolder<T>(_ body: (String) async throws -> T) async throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await body(folder.path)
  }

  static func prepare(
    _ path: String, participants: Int? = 2, sharedHosts: Bool? = false, importPath: String? = nil
  ) async throws -> SandboxSetup.Prepared {
    try await SandboxSetup.prepare(
      SandboxSetup.Options(
        statePath: path, importPath: importPath, participants: participants, sharedHosts: sharedHosts,
        credentials: ["participant-1": "secret-1"]),
      makeRegion: { SimulatedCloud(region: SandboxHarness.region, seed: $0) })
  }

  /// The error `body` throws, as the line the instructor reads.
  static func refusal(_ body: () async throws -> Void) async -> String? {
    do {
      try await body()
      return nil
    } catch {
      return "\(error)"
    }
  }

  static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

  @Test func aNewStoreIsPrivateSQLiteInWALMode() async throws {
    try await Self.withFolder { folder in
      let path = folder + "/workshop.sqlite"
      _ = try await Self.prepare(path)
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(mode == 0o600)
      let queue = try DatabaseQueue(path: path)
      let journal = try await queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
      #expect(journal == "wal")
      let tables = try await queue.read { db in
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      }
      #expect(tables.contains("server") && tables.contains("server_group") && tables.contains("region"))
    }
  }

  /// The bug this store replaced: after a restart, one participant's change rewrote the file with only that
  /// participant's region, and the next restart lost everyone else's work.
  @Test(arguments: [false, true]) func aChangeAfterARestartKeepsEveryoneElsesWork(sharedHosts: Bool) async throws {
    try await Self.withFolder { folder in
      let path = folder + "/workshop.sqlite"
      let groupID = try await SandboxHarness.withClient(sharedHosts: sharedHosts, statePath: path) { client in
        let token = try await client.token("participant-2")
        return try await client.createGroup("p2", policy: "anti-affinity", token: token)
      }
      try await SandboxHarness.withClient(sharedHosts: sharedHosts, statePath: path) { client in
        let token = try await client.token("participant-1")
        let created = try await client.send(
          .post, "/v2.1/os-server-groups", token: token, version: "2.64",
          body: #"{"server_group": {"name": "p1", "policy": "affinity"}}"#)
        #expect(created.status == 200)
      }
      try await SandboxHarness.withClient(sharedHosts: sharedHosts, statePath: path) { client in
        let token = try await client.token("participant-2")
        let group = try await client.send(.get, "/v2.1/os-server-groups/\(groupID)", token: token, version: "2.64")
        #expect(group.status == 200)
        #expect(group.json?["server_group"]?["name"]?.stringValue == "p2")
      }
    }
  }

  @Test func aDeletedServerDoesNotComeBack() async throws {
    try await Self.withFolder { folder in
      let path = folder + "/workshop.sqlite"
      let ids = try await SandboxHarness.withClient(statePath: path) { client in
        let token = try await client.token("participant-1")
        let ids = try await client.boot(["a", "b", "c"], token: token)
        #expect(try await client.send(.delete, "/v2.1/servers/\(ids[1])", token: token).status == 204)
        return ids
      }
      try await SandboxHarness.withClient(statePath: path) { client in
        let token = try await client.token("participant-1")
        #expect(try await client.send(.get, "/v2.1/servers/\(ids[0])", token: token).status == 200)
        #expect(try await client.send(.get, "/v2.1/servers/\(ids[1])", token: token).status == 404)
        #expect(try await client.send(.get, "/v2.1/servers/\(ids[2])", token: token).status == 200)
      }
    }
  }

  /// A saved region comes back exactly: hosts, usage, counters, each host's servers in arrival order.
  @Test func rowsRestoreTheRegionExactly() async throws {
    let cloud = SimulatedCloud(region: SandboxHarness.region, seed: 3)
    let group = try await cloud.createServerGroup(
      ServerGroupCreateRequest(name: "g", policy: .softAffinity, microversion: .v2_64))
    for index in 0..<9 {
      _ = try await cloud.createServers(
        ServerCreateRequest(
          name: "s\(index)", flavorID: "1", imageID: nil, networks: .none, group: index % 2 == 0 ? group.id : nil,
          microversion: .v2_75))
    }
    let victims = try await cloud.listServers(ServerListQuery()).prefix(2)
    for server in victims { try await cloud.deleteServer(server.id) }
    let changes = await cloud.takeChanges(complete: true)
    let encoder = JSONEncoder()
    let rows = RegionRows(
      meta: try encoder.encode(changes.meta),
      servers: try changes.servers.compactMapValues { try $0.map { try encoder.encode($0) } },
      groups: try changes.groups.compactMapValues { try $0.map { try encoder.encode($0) } })
    let copy = SimulatedCloud(region: SandboxHarness.region, seed: 3)
    try await copy.restore(rows)
    #expect(await copy.hostSnapshots() == cloud.hostSnapshots())
    #expect(try await copy.listServers(ServerListQuery()) == cloud.listServers(ServerListQuery()))
    #expect(try await copy.listServerGroups(ServerGroupListQuery()) == cloud.listServerGroups(ServerGroupListQuery()))
    #expect(try await copy.limits() == cloud.limits())
    // The seed's generator, the clock and the counters came back too: the next boot is the same in both.
    let next = ServerCreateRequest(
      name: "next", flavorID: "1", imageID: nil, networks: .auto, group: group.id, microversion: .v2_75)
    #expect(try await copy.createServers(next) == cloud.createServers(next))
  }

  /// What one change writes does not grow with the region: one server row and the small meta row.
  @Test func aChangeWritesOnlyWhatItTouched() async throws {
    var spec = SandboxHarness.region
    spec.quotas.instances = -1
    spec.quotas.cores = -1
    spec.quotas.ramMB = -1
    let cloud = SimulatedCloud(region: spec, seed: 5)
    func bootAndMeasure() async throws -> (servers: Int, meta: Int) {
      _ = try await cloud.createServers(
        ServerCreateRequest(name: "one", flavorID: "1", imageID: nil, networks: .none, microversion: .v2_75))
      let changes = await cloud.takeChanges(complete: false)
      #expect(!changes.isComplete)
      #expect(changes.groups.isEmpty)
      return (changes.servers.count, try JSONEncoder().encode(changes.meta).count)
    }
    _ = await cloud.takeChanges(complete: true)
    let small = try await bootAndMeasure()
    _ = try await cloud.createServers(
      ServerCreateRequest(
        name: "many", flavorID: "1", imageID: nil, networks: .none, minCount: 1, maxCount: 30, microversion: .v2_75))
    _ = await cloud.takeChanges(complete: false)
    let large = try await bootAndMeasure()
    #expect(small.servers == 1 && large.servers == 1)
    #expect(abs(small.meta - large.meta) < 64)
  }

  // MARK: Refusals: each leaves the file as it was

  @Test func aFileThatIsNotAStoreIsRefusedAndLeftAlone() async throws {
    try await Self.withFolder { folder in
      let path = folder + "/notes.txt"
      try Data("shopping list\n".utf8).write(to: URL(fileURLWithPath: path))
      let refusal = await Self.refusal { _ = try await Self.prepare(path) }
      #expect(
        refusal
          == "\(path) is not an sgtutor state store (not an SQLite database); it was left as it is: give another --state path"
      )
      #expect(Self.bytes(path) == Data("shopping list\n".utf8))
    }
  }

  @Test func anOldJSONStateFileIsPointedToTheImport() async throws {
    try await Self.withFolder { folder in
      let path = folder + "/workshop.json"
      try Data(#"{"format": 1, "sharedHosts": false}"#.utf8).write(to: URL(fileURLWithPath: path))
      let refusal = await Self.refusal { _ = try await Self.prepare(path) }
      #expect(refusal?.contains("import it once with --import-state \(path) --state NEW-STORE.sqlite") == true)
      #expect(Self.bytes(path) == Data(#"{"format": 1, "sharedHosts": false}"#.utf8))
    }
  }

  @Test func aStoreFromANewerSgtutorIsRefused() async throws {
    try await Self.withFolder { folder in
      let path = folder + "/workshop.sqlite"
      _ = try await Self.prepare(path)
      let queue = try DatabaseQueue(path: path)
      try await queue.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
      }
      try queue.close()
      let before = Self.bytes(path)
      let refusal = await Self.refusal { _ = try await Self.prepare(path) }
      #expect(
        refusal
          == "the state store \(path) was written by a newer sgtutor; use that version, or start with another --state path"
      )
      #expect(Self.bytes(path) == before)
    }
  }

  @Test func aStoreThatFailsItsIntegrityCheckIsRefused() async throws {
    try await Self.withFolder { folder in
      let path = folder + "/workshop.sqlite"
      _ = try await Self.prepare(path)
      // Checkpoint the WAL into the main file, then scribble over a page in the middle of it.
      let queue = try DatabaseQueue(path: path)
      try await queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
      try queue.close()
      var data = try #require(Self.bytes(path))
      #expect(data.count > 8192)
      for index in 4096..<min(data.count, 12288) { data[index] = 0x5A }
      try data.write(to: URL(fileURLWithPath: path))
      let refusal = await Self.refusal { _ = try await Self.prepare(path) }
      let line = try #require(refusal)
      #expect(
        line.hasPrefix("the state store \(path) is damaged") || line.hasPrefix("cannot open the state store \(path)"))
      #expect(!line.contains("\n"))
      #expect(Self.bytes(path) == data)
    }
  }

  @Test func flagsThatDisagreeWithTheStoreAreRefused() async throws {
    try await Self.withFolder { folder in
      let path = folder + "/workshop.sqlite"
      _ = try await Self.prepare(path, participants: 2, sharedHosts: false)
      let participants = await Self.refusal { _ = try await Self.prepare(path, participants: 3) }
      #expect(
        participants
          == "the state store \(path) holds a workshop with --participants 2, not 3: start with --participants 2 (or without --participants), or give another --state path for a new workshop"
      )
      let shared = await Self.refusal { _ = try await Self.prepare(path, sharedHosts: true) }
      #expect(
        shared?.contains("holds a workshop with --no-shared-hosts a region per participant, not shared hosts") == true)
      // Without the flags, the store's own settings are used.
      let prepared = try await Self.prepare(path, participants: nil, sharedHosts: nil)
      #expect(prepared.restored)
      #expect(prepared.workshop.entries.count == 3)
    }
  }

  @Test(arguments: [
    ("UPDATE workshop SET directory = json_set(directory, '$.projects', json('[]'))", "it lists no projects"),
    (
      "UPDATE workshop SET directory = json_set(directory, '$.projects[2].id', json_extract(directory, '$.projects[1].id'))",
      "appears twice"
    ),
    ("DELETE FROM workshop", "it has regions but no workshop"),
    ("DELETE FROM region WHERE rowid = (SELECT max(rowid) FROM region)", "it has no region for project"),
    ("UPDATE region SET meta = X'7B7D'", "The saved region could not be read"),
    ("UPDATE workshop SET directory = X'00'", "its directory of projects and users is damaged"),
    (
      "UPDATE region SET meta = json_set(meta, '$.state.serial', 9223372036854775807)",
      "serial is 9223372036854775807, outside 0…1125899906842624"
    ),
    (
      "UPDATE region SET meta = json_set(meta, '$.state.hostStates[0].freeVCPUs', -9223372036854775808)",
      "hostStates[0].freeVCPUs is -9223372036854775808, outside -1125899906842624…1125899906842624"
    ),
  ])
  func damagedRowsAreRefusedNotReplaced(sql: String, expected: String) async throws {
    try await Self.withFolder { folder in
      let path = folder + "/workshop.sqlite"
      _ = try await Self.prepare(path)
      let queue = try DatabaseQueue(path: path)
      try await queue.write { db in try db.execute(sql: sql) }
      try queue.close()
      let refusal = await Self.refusal { _ = try await Self.prepare(path) }
      let line = try #require(refusal)
      #expect(line.contains(expected), "\(line)")
      #expect(!line.contains("\n"))
      // Still refused the second time: nothing replaced it with an empty cloud.
      #expect(await Self.refusal { _ = try await Self.prepare(path) } == line)
    }
  }

  // MARK: Importing the JSON state file of earlier versions

  /// The JSON format of earlier versions, as they wrote it.
  struct LegacyFile: Encodable {
    var format = 1
    var sharedHosts: Bool
    var directory: Directory
    var regions: [String: Data]
  }

  @Test func aJSONStateFileIsImportedOnce() async throws {
    try await Self.withFolder { folder in
      let directory = SandboxHarness.directory()
      let region = SimulatedCloud(region: SandboxHarness.region, seed: directory.projects[1].seed)
      let participant = directory.caller(for: try #require(directory.users.first { $0.name == "participant-1" }))
      let server = try await region.session(as: participant).createServers(
        ServerCreateRequest(name: "kept", flavorID: "1", imageID: nil, networks: .none, microversion: .v2_75)
      ).servers[0]
      var regions: [String: Data] = [:]
      for project in directory.projects {
        regions[project.id] =
          project.id == directory.projects[1].id
          ? try await region.checkpoint().data
          : try await SimulatedCloud(region: SandboxHarness.region, seed: project.seed).checkpoint().data
      }
      let json = folder + "/workshop.json"
      try JSONEncoder().encode(LegacyFile(sharedHosts: false, directory: directory, regions: regions))
        .write(to: URL(fileURLWithPath: json))
      let store = folder + "/workshop.sqlite"
      let imported = try await Self.prepare(store, participants: nil, sharedHosts: nil, importPath: json)
      #expect(imported.imported == json)
      let cloud = imported.workshop.cloud(for: participant)
      #expect(try await cloud.showServer(server.id).name == "kept")
      // The second time the store is there and holds the workshop: the import is refused, the store kept.
      let again = await Self.refusal { _ = try await Self.prepare(store, importPath: json) }
      #expect(again == "cannot import \(json): the store \(store) already holds a workshop; import into a new one")
      let restarted = try await Self.prepare(store, participants: nil, sharedHosts: nil)
      #expect(try await restarted.workshop.cloud(for: participant).showServer(server.id).name == "kept")
    }
  }

  @Test func aJSONStateFileWithABrokenDirectoryIsNotImported() async throws {
    try await Self.withFolder { folder in
      var directory = SandboxHarness.directory()
      directory.projects[2].id = directory.projects[1].id
      let json = folder + "/workshop.json"
      try JSONEncoder().encode(LegacyFile(sharedHosts: false, directory: directory, regions: [:]))
        .write(to: URL(fileURLWithPath: json))
      let refusal = await Self.refusal { _ = try await Self.prepare(folder + "/new.sqlite", importPath: json) }
      #expect(refusal == "cannot import \(json): project ID \(directory.projects[1].id) appears twice")
    }
  }
}
