import CloudSimulator
import Foundation
import HTTPTypes
import LessonEngine
import OpenStackWire
import ServerGroupsCore
import Shell
import Synchronization
import Testing

@testable import SandboxServer

/// A sandbox serving the browser tutor on a clock the test moves, called in process.
final class TutorFixture: Sendable {
  static let start = Date(timeIntervalSince1970: 1_767_258_000)
  static let passwords = ["participant-1": "secret-1", "participant-2": "secret-2", "instructor": "secret-admin"]

  /// The sandbox's clock, moved by the test.
  final class Clock: Sendable {
    let time = Mutex(TutorFixture.start)
  }

  let sandbox: Sandbox
  private let clock = Clock()

  init(
    statePath: String? = nil, sessionsPerParticipant: Int = 3, language: Language? = .en, codes: Bool = false
  ) async throws {
    let region = RegionSpec.standard.withStableIDs()
    let prepared = try await SandboxSetup.prepare(
      SandboxSetup.Options(statePath: statePath, participants: 2, credentials: Self.passwords),
      makeRegion: { SimulatedCloud(region: region, seed: $0) })
    let clock = self.clock
    let setup = BrowserTutorSetup(
      library: try Self.lessons(), language: language, idleTimeout: 600,
      sessionsPerParticipant: sessionsPerParticipant, codes: codes)
    sandbox = try await Sandbox(
      workshop: prepared.workshop, store: prepared.store, tokenSeed: 7, now: { clock.time.withLock { $0 } },
      tutor: setup)
  }

  /// The repository's lessons.
  static func lessons() throws -> LessonLibrary {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return LessonLibrary.parse(try LessonLibrary.readFiles(in: root.appendingPathComponent("lessons").path)).library
  }

  var tutor: BrowserTutor { sandbox.browserTutor! }

  func advance(_ seconds: TimeInterval) { clock.time.withLock { $0 = $0.addingTimeInterval(seconds) } }

  /// One call to the sandbox: status and JSON body.
  func call(
    _ method: HTTPRequest.Method, _ path: String, login: String? = nil, token: String? = nil, body: String? = nil,
    acceptLanguage: String? = nil
  ) async -> (status: Int, json: JSONValue?, headers: [(String, String)]) {
    var headers = HTTPFields()
    if let acceptLanguage { headers.append(HTTPField(name: .acceptLanguage, value: acceptLanguage)) }
    if let login { headers.append(HTTPField(name: HTTPField.Name("X-Tutor-Login")!, value: login)) }
    if let token { headers.append(HTTPField(name: HTTPField.Name("X-Auth-Token")!, value: token)) }
    let parts = path.split(separator: "?", maxSplits: 1).map(String.init)
    let reply = await sandbox.respond(
      SandboxRequest(
        method: method, path: parts[0], query: parts.count > 1 ? parts[1] : nil, headers: headers,
        body: Array((body ?? "").utf8), root: "http://127.0.0.1:8774"))
    reply.onClose?()
    return (reply.status, JSONValue.parse(String(decoding: reply.body, as: UTF8.self)), reply.headers)
  }

