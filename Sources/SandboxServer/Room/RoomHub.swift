import Foundation
import ServerGroupsCore
import Synchronization

/// What a participant's sgtutor reported with `PUT /sgtutor/v1/progress`.
package struct RoomProgress: Sendable, Codable, Equatable {
  package var lesson: String
  package var lessonTitle: String?
  package var step: Int
  package var stepTitle: String?
  package var hintsAsked: Int
  package var solutionsShown: Int
  package var checksPassed: Int
  /// When the participant arrived at this step (as the client says; the sandbox's clock when it does not).
  package var stepStarted: Date
  /// When the sandbox received the report.
  package var reported: Date

  package init(
    lesson: String, lessonTitle: String? = nil, step: Int, stepTitle: String? = nil, hintsAsked: Int = 0,
    solutionsShown: Int = 0, checksPassed: Int = 0, stepStarted: Date, reported: Date
  ) {
    self.lesson = lesson
    self.lessonTitle = lessonTitle
    self.step = step
    self.stepTitle = stepTitle
    self.hintsAsked = hintsAsked
    self.solutionsShown = solutionsShown
    self.checksPassed = checksPassed
    self.stepStarted = stepStarted
    self.reported = reported
  }
}

/// The instructor's message to the room, shown by every participant's sgtutor at its next prompt.
package struct RoomMessage: Sendable, Equatable {
  package var id: Int
  package var text: String
  package var sent: Date
}

/// The room's live side: progress by user, each project's last request, the message, the short-lived tickets the
/// page's event stream signs in with, and the subscribers that hear about every change.
final class RoomHub: Sendable {
  private struct State {
    var progress: [String: RoomProgress] = [:]
    var lastRequest: [String: Date] = [:]
    /// When the page last heard of each project's requests.
    var lastTouchNotice: [String: Date] = [:]
    /// Bumped by every accepted change of a region: a participant's cached groups, servers and hosts are
    /// rebuilt only when their region's stamp moved.
    var regionStamps: [String: Int] = [:]
    var message: RoomMessage?
    var tickets: [String: (userID: String, expires: Date)] = [:]
    var subscribers: [Int: AsyncStream<Void>.Continuation] = [:]
    var nextSubscriber = 0
    var version = 0
    /// The last room actions, newest last (shown on the page).
    var actions: [(Date, String)] = []
  }

  private let state = Mutex(State())
  /// The region-derived part of each participant's body, by project ID, with the region stamp it was built at.
  private let cache = Mutex<[String: (stamp: Int, built: Date, pairs: [(String, JSONValue)])]>([:])
  /// How long an event-stream ticket may wait before it is used.
  static let ticketLifetime: TimeInterval = 60
  /// A project's last request moves the page at most this often (every change moves it at once).
  static let touchInterval: TimeInterval = 2

  init(progress: [String: RoomProgress] = [:]) {
    state.withLock { $0.progress = progress }
  }

  /// Something in the room changed: every subscriber hears about it (once, however many changes pile up).
  func changed() {
    let listeners = state.withLock { state -> [AsyncStream<Void>.Continuation] in
      state.version += 1
      return Array(state.subscribers.values)
    }
    for listener in listeners { listener.yield() }
  }

  /// A new listener: a stream that yields after changes (coalesced), and the ID to end it with.
  func subscribe() -> (id: Int, changes: AsyncStream<Void>) {
    let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    let id = state.withLock { state -> Int in
      state.nextSubscriber += 1
      state.subscribers[state.nextSubscriber] = continuation
      return state.nextSubscriber
    }
    return (id, stream)
  }

  func unsubscribe(_ id: Int) {
    let continuation = state.withLock { $0.subscribers.removeValue(forKey: id) }
    continuation?.finish()
  }

  var subscriberCount: Int { state.withLock { $0.subscribers.count } }

  /// Records a request of `projectID`; the page hears of requests at most every `touchInterval` per project.
  func touch(projectID: String, at now: Date) {
    let notify = state.withLock { state -> Bool in
      state.lastRequest[projectID] = now
      if let noticed = state.lastTouchNotice[projectID], now.timeIntervalSince(noticed) < Self.touchInterval {
        return false
      }
      state.lastTouchNotice[projectID] = now
      return true
    }
    if notify { changed() }
  }

  /// A region accepted a change.
  func regionChanged(_ key: String) {
    state.withLock { $0.regionStamps[key, default: 0] += 1 }
    changed()
  }

  func regionStamp(_ key: String) -> Int { state.withLock { $0.regionStamps[key] ?? 0 } }

  /// The cached region part of a project's body, when built at `stamp` less than `maxAge` ago.
  func cached(projectID: String, stamp: Int, now: Date, maxAge: TimeInterval) -> [(String, JSONValue)]? {
    cache.withLock { cache in
      guard let entry = cache[projectID], entry.stamp == stamp, now.timeIntervalSince(entry.built) < maxAge else {
        return nil
      }
      return entry.pairs
    }
  }

  func cache(projectID: String, stamp: Int, built: Date, pairs: [(String, JSONValue)]) {
    cache.withLock { $0[projectID] = (stamp, built, pairs) }
  }

  func lastRequest(projectID: String) -> Date? { state.withLock { $0.lastRequest[projectID] } }

  func progress(userID: String) -> RoomProgress? { state.withLock { $0.progress[userID] } }

  func setProgress(_ progress: RoomProgress?, userID: String) {
    state.withLock { $0.progress[userID] = progress }
    changed()
  }

  var message: RoomMessage? { state.withLock { $0.message } }

  /// Sets (or with an empty text clears) the message; returns it.
  @discardableResult
  func setMessage(_ text: String, at now: Date) -> RoomMessage? {
    let message = state.withLock { state -> RoomMessage? in
      let id = (state.message?.id ?? 0) + 1
      state.message = text.isEmpty ? nil : RoomMessage(id: id, text: text, sent: now)
      return state.message
    }
    changed()
    return message
  }

  /// Remembers an action for the page (the last 20).
  func recordAction(_ line: String, at now: Date) {
    state.withLock { state in
      state.actions.append((now, line))
      if state.actions.count > 20 { state.actions.removeFirst(state.actions.count - 20) }
    }
    changed()
  }

  var actions: [(Date, String)] { state.withLock { $0.actions } }

  /// A single-use ticket for the event stream, standing for `userID` until it expires.
  func issueTicket(userID: String, token: String, now: Date) -> String {
    state.withLock { state in
      state.tickets = state.tickets.filter { $0.value.expires > now }
      state.tickets[token] = (userID, now.addingTimeInterval(Self.ticketLifetime))
    }
    return token
  }

  /// The user a ticket stands for; the ticket is used up.
  func redeemTicket(_ ticket: String, now: Date) -> String? {
    state.withLock { state in
      guard let entry = state.tickets.removeValue(forKey: ticket), entry.expires > now else { return nil }
      return entry.userID
    }
  }
}
