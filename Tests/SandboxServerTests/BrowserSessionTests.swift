import Foundation
import LessonEngine
import Shell
import Testing

@testable import SandboxServer

/// The browser session seam: lines in, prompts and output out, in order, and nothing after the end.
@Suite struct BrowserSessionTests {
  static let start = Date(timeIntervalSince1970: 1_800_000_000)

  @Test func aLineTypedAheadIsReadAndEchoedAfterItsPrompt() async throws {
    let session = BrowserSession(id: "s", userID: "u", columns: 90, now: Self.start)
    try session.send("server group list", columns: 120, at: Self.start)
    var reader = BrowserLineReader(session: session)
    #expect(await reader.readLine(prompt: "sgtutor> ") == "server group list")
    BrowserConsole(session: session).write("error: x\n", to: .stderr)
    session.end("quit")
    var events: [BrowserEvent] = []
    for await event in session.events { events.append(event) }
    #expect(
      events == [
        .output("sgtutor> server group list\n", .stdout), .output("error: x\n", .stderr), .ended("quit"),
      ])
    #expect(BrowserConsole(session: session).columns == 120)
  }

  @Test func aReaderWaitingForALineGetsItAndEndOfInputAfterTheEnd() async throws {
    let session = BrowserSession(id: "s", userID: "u", columns: 80, now: Self.start)
    let reading = Task {
      var reader = BrowserLineReader(session: session)
      let first = await reader.readLine(prompt: "Show the solution? [y/N] ")
      let second = await reader.readLine(prompt: "sgtutor> ")
      return (first, second)
    }
    var iterator = session.events.makeAsyncIterator()
    #expect(await iterator.next() == .prompt("Show the solution? [y/N] "))
    try session.send("y", columns: nil, at: Self.start)
    #expect(await iterator.next() == .output("Show the solution? [y/N] y\n", .stdout))
    #expect(await iterator.next() == .prompt("sgtutor> "))
    session.end("idle")
    let (first, second) = await reading.value
    #expect(first == "y")
    #expect(second == nil)
    #expect(throws: BrowserSession.Refusal.ended) { try session.send("x", columns: nil, at: Self.start) }
  }

  @Test func linesPilingUpBeyondTheLimitAreRefusedAndWidthIsBounded() throws {
    let session = BrowserSession(id: "s", userID: "u", columns: 5, now: Self.start)
    #expect(BrowserConsole(session: session).columns == 20)
    for index in 0..<BrowserSession.maxPending { try session.send("line \(index)", columns: 10_000, at: Self.start) }
    #expect(throws: BrowserSession.Refusal.busy) { try session.send("one more", columns: nil, at: Self.start) }
    #expect(BrowserConsole(session: session).columns == 400)
  }

  @Test(arguments: [
    ("nb-NO,nb;q=0.9,en;q=0.8", "nb"), ("en-GB,en;q=0.9", "en"), ("de-DE,nn;q=0.5", "nb"), ("fr", "en"), (nil, "en"),
  ])
  func theBrowsersLanguageChoosesUnlessLangWasGiven(header: String?, expected: String) {
    let setup = BrowserTutorSetup(library: .init(lessons: []))
    #expect(setup.language(acceptLanguage: header).rawValue == expected)
    var forced = setup
    forced.language = .en
    #expect(forced.language(acceptLanguage: "nb").rawValue == "en")
  }
}