  /// Signs in; the `X-Tutor-Login` secret.
  func signIn(_ user: String, password: String? = nil) async throws -> String {
    let answer = await call(
      .post, "/sgtutor/v1/tutor/login",
      body: #"{"username": "\#(user)", "password": "\#(password ?? Self.passwords[user] ?? "")"}"#)
    #expect(answer.status == 201)
    return try #require(answer.json?["login"]?.stringValue)
  }

  /// Starts a session: its ID and its event stream's ticket.
  func startSession(login: String, body: String = #"{"columns": 100}"#) async throws -> (id: String, ticket: String) {
    let answer = await call(.post, "/sgtutor/v1/tutor/sessions", login: login, body: body)
    #expect(answer.status == 201)
    return (
      try #require(answer.json?["session"]?.stringValue), try #require(answer.json?["ticket"]?.stringValue)
    )
  }

  /// Types a line into the session.
  func type(_ line: String, session: String, login: String) async -> Int {
    let body = JSONValue.object([("line", .string(line))]).serialized()
    return await call(.post, "/sgtutor/v1/tutor/sessions/\(session)/lines", login: login, body: body).status
  }

  /// Reads the session's output until it contains `text` and the REPL waits at a prompt again.
  static func output(
    of session: BrowserSession, until text: String, from events: inout AsyncStream<BrowserEvent>.Iterator
  )
    async -> String
  {
    var seen = ""
    while let event = await events.next() {
      switch event {
      case .output(let chunk, _): seen += chunk
      case .prompt: if seen.contains(text) { return seen }
      case .ended(let reason): return seen + "[ended: \(reason)]"
      }
    }
    return seen
  }

  /// An OpenStack token for `user`.
  func token(_ user: String) async throws -> String {
    let body = KeystoneAuthRequest.password(
      user: KeystoneName(name: user, domainName: "Default"), password: Self.passwords[user] ?? "", project: nil
    ).body.serialized()
    let answer = await call(.post, "/identity/v3/auth/tokens", body: body)
    return try #require(answer.headers.first { $0.0.lowercased() == "x-subject-token" }?.1)
  }
}

/// Every `/sgtutor/v1/tutor` route: nothing without a participant's own sign-in, nobody else's session, bounded
/// lines, a bounded number of sessions, and an idle timeout on the sandbox's clock.
@Suite struct TutorIsolationTests {
  @Test func everyRouteNeedsAParticipantsSignIn() async throws {
    let fixture = try await TutorFixture()
    let login = try await fixture.signIn("participant-1")
    let (session, _) = try await fixture.startSession(login: login)
    let routes: [(HTTPRequest.Method, String, String?)] = [
      (.post, "/sgtutor/v1/tutor/sessions", #"{"columns": 80}"#),
      (.post, "/sgtutor/v1/tutor/sessions/\(session)/lines", #"{"line": "server group list"}"#),
      (.post, "/sgtutor/v1/tutor/sessions/\(session)/complete", #"{"line": "server gr"}"#),
      (.delete, "/sgtutor/v1/tutor/sessions/\(session)", nil),
      (.delete, "/sgtutor/v1/tutor/login", nil),
    ]
    for (method, path, body) in routes {
      #expect(await fixture.call(method, path, body: body).status == 401, "\(method) \(path) without a sign-in")
      #expect(
        await fixture.call(method, path, login: String(repeating: "a", count: 40), body: body).status == 401,
        "\(method) \(path) with a made-up sign-in")
      // An OpenStack token is not a tutor sign-in.
      let token = try await fixture.token("participant-1")
      #expect(await fixture.call(method, path, token: token, body: body).status == 401)
    }
    #expect(await fixture.call(.get, "/sgtutor/v1/tutor/sessions/\(session)/events").status == 401)
    #expect(await fixture.call(.get, "/sgtutor/v1/tutor/sessions/\(session)/events?ticket=bad").status == 401)
    // Only a participant's member user learns here: not a wrong password, the reader, or the instructor.
    for (user, password) in [
      ("participant-1", "wrong"), ("participant-1-reader", ""), ("instructor", "secret-admin"), ("nobody", "x"),
    ] {
      let answer = await fixture.call(
        .post, "/sgtutor/v1/tutor/login", body: #"{"username": "\#(user)", "password": "\#(password)"}"#)
      #expect(answer.status == 401, "\(user) signed in")
    }
    #expect(await fixture.call(.post, "/sgtutor/v1/tutor/login", body: "not json").status == 400)
    // The session is still the signed-in participant's.
    #expect(await fixture.type("server group list", session: session, login: login) == 202)
    #expect(await fixture.call(.delete, "/sgtutor/v1/tutor/login", login: login).status == 204)
    #expect(await fixture.type("server group list", session: session, login: login) == 401)
  }

  @Test func anotherParticipantsSessionIsRefused() async throws {
    let fixture = try await TutorFixture()
    let one = try await fixture.signIn("participant-1")
    let two = try await fixture.signIn("participant-2")
    let (session, ticket) = try await fixture.startSession(login: one)
    let base = "/sgtutor/v1/tutor/sessions/\(session)"
    #expect(await fixture.type("server group list", session: session, login: two) == 404)
    #expect(await fixture.call(.post, base + "/complete", login: two, body: #"{"line": "server gr"}"#).status == 404)
    #expect(await fixture.call(.delete, base, login: two).status == 404)
    // A ticket is for its own session, once.
    let (otherSession, _) = try await fixture.startSession(login: two)
    #expect(
      await fixture.call(.get, "/sgtutor/v1/tutor/sessions/\(otherSession)/events?ticket=\(ticket)").status == 401)
    // Still there for its owner, after all that.
    #expect(await fixture.type("server group list", session: session, login: one) == 202)
    #expect(await fixture.call(.delete, base, login: one).status == 204)
    #expect(await fixture.type("server group list", session: session, login: one) == 404)
  }

  @Test func aLineIsBoundedInLengthAndHasNoLineBreak() async throws {
    let fixture = try await TutorFixture()
    let login = try await fixture.signIn("participant-1")
    let (session, _) = try await fixture.startSession(login: login)
    #expect(
      await fixture.type(String(repeating: "x", count: Repl.maxLineLength), session: session, login: login) == 202)
    #expect(
      await fixture.type(String(repeating: "x", count: Repl.maxLineLength + 1), session: session, login: login) == 400)
    #expect(await fixture.type("server group list\nquit", session: session, login: login) == 400)
    let long = JSONValue.object([("line", .string(String(repeating: "y", count: Repl.maxLineLength + 1)))])
    #expect(
      await fixture.call(
        .post, "/sgtutor/v1/tutor/sessions/\(session)/complete", login: login, body: long.serialized()
      ).status == 400)
    let tooLongPassword = String(repeating: "p", count: 256)
    #expect(
      await fixture.call(
        .post, "/sgtutor/v1/tutor/login", body: #"{"username": "participant-1", "password": "\#(tooLongPassword)"}"#
      ).status == 400)
  }

  @Test func aParticipantHasAtMostTheAllowedSessions() async throws {
    let fixture = try await TutorFixture(sessionsPerParticipant: 2)
    let login = try await fixture.signIn("participant-1")
    let other = try await fixture.signIn("participant-2")
    let (first, _) = try await fixture.startSession(login: login)
    let (second, _) = try await fixture.startSession(login: login)
    let (theirs, _) = try await fixture.startSession(login: other)
    let (third, _) = try await fixture.startSession(login: login)
    #expect(fixture.tutor.sessionCount == 3)
    #expect(await fixture.type("server group list", session: first, login: login) == 404)
    for session in [second, third] {
      #expect(await fixture.type("server group list", session: session, login: login) == 202)
    }
    // Another participant's session is not counted against this one.
    #expect(await fixture.type("server group list", session: theirs, login: other) == 202)
  }

  @Test func idleSessionsAndSignInsEndOnTheSandboxsClock() async throws {
    let fixture = try await TutorFixture()
    let login = try await fixture.signIn("participant-1")
    let (session, _) = try await fixture.startSession(login: login)
    let userID = try #require(fixture.tutor.sessionOwner(session))
    let kept = try #require(fixture.tutor.session(session, userID: userID))
    fixture.advance(599)
    #expect(await fixture.type("server group list", session: session, login: login) == 202)
    fixture.advance(599)
    #expect(kept.endReason == nil)
    fixture.advance(2)
    // Ten minutes after its last line: the participant's own next call finds the sign-in gone, and any call
    // sweeps the session away.
    #expect(await fixture.type("server group list", session: session, login: login) == 401)
    let other = try await fixture.signIn("participant-2")
    #expect(await fixture.call(.post, "/sgtutor/v1/tutor/sessions", login: other, body: "{}").status == 201)
    #expect(kept.endReason == "idle for 10 minutes")
    #expect(fixture.tutor.session(session, userID: userID) == nil)
  }
}

