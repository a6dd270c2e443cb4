import Foundation
import HTTPTypes
import LessonEngine
import OpenStackWire
import ServerGroupsCore
import Shell
import Testing

@testable import SandboxServer

/// One browser session driven line by line: each line's output, up to the prompt that follows it.
private struct TutorPage {
  let fixture: TutorFixture
  let id: String
  let login: String
  let session: BrowserSession
  private var events: AsyncStream<BrowserEvent>.Iterator
  /// The prompt the session waits at.
  private(set) var prompt: String?

  /// Signs `user` in, starts a session with `body` and reads up to its first prompt (the welcome).
  static func open(
    _ fixture: TutorFixture, as user: String = "participant-1", body: String = #"{"columns": 100}"#,
    acceptLanguage: String? = nil
  ) async throws -> (page: TutorPage, welcome: String, language: String?) {
    let login = try await fixture.signIn(user)
    let answer = await fixture.call(
      .post, "/sgtutor/v1/tutor/sessions", login: login, body: body, acceptLanguage: acceptLanguage)
    try #require(answer.status == 201)
    let id = try #require(answer.json?["session"]?.stringValue)
    let owner = try #require(fixture.tutor.sessionOwner(id))
    let session = try #require(fixture.tutor.session(id, userID: owner))
    var page = TutorPage(
      fixture: fixture, id: id, login: login, session: session, events: session.events.makeAsyncIterator())
    let welcome = await page.readToPrompt()
    return (page, welcome, answer.json?["language"]?.stringValue)
  }

  private init(
    fixture: TutorFixture, id: String, login: String, session: BrowserSession,
    events: AsyncStream<BrowserEvent>.Iterator
  ) {
    self.fixture = fixture
    self.id = id
    self.login = login
    self.session = session
    self.events = events
  }

  /// Output up to the next prompt, colours taken out.
  mutating func readToPrompt() async -> String {
    var seen = ""
    while let event = await events.next() {
      switch event {
      case .output(let chunk, _): seen += chunk
      case .prompt(let text):
        prompt = text
        // A prompt shown before anything was said (the page's first one) is not the end of an answer.
        if !seen.isEmpty { return Self.withoutColours(seen) }
      case .ended(let reason): return Self.withoutColours(seen) + "[ended: \(reason)]"
      }
    }
    return Self.withoutColours(seen)
  }

  /// Types a line; its output (after the echoed line) up to the next prompt.
  mutating func type(_ line: String) async -> String {
    let status = await fixture.type(line, session: id, login: login)
    #expect(status == 202, "typing \(line)")
    return await readToPrompt()
  }

  static func withoutColours(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
  }
}

/// What the tutor in a browser offers beyond lines in and out: the language, the pane's width, one-time codes,
/// the tutor's own commands (`why` included), and honest words about the sandbox.
@Suite struct BrowserTutorFeatureTests {
  // MARK: Language

