import Foundation
import ServerGroupsCore
import Synchronization

/// Tokens handed out by `POST /v3/auth/tokens`, kept in memory: after a restart clients authenticate again,
/// as they do on any 401 (keystoneauth retries once with a new token).
final class TokenStore: Sendable {
  /// What a token stands for.
  struct Session: Sendable {
    var userID: String
    var methods: [String]
    var issuedAt: Date
    var expiresAt: Date
    var auditID: String
    var applicationCredentialID: String?
    /// Asked for with `"scope": "unscoped"`: it names the user only, so it can read the user's projects and
    /// be rescoped, and no service accepts it.
    var unscoped = false
  }

  private let sessions = Mutex<[String: Session]>([:])
  /// Seeded in tests so tokens and audit IDs repeat; the system generator otherwise.
  private let seeded: Mutex<SeededGenerator?>
  /// How long a token lives (Keystone's default is an hour; a workshop day is longer).
  let lifetime: TimeInterval

  init(lifetime: TimeInterval = 12 * 3600, seed: UInt64? = nil) {
    self.lifetime = lifetime
    self.seeded = Mutex(seed.map(SeededGenerator.init(seed:)))
  }

  private func randomHex(_ count: Int) -> String {
    seeded.withLock { generator -> String in
      if generator != nil { return Token.hex(count, using: &generator!) }
      var system = SystemRandomNumberGenerator()
      return Token.hex(count, using: &system)
    }
  }

  /// Issues a new token for a user.
  func issue(
    userID: String, methods: [String], applicationCredentialID: String? = nil, unscoped: Bool = false,
    now: Date = Date()
  ) -> (token: String, session: Session) {
    let token = "gAAAAA" + randomHex(58)
    let session = Session(
      userID: userID, methods: methods, issuedAt: now, expiresAt: now.addingTimeInterval(lifetime),
      auditID: randomHex(22), applicationCredentialID: applicationCredentialID, unscoped: unscoped)
    sessions.withLock { $0[token] = session }
    return (token, session)
  }

  /// The session of a valid, unexpired token.
  func session(for token: String, now: Date = Date()) -> Session? {
    sessions.withLock { table in
      guard let session = table[token] else { return nil }
      if session.expiresAt <= now {
        table[token] = nil
        return nil
      }
      return session
    }
  }

  func revoke(_ token: String) { _ = sessions.withLock { $0.removeValue(forKey: token) } }
}
