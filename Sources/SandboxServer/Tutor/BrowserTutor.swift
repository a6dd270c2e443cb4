import Foundation
import LessonEngine
import Synchronization

/// The browser sessions of a sandbox: who is signed in, their open sessions and the single-use tickets their
/// pages' event streams sign in with, and the tutor progress of each participant kept in memory (the store keeps
/// it across restarts). Idle sessions end; a participant has at most `sessionsPerParticipant` open.
final class BrowserTutor: Sendable {
  let setup: BrowserTutorSetup
  /// The sandbox's clock, for the idle sweep.
  private let now: @Sendable () -> Date

  private struct Login {
    var userID: String
    var lastUsed: Date
  }
  private struct State {
    var logins: [String: Login] = [:]
    var sessions: [String: BrowserSession] = [:]
    /// Session IDs per user, oldest first.
    var order: [String: [String]] = [:]
    var tickets: [String: (sessionID: String, expires: Date)] = [:]
    var progress: [String: LessonEngine.Progress] = [:]
    /// The current one-time code per user (`--tutor-codes`).
    var codes: [String: TutorCode] = [:]
    var sweeping = false
  }
  private let state = Mutex(State())

  /// How long an event-stream ticket may wait before it is used.
  static let ticketLifetime: TimeInterval = 60

  init(setup: BrowserTutorSetup, now: @escaping @Sendable () -> Date = { Date() }) {
    self.setup = setup
    self.now = now
  }

  // MARK: Signing in

  /// A new sign-in for `userID`; its secret goes in `X-Tutor-Login`.
  func signIn(userID: String, now: Date) -> String {
    var random = SystemRandomNumberGenerator()
    let secret = Token.hex(40, using: &random)
    state.withLock { $0.logins[secret] = Login(userID: userID, lastUsed: now) }
    return secret
  }

  /// The user behind a sign-in secret that has not expired.
  func user(login secret: String?, now: Date) -> String? {
    guard let secret else { return nil }
    return state.withLock { state in
      guard var login = state.logins[secret] else { return nil }
      guard now.timeIntervalSince(login.lastUsed) < setup.idleTimeout else {
        state.logins[secret] = nil
        return nil
      }
      login.lastUsed = now
      state.logins[secret] = login
      return login.userID
    }
  }

  /// Forgets a sign-in and ends its user's sessions opened with it… all of them: signing out in one tab signs
  /// the participant out of the browser.
  func signOut(login secret: String) {
    let ended = state.withLock { state -> [BrowserSession] in
      guard let login = state.logins.removeValue(forKey: secret) else { return [] }
      let ids = state.order.removeValue(forKey: login.userID) ?? []
      return ids.compactMap { state.sessions.removeValue(forKey: $0) }
    }
    for session in ended { session.end("signed out") }
  }

  // MARK: One-time codes

  /// `userID`'s current one-time code, made anew when there is none or it expired: what the room shows.
  func code(userID: String, now: Date) -> TutorCode {
    state.withLock { state in
      if let code = state.codes[userID], code.expires > now { return code }
      var random = SystemRandomNumberGenerator()
      let code = TutorCode.make(lifetime: setup.codeLifetime, tries: setup.codeTries, now: now, using: &random)
      state.codes[userID] = code
      return code
    }
  }

  /// Uses `userID`'s code once: true when `typed` is their current, unexpired code (it is then spent). A wrong
  /// code uses up one try; the last wrong try throws the code away, so guessing cannot go on.
  func redeem(code typed: String, userID: String, now: Date) -> Bool {
    state.withLock { state in
      guard var code = state.codes[userID], code.expires > now else {
        state.codes[userID] = nil
        return false
      }
      if Sandbox.sameText(code.value, TutorCode.normalized(typed)) {
        state.codes[userID] = nil
        return true
      }
      code.triesLeft -= 1
      state.codes[userID] = code.triesLeft > 0 ? code : nil
      return false
    }
  }

  // MARK: Sessions

  /// Adds a session; a participant's oldest ends when they would have more than allowed. Returns the ticket for
  /// its event stream.
  func add(_ session: BrowserSession, now: Date) -> String {
    var random = SystemRandomNumberGenerator()
    let ticket = Token.hex(40, using: &random)
    let (evicted, startSweeper) = state.withLock { state -> ([BrowserSession], Bool) in
      state.sessions[session.id] = session
      var ids = state.order[session.userID, default: []] + [session.id]
      var evicted: [BrowserSession] = []
      while ids.count > setup.sessionsPerParticipant {
        if let old = state.sessions.removeValue(forKey: ids.removeFirst()) { evicted.append(old) }
      }
      state.order[session.userID] = ids
      state.tickets[ticket] = (session.id, now.addingTimeInterval(Self.ticketLifetime))
      defer { state.sweeping = true }
      return (evicted, !state.sweeping)
    }
    for old in evicted { old.end("opened in another tab") }
    if startSweeper { sweepWhileSessionsLast() }
    return ticket
  }

  /// The session `id` if it belongs to `userID` (another user's session is as unknown as a made-up one).
  func session(_ id: String, userID: String) -> BrowserSession? {
    state.withLock { state in state.sessions[id].flatMap { $0.userID == userID ? $0 : nil } }
  }

  /// Whose session `id` is (for tests).
  func sessionOwner(_ id: String) -> String? { state.withLock { $0.sessions[id]?.userID } }

  /// Uses a ticket once: the session it was issued for.
  func redeem(ticket: String, now: Date) -> BrowserSession? {
    state.withLock { state in
      guard let entry = state.tickets.removeValue(forKey: ticket), entry.expires > now else { return nil }
      return state.sessions[entry.sessionID]
    }
  }

  /// Ends a session and forgets it.
  func end(_ session: BrowserSession, reason: String) {
    forget(session)
    session.end(reason)
  }

  /// Forgets a session that ended by itself (`quit`).
  func forget(_ session: BrowserSession) {
    state.withLock { state in
      state.sessions[session.id] = nil
      state.order[session.userID]?.removeAll { $0 == session.id }
      if state.order[session.userID]?.isEmpty == true { state.order[session.userID] = nil }
    }
  }

  /// Open sessions (for tests and the benchmark).
  var sessionCount: Int { state.withLock { $0.sessions.count } }

  /// Ends the sessions idle for longer than the timeout, and drops expired tickets and sign-ins.
  func sweep(now: Date) {
    let idle = state.withLock { state -> [BrowserSession] in
      state.tickets = state.tickets.filter { $0.value.expires > now }
      state.logins = state.logins.filter { now.timeIntervalSince($0.value.lastUsed) < setup.idleTimeout }
      return state.sessions.values.filter { now.timeIntervalSince($0.lastActive) >= setup.idleTimeout }
    }
    for session in idle { end(session, reason: "idle for \(Int(setup.idleTimeout / 60)) minutes") }
  }

  /// Sweeps every half minute while any session is open (so a sandbox without browsers runs no timer).
  private func sweepWhileSessionsLast() {
    Task { [self] in
      while true {
        try? await Task.sleep(for: .seconds(min(30, max(1, setup.idleTimeout / 4))))
        sweep(now: now())
        let done = state.withLock { state -> Bool in
          if state.sessions.isEmpty { state.sweeping = false }
          return state.sessions.isEmpty
        }
        if done { return }
      }
    }
  }

  // MARK: Progress

  /// The tutor progress kept in memory for `userID`.
  func progress(userID: String) -> LessonEngine.Progress? { state.withLock { $0.progress[userID] } }

  func setProgress(_ progress: LessonEngine.Progress, userID: String) {
    state.withLock { $0.progress[userID] = progress }
  }
}
