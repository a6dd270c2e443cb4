import Foundation
import GRDB
import ServerGroupsCore

/// `--state PATH`: the sandbox in SQLite (through GRDB), in WAL mode.
///
/// Each server and each server group is a row of its own, and the rest of a region (hosts, usage, counters, the
/// clock) one small row, so saving a change writes what the change touched, whatever the region holds. Every
/// accepted change is committed before its answer; changes that arrive while a commit is under way share the
/// next one (group commit), so concurrent requests do not each pay for a sync.
package actor StateStore {
  /// What the store holds about the workshop itself.
  package struct Saved: Sendable {
    package var directory: Directory
    package var sharedHosts: Bool
  }

  package let path: String
  /// Reads the saved workshop at start-up. A store that already held one is read through a read-only connection
  /// until `attach`, so a store refused at start (other flags, damaged rows) is never opened for writing.
  private let reader: any DatabaseReader
  /// The writing connection pool, opened by `attach` (at once for a new store).
  private var writer: DatabasePool?
  private var workshop: Workshop?
  /// Regions with changes not yet committed.
  private var dirty: Set<String> = []
  /// Regions whose next save must be whole (after a failed one, whose changes were taken but not written).
  private var needsComplete: Set<String> = []
  private var waiters: [CheckedContinuation<Void, any Error>] = []
  private var writing = false

  /// Opens (or creates) the store at `path`: refuses a file that is not an sgtutor store, fails its integrity
  /// check or was written by a newer sgtutor, and brings an older schema up to date.
  package init(path: String) throws(StateError) {
    self.path = path
    try Self.refuseForeignFile(path)
    if !FileManager.default.fileExists(atPath: path) {
      // The store holds every password of the workshop: only the instructor's account may read it.
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
      guard fd >= 0 else { throw .cannotOpen(path, String(cString: strerror(errno))) }
      close(fd)
    }
    // Every check runs on a read-only connection first: a store that is refused is left exactly as it was.
    try Self.check(path)
    do {
      if try Self.isNew(path) {
        let pool = try Self.openWriter(path)
        writer = pool
        reader = pool
      } else {
        var configuration = Configuration()
        configuration.readonly = true
        // A reader waits for a writer's lock as the writer does, rather than failing with "database is locked".
        configuration.busyMode = .timeout(5)
        reader = try DatabaseQueue(path: path, configuration: configuration)
      }
    } catch {
      throw .cannotOpen(path, Self.reason(error))
    }
  }

  /// True for a store with no schema yet (a file just created, or an empty one).
  private static func isNew(_ path: String) throws -> Bool {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return size == 0
  }

  /// The writing pool, with the schema brought up to date.
  private static func openWriter(_ path: String) throws -> DatabasePool {
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    configuration.prepareDatabase { db in
      // FULL: a commit is on disk (not only in the OS's cache) before the change is acknowledged.
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    let pool = try DatabasePool(path: path, configuration: configuration)
    try migrator.migrate(pool)
    return pool
  }

  /// The writer, opened on first use.
  func database() throws(StateError) -> DatabasePool {
    if let writer { return writer }
    do {
      let pool = try Self.openWriter(path)
      writer = pool
      return pool
    } catch {
      throw .cannotOpen(path, Self.reason(error))
    }
  }

  // MARK: Reading

  /// The saved workshop, or nil for a new store.
  package func saved() throws(StateError) -> Saved? {
    let row: Row?
    do {
      row = try reader.read { db in try Row.fetchOne(db, sql: "SELECT shared_hosts, directory FROM workshop") }
    } catch {
      throw .cannotRead(path, Self.reason(error))
    }
    guard let row else {
      try refuseOrphanRows()
      return nil
    }
    let data: Data = row["directory"]
    let directory: Directory
    do {
      directory = try JSONDecoder().decode(Directory.self, from: data)
    } catch {
      throw .cannotRead(path, "its directory of projects and users is damaged (\(error))")
    }
    if let problem = directory.problem { throw .cannotRead(path, problem) }
    return Saved(directory: directory, sharedHosts: row["shared_hosts"])
  }

  /// The rows of one region, or nil when the store has none for it.
  package func rows(ofRegion key: String) throws(StateError) -> RegionRows? {
    do {
      return try reader.read { db -> RegionRows? in
        guard let meta = try Data.fetchOne(db, sql: "SELECT meta FROM region WHERE key = ?", arguments: [key]) else {
          return nil
        }
        var servers: [String: Data] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, record FROM server WHERE region = ?", arguments: [key]) {
          servers[row["id"]] = row["record"]
        }
        var groups: [String: Data] = [:]
        for row in try Row.fetchAll(
          db, sql: "SELECT id, record FROM server_group WHERE region = ?", arguments: [key])
        {
          groups[row["id"]] = row["record"]
        }
        return RegionRows(meta: meta, servers: servers, groups: groups)
      }
    } catch {
      throw .cannotRead(path, Self.reason(error))
    }
  }

  // MARK: Writing

  /// From now on the store saves this workshop's regions.
  package func attach(_ workshop: Workshop) throws(StateError) {
    _ = try database()
    self.workshop = workshop
  }

  /// Writes the workshop and every region whole, in one transaction (a new store, or one just imported): a store
  /// either has a workshop with all its regions or nothing.
  package func saveAll() async throws {
    guard let workshop else { return }
    let directory = try JSONEncoder().encode(workshop.directory)
    let sharedHosts = workshop.sharedHosts
    var changes: [(String, EncodedChanges)] = []
    for entry in workshop.entries {
      changes.append((entry.key, try EncodedChanges(await entry.region.controls.takeChanges(complete: true))))
    }
    let rows = changes
    do {
      try await database().write { db in
        try db.execute(
          sql: "INSERT OR REPLACE INTO workshop (id, shared_hosts, directory) VALUES (1, ?, ?)",
          arguments: [sharedHosts, directory])
        for (key, change) in rows { try Self.write(change, region: key, to: db) }
      }
    } catch {
      throw StateError.cannotWrite(path, Self.reason(error))
    }
  }

  /// Returns once the region `key`'s current state (and everything before it) is committed.
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

  /// Commits batches until nobody waits: each batch holds every change made before it was taken.
  private func drain() async {
    while !waiters.isEmpty {
      let batch = waiters
      waiters = []
      let keys = dirty
      dirty = []
      do {
        var changes: [(String, EncodedChanges)] = []
        for entry in workshop?.entries ?? [] where keys.contains(entry.key) {
          let complete = needsComplete.contains(entry.key)
          // Taken now: the region forgets them, so until they are written the next save must be whole.
          needsComplete.insert(entry.key)
          let taken = try await entry.region.controls.takeChanges(complete: complete)
          changes.append((entry.key, try EncodedChanges(taken)))
        }
        let rows = changes
        try await database().write { db in
          for (key, change) in rows { try Self.write(change, region: key, to: db) }
        }
        for (key, _) in changes { needsComplete.remove(key) }
        for waiter in batch { waiter.resume() }
      } catch {
        let failure = StateError.cannotWrite(path, Self.reason(error))
        for waiter in batch { waiter.resume(throwing: failure) }
      }
    }
    writing = false
  }

  /// A region's changes as the rows' bytes (encoded here, off the region's actor).
  struct EncodedChanges: Sendable {
    var meta: Data
    var servers: [(String, Data?)]
    var groups: [(String, Data?)]
    var isComplete: Bool

    init(_ changes: RegionChanges) throws {
      let encoder = JSONEncoder()
      meta = try encoder.encode(changes.meta)
      servers = try changes.servers.map { ($0.key, try $0.value.map { try encoder.encode($0) }) }
      groups = try changes.groups.map { ($0.key, try $0.value.map { try encoder.encode($0) }) }
      isComplete = changes.isComplete
    }
  }

  private static func write(_ change: EncodedChanges, region key: String, to db: Database) throws {
    try db.execute(
      sql: "INSERT INTO region (key, meta) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET meta = excluded.meta",
      arguments: [key, change.meta])
    if change.isComplete {
      try db.execute(sql: "DELETE FROM server WHERE region = ?", arguments: [key])
      try db.execute(sql: "DELETE FROM server_group WHERE region = ?", arguments: [key])
    }
    for (table, rows) in [("server", change.servers), ("server_group", change.groups)] {
      for (id, record) in rows {
        if let record {
          try db.execute(
            sql: "INSERT OR REPLACE INTO \(table) (region, id, record) VALUES (?, ?, ?)",
            arguments: [key, id, record])
        } else {
          try db.execute(sql: "DELETE FROM \(table) WHERE region = ? AND id = ?", arguments: [key, id])
        }
      }
    }
  }

  // MARK: Opening

  /// The schema, one migration per version; a store that lists a migration this build does not know was
  /// written by a newer sgtutor.
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: workshop, regions, servers, server groups") { db in
      try db.execute(
        sql: """
          CREATE TABLE workshop (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            shared_hosts BOOLEAN NOT NULL,
            directory BLOB NOT NULL);
          CREATE TABLE region (key TEXT PRIMARY KEY NOT NULL, meta BLOB NOT NULL);
          CREATE TABLE server (
            region TEXT NOT NULL REFERENCES region(key) ON DELETE CASCADE,
            id TEXT NOT NULL,
            record BLOB NOT NULL,
            PRIMARY KEY (region, id)) WITHOUT ROWID;
          CREATE TABLE server_group (
            region TEXT NOT NULL REFERENCES region(key) ON DELETE CASCADE,
            id TEXT NOT NULL,
            record BLOB NOT NULL,
            PRIMARY KEY (region, id)) WITHOUT ROWID;
          """)
    }
    migrator.registerMigration("v2: progress") { db in
      // What each participant's sgtutor reported last (lesson, step, counts), as JSON, by Keystone user ID.
      try db.execute(
        sql: "CREATE TABLE progress (user_id TEXT PRIMARY KEY NOT NULL, record BLOB NOT NULL) WITHOUT ROWID")
    }
    migrator.registerMigration("v3: tutor progress") { db in
      // The tutor's own progress (lessons, steps, hints) of participants who learn in the browser, by user ID.
      try db.execute(
        sql: "CREATE TABLE tutor_progress (user_id TEXT PRIMARY KEY NOT NULL, record BLOB NOT NULL) WITHOUT ROWID")
    }
    return migrator
  }()

  /// The integrity check and the schema's version, read-only; an empty (new) file has nothing to check.
  private static func check(_ path: String) throws(StateError) {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size > 0 else { return }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(5)
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      let problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
      guard problems == ["ok"] else {
        let first = problems.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
        throw StateError.damaged(path, "integrity check: " + first.joined(separator: "; "))
      }
      if try queue.read({ db in try migrator.hasBeenSuperseded(db) }) { throw StateError.newer(path) }
    } catch let error as StateError {
      throw error
    } catch {
      throw .damaged(path, reason(error))
    }
  }

  /// A file that is there but is no SQLite database is never opened (SQLite would refuse it anyway, less clearly);
  /// the JSON state file of earlier versions gets its own answer.
  private static func refuseForeignFile(_ path: String) throws(StateError) {
    guard let handle = FileHandle(forReadingAtPath: path) else { return }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if head.isEmpty || head == Data("SQLite format 3\0".utf8) { return }
    if head.first(where: { !$0.isWhitespace }) == UInt8(ascii: "{") { throw .legacyJSON(path) }
    throw .notAStore(path)
  }

  /// Rows without a workshop: something else wrote here, or a save was cut short; never start empty over them.
  private func refuseOrphanRows() throws(StateError) {
    let count: Int
    do {
      count = try reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM region") ?? 0 }
    } catch {
      throw .cannotRead(path, Self.reason(error))
    }
    if count > 0 { throw .damaged(path, "it has regions but no workshop") }
  }

  static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
    if let error = error as? StateError { return error.description }
    return "\(error)"
  }
}

extension UInt8 {
  fileprivate var isWhitespace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}