/// Browser progress in the sandbox's store and in the room: a restart resumes it, the instructor sees it.
@Suite struct TutorProgressTests {
  @Test func progressSurvivesARestartAndTheRoomShowsTheBrowserParticipant() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-tutor-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let statePath = folder.appendingPathComponent("state.sqlite").path

    weak var stopped: Sandbox?
    weak var closed: StateStore?
    do {
      let fixture = try await TutorFixture(statePath: statePath)
      stopped = fixture.sandbox
      closed = fixture.sandbox.store
      let login = try await fixture.signIn("participant-1")
      let (id, _) = try await fixture.startSession(login: login)
      let userID = try #require(fixture.tutor.sessionOwner(id))
      let session = try #require(fixture.tutor.session(id, userID: userID))
      var events = session.events.makeAsyncIterator()
      let welcome = await TutorFixture.output(of: session, until: "Type `lesson 2` to begin", from: &events)
      #expect(welcome.contains("Lessons:"))
      #expect(await fixture.type("lesson 2", session: id, login: login) == 202)
      _ = await TutorFixture.output(of: session, until: "Step 1 of 2", from: &events)
      #expect(
        await fixture.type(#"server group create --policy anti-affinity "DB Cluster""#, session: id, login: login)
          == 202)
      let done = await TutorFixture.output(of: session, until: "Step 1 of 2 done", from: &events)
      #expect(done.contains("\u{1B}[33mnote:"), "the shell's colours reach the page as SGR codes")
      let room = await fixture.call(.get, "/sgtutor/v1/room", token: try await fixture.token("instructor"))
      let first = room.json?["participants"]?.arrayValue?.first { $0["name"]?.stringValue == "participant-1" }
      #expect(first?["lesson"]?.stringValue == "2")
      // The step just passed, as a terminal's tutor reports it.
      #expect(first?["step"]?.intValue == 1)
      #expect(first?["checks_passed"]?.intValue == 1)
      let groups = first?["groups"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
      #expect(groups == ["sgt-l2-DB Cluster"])
      #expect(await fixture.call(.delete, "/sgtutor/v1/tutor/login", login: login).status == 204)
    }
    // The sandbox stops (and its store closes) once the signed-out shell has finished.
    var turns = 0
    while stopped != nil || closed != nil, turns < 100_000 {
      await Task.yield()
      turns += 1
    }
    try #require(stopped == nil && closed == nil)

    let restarted = try await TutorFixture(statePath: statePath)
    let login = try await restarted.signIn("participant-1")
    let (id, _) = try await restarted.startSession(login: login)
    let owner = try #require(restarted.tutor.sessionOwner(id))
    let session = try #require(restarted.tutor.session(id, userID: owner))
    var events = session.events.makeAsyncIterator()
    let welcome = await TutorFixture.output(of: session, until: "Type `lesson 2` to begin", from: &events)
    #expect(welcome.contains("You were at lesson 2, step 2"))
    let room = await restarted.call(.get, "/sgtutor/v1/room", token: try await restarted.token("instructor"))
    let first = room.json?["participants"]?.arrayValue?.first { $0["name"]?.stringValue == "participant-1" }
    #expect(first?["lesson"]?.stringValue == "2")
    #expect(await restarted.call(.delete, "/sgtutor/v1/tutor/login", login: login).status == 204)
  }

  /// The browser tutor keeps the same progress as the terminal's: predictions and all, through the store.
  @Test func predictionsSurviveTheStore() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-predict-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try StateStore(path: folder.appendingPathComponent("state.sqlite").path)
    var progress = LessonEngine.Progress()
    progress.record(.predictionChecked(step: 1, right: true), lessonID: "03-launch-three")
    progress.record(.predictionChecked(step: 0, right: false), lessonID: "04-host-failure")
    try await store.saveTutorProgress(try JSONEncoder().encode(progress), userID: "user-1")
    let data = try #require(try await store.tutorProgress(userID: "user-1"))
    let kept = try JSONDecoder().decode(LessonEngine.Progress.self, from: data)
    #expect(kept.lessons["03-launch-three"]?.predictions == ["1": true])
    #expect(kept.lessons["04-host-failure"]?.predictions == ["0": false])
  }
}
