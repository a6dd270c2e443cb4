import Foundation
import GRDB

/// The participants' progress: the room view's reports and the browser tutor's own record, one row per user.
extension StateStore {
  /// Every participant's last progress report, by user ID (a damaged row is skipped, not fatal).
  package func allProgress() throws(StateError) -> [String: RoomProgress] {
    let rows: [Row]
    do {
      rows = try database().read { db in try Row.fetchAll(db, sql: "SELECT user_id, record FROM progress") }
    } catch {
      throw .cannotRead(path, Self.reason(error))
    }
    var progress: [String: RoomProgress] = [:]
    for row in rows {
      let data: Data = row["record"]
      if let value = try? JSONDecoder().decode(RoomProgress.self, from: data) { progress[row["user_id"]] = value }
    }
    return progress
  }

  /// Keeps (or with nil forgets) one user's progress report.
  package func saveProgress(_ progress: RoomProgress?, userID: String) async throws {
    let record = try progress.map { try JSONEncoder().encode($0) }
    do {
      try await database().write { db in
        if let record {
          try db.execute(
            sql: "INSERT OR REPLACE INTO progress (user_id, record) VALUES (?, ?)", arguments: [userID, record])
        } else {
          try db.execute(sql: "DELETE FROM progress WHERE user_id = ?", arguments: [userID])
        }
      }
    } catch {
      throw StateError.cannotWrite(path, Self.reason(error))
    }
  }

  /// A browser participant's tutor progress (the tutor's `progress.json`, as JSON), nil when there is none.
  package func tutorProgress(userID: String) throws(StateError) -> Data? {
    do {
      return try database().read { db in
        try Data.fetchOne(db, sql: "SELECT record FROM tutor_progress WHERE user_id = ?", arguments: [userID])
      }
    } catch {
      throw .cannotRead(path, Self.reason(error))
    }
  }

  /// Keeps a browser participant's tutor progress.
  package func saveTutorProgress(_ record: Data, userID: String) async throws(StateError) {
    do {
      try await database().write { db in
        try db.execute(
          sql: "INSERT OR REPLACE INTO tutor_progress (user_id, record) VALUES (?, ?)", arguments: [userID, record])
      }
    } catch {
      throw .cannotWrite(path, Self.reason(error))
    }
  }
}