  @Test func theSignInFormsChoiceThenLangThenTheBrowserChooseTheLanguage() async throws {
    let browsers = try await TutorFixture(language: nil)
    let norwegianBrowser = try await TutorPage.open(browsers, acceptLanguage: "nb-NO,nb;q=0.9,en;q=0.5")
    #expect(norwegianBrowser.language == "nb")
    #expect(norwegianBrowser.welcome.contains("Velkommen til sgtutor"))
    #expect(norwegianBrowser.welcome.contains("Leksjoner:"))
    let picked = try await TutorPage.open(
      browsers, as: "participant-2", body: #"{"columns": 100, "language": "en"}"#, acceptLanguage: "nb-NO")
    #expect(picked.language == "en")
    #expect(picked.welcome.contains("Welcome to sgtutor"))

    // `serve --lang nb`: every page starts in Norwegian, whatever the browser says; the form's pick still wins.
    let lang = try await TutorFixture(language: .nb)
    let setup = await lang.call(.get, "/sgtutor/v1/tutor/setup")
    #expect(setup.status == 200)
    #expect(setup.json?["language"]?.stringValue == "nb")
    #expect(setup.json?["languages"]?.arrayValue?.compactMap(\.stringValue) == ["en", "nb"])
    #expect(setup.json?["codes"] == .bool(false))
    let forced = try await TutorPage.open(lang, acceptLanguage: "en-GB")
    #expect(forced.language == "nb")
    #expect(forced.welcome.contains("Velkommen til sgtutor"))
    var page = forced.page
    let opened = await page.type("lesson 2")
    #expect(opened.contains("Steg 1 av 2"))
  }

  @Test(arguments: [#"{"language": "de"}"#, #"{"language": 7}"#])
  func aLanguageTheTutorDoesNotSpeakIsRefusedInOneLine(body: String) async throws {
    let fixture = try await TutorFixture(language: nil)
    let login = try await fixture.signIn("participant-1")
    let answer = await fixture.call(.post, "/sgtutor/v1/tutor/sessions", login: login, body: body)
    #expect(answer.status == 400)
    #expect(answer.json?["error"]?["message"]?.stringValue == #"The language must be "en" or "nb"."#)
    #expect(fixture.tutor.sessionCount == 0)
  }

  @Test(arguments: [
    (Language?.some(.nb), "nb-NO", Language.nb), (nil, "nb-NO", .nb), (.en, "nb-NO", .en), (nil, "fr", .en),
  ])
  func aPickedLanguageComesFirst(picked: Language?, header: String, expected: Language) {
    let setup = BrowserTutorSetup(library: .init(lessons: []), language: nil)
    #expect(setup.language(picked: picked, acceptLanguage: header) == expected)
    var forced = setup
    forced.language = .nb
    #expect(forced.language(picked: picked, acceptLanguage: header) == picked ?? .nb)
  }

  // MARK: The pane's width

  @Test func aNarrowPaneGetsProseTablesAndTheDiagramWrappedToItsWidth() async throws {
    let fixture = try await TutorFixture()
    var (page, welcome, _) = try await TutorPage.open(fixture, body: #"{"columns": 40}"#)
    var seen = welcome
    seen += await page.type("lesson 2")
    seen += await page.type(#"server group create --policy anti-affinity "DB Cluster""#)
    seen += await page.type("server group list")
    seen += await page.type("next")
    seen += await page.type("lesson 3")
    seen += await page.type(
      #"server create --flavor m1.small --image ubuntu-24.04 --network private --server-group "DB Cluster" db-1"#)
    seen += await page.type("hosts")
    #expect(seen.contains("db-1"))
    // The echoed lines are the participant's own typing, as long as they typed them; everything else fits.
    let tooWide = seen.split(separator: "\n").filter { !$0.hasPrefix("sgtutor> ") && $0.count > 40 }
    #expect(tooWide.isEmpty, "lines wider than 40 columns: \(tooWide)")

    // A resized window: the next output fits the new width.
    let resized = await fixture.call(
      .post, "/sgtutor/v1/tutor/sessions/\(page.id)/columns", login: page.login, body: #"{"columns": 30}"#)
    #expect(resized.status == 204)
    #expect(BrowserConsole(session: page.session).columns == 30)
    let narrower = await page.type("hosts")
    #expect(narrower.split(separator: "\n").allSatisfy { $0.hasPrefix("sgtutor> ") || $0.count <= 30 })
    let bad = await fixture.call(
      .post, "/sgtutor/v1/tutor/sessions/\(page.id)/columns", login: page.login, body: #"{"columns": "wide"}"#)
    #expect(bad.status == 400)
  }

  // MARK: The tutor's commands

  @Test func hintGoalSolutionWhyExplainAndEquivalentWorkOnTheParticipantsOwnServers() async throws {
    let fixture = try await TutorFixture()
    var (page, _, _) = try await TutorPage.open(fixture)
    _ = await page.type("lesson 2")
    #expect(await page.type("hint").contains("--policy anti-affinity"))
    #expect(await page.type("goal").contains("Goal of step 1"))
    _ = await page.type("solution")
    #expect(page.prompt?.contains("[y/N]") == true)
    #expect(await page.type("y").contains("Step 1 of 2 done"))
    #expect(await page.type("explain anti-affinity").contains("anti-affinity"))
    #expect(await page.type("equivalent on").contains("equivalent is on"))
    let shown = await page.type(#"server group show "DB Cluster""#)
    #expect(shown.contains("openstack server group show"))
    #expect(shown.contains("GET "))
    _ = await page.type("equivalent off")
    _ = await page.type("lesson 3")
    _ = await page.type(
      #"server create --flavor m1.small --image ubuntu-24.04 --network private --server-group "DB Cluster" db-1"#)
    let why = await page.type("why db-1")
    // `why` is offered (not refused as simulator-only), asked of the sandbox as the participant.
    #expect(!why.contains("simulator"))
    #expect(why.contains("The scheduler looked at"), "\(why)")

    // Another participant's server is as unknown to `why` as a made-up one.
    let listed = await page.type("server list -f value -c ID")
    let server = try #require(
      listed.split(separator: "\n").map(String.init).first { UUID(uuidString: $0) != nil }, "\(listed)")
    var (other, _, _) = try await TutorPage.open(fixture, as: "participant-2")
    let refused = await other.type("why \(server)")
    #expect(!refused.contains("The scheduler looked at"))
    #expect(refused.contains("No Server found for"), "\(refused)")
  }

  // MARK: Honest about the sandbox

  @Test func theSandboxIsNotCalledABillableCloudAndItsLessonsAreMarkedForWhatTheyNeed() async throws {
    let fixture = try await TutorFixture()
    var (page, welcome, _) = try await TutorPage.open(fixture)
    #expect(welcome.contains("nothing here costs money"))
    #expect(!welcome.contains("may cost money"))
    #expect(!welcome.contains("(simulator only)"))
    #expect(welcome.contains("Meet the cloud (on your own sgtutor)"))
    #expect(!welcome.contains("DB Cluster\" with anti-affinity (on your own sgtutor)"))
    let refused = await page.type("lesson 5")
    #expect(refused.contains("Lessons 2, 3 and 4 run here"), "\(refused)")
    #expect(!refused.contains("--os-cloud"))
  }

  // MARK: One-time codes

  @Test func aOneTimeCodeSignsItsParticipantInOnceAndTheRoomShowsTheNextOne() async throws {
    let fixture = try await TutorFixture(codes: true)
    #expect(await fixture.call(.get, "/sgtutor/v1/tutor/setup").json?["codes"] == .bool(true))
    let code = try #require(try await roomCode(fixture, "participant-1"))
    #expect(code.count == 7 && code.contains("-"))
    // Typed as people type: lower case, a space instead of the dash.
    let typed = code.lowercased().replacingOccurrences(of: "-", with: " ")
    let first = await codeSignIn(fixture, "participant-1", typed)
    #expect(first.status == 201)
    let login = try #require(first.json?["login"]?.stringValue)
    let (session, _) = try await fixture.startSession(login: login)
    #expect(await fixture.type("server group list", session: session, login: login) == 202)
    // Once only: the room now shows another code.
    #expect(await codeSignIn(fixture, "participant-1", code).status == 401)
    let next = try #require(try await roomCode(fixture, "participant-1"))
    #expect(next != code)
    // A code is its participant's alone.
    let theirs = try #require(try await roomCode(fixture, "participant-2"))
    #expect(await codeSignIn(fixture, "participant-1", theirs).status == 401)
    #expect(await codeSignIn(fixture, "participant-1-reader", theirs).status == 401)
    #expect(await codeSignIn(fixture, "participant-2", theirs).status == 201)
  }

  @Test func aCodeExpiresAndWrongGuessesUseItUp() async throws {
    let fixture = try await TutorFixture(codes: true)
    let code = try #require(try await roomCode(fixture, "participant-1"))
    fixture.advance(15 * 60)
    #expect(await codeSignIn(fixture, "participant-1", code).status == 401)
    let fresh = try #require(try await roomCode(fixture, "participant-1"))
    #expect(fresh != code)
    for _ in 0..<4 { #expect(await codeSignIn(fixture, "participant-1", "AAAAAA").status == 401) }
    // Four wrong tries leave it usable; the fifth throws it away.
    #expect(try await roomCode(fixture, "participant-1") == fresh)
    #expect(await codeSignIn(fixture, "participant-1", "AAAAAA").status == 401)
    #expect(await codeSignIn(fixture, "participant-1", fresh).status == 401)
    #expect(try await roomCode(fixture, "participant-1") != fresh)
  }

  @Test func codesAreRefusedWhenOffAndBadCodeBodiesInOneLine() async throws {
    let off = try await TutorFixture()
    let refused = await codeSignIn(off, "participant-1", "ABCDEF")
    #expect(refused.status == 403)
    #expect(refused.json?["error"]?["message"]?.stringValue?.contains("sign in with your password") == true)
    let room = await off.call(.get, "/sgtutor/v1/room", token: try await off.token("instructor"))
    #expect(room.json?["participants"]?.arrayValue?.first?["tutor_code"] == nil)

    let on = try await TutorFixture(codes: true)
    #expect(await codeSignIn(on, "participant-1", String(repeating: "A", count: 65)).status == 400)
    #expect(await on.call(.post, "/sgtutor/v1/tutor/login", body: #"{"code": "ABCDEF"}"#).status == 400)
    #expect(
      await on.call(.post, "/sgtutor/v1/tutor/login", body: #"{"username": "participant-1", "code": 5}"#).status == 400)
    // Only the instructor sees the codes.
    let member = await on.call(.get, "/sgtutor/v1/room", token: try await on.token("participant-1"))
    #expect(member.status == 403)
    #expect(!String(describing: member.json).contains("tutor_code"))
  }

  /// `participant`'s code as the room shows it to the instructor.
  private func roomCode(_ fixture: TutorFixture, _ participant: String) async throws -> String? {
    let room = await fixture.call(.get, "/sgtutor/v1/room", token: try await fixture.token("instructor"))
    let entry = room.json?["participants"]?.arrayValue?.first { $0["user"]?.stringValue == participant }
    return entry?["tutor_code"]?.stringValue
  }

  private func codeSignIn(_ fixture: TutorFixture, _ user: String, _ code: String) async -> (
    status: Int, json: JSONValue?, headers: [(String, String)]
  ) {
    let body = JSONValue.object([("username", .string(user)), ("code", .string(code))]).serialized()
    return await fixture.call(.post, "/sgtutor/v1/tutor/login", body: body)
  }
}
