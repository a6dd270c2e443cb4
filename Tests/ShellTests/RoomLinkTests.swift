import CloudSimulator
import Foundation
import LessonEngine
import ServerGroupsCore
import Shell
import Synchronization
import TestSupport
import Testing

/// A room that records what the shell tells it and has a message from the second call on.
final class RecordingRoom: RoomLink {
  private let state = Mutex<(reports: [RoomReport], calls: Int)>(([], 0))
  var reports: [RoomReport] { state.withLock { $0.reports } }
  var calls: Int { state.withLock { $0.calls } }

  private func note() -> RoomNote? {
    let calls = state.withLock { state -> Int in
      state.calls += 1
      return state.calls
    }
    return calls >= 2 ? RoomNote(id: 1, text: "Break in 5 minutes") : nil
  }

  func report(_ report: RoomReport) async -> RoomNote? {
    state.withLock { $0.reports.append(report) }
    return note()
  }

  func message() async -> RoomNote? { note() }
}

/// The tutor's reports to a sgtutor sandbox's room, and the instructor's message at the next prompt.
@Suite struct RoomLinkTests {
  func run(_ lines: [String], room: (any RoomLink)?) async throws -> String {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let console = RecordingConsole(columns: 80)
    var context = ShellContext(cloud: SimulatedCloud(seed: 1), console: console)
    context.room = room
    var repl = Repl(context: context, reader: ScriptedLineReader(lines, echoingTo: console))
    repl.tutor = try harness.session(openings: [.welcome])
    _ = await repl.run()
    return console.transcript
  }

  @Test func theTutorReportsLessonStepHintsAndChecks() async throws {
    let room = RecordingRoom()
    let transcript = try await run(
      ["lesson 2", "hint", #"server group create --policy anti-affinity "DB Cluster""#, "quit"], room: room)
    let reports = room.reports
    #expect(reports.first?.lesson == "2")
    #expect(reports.first?.step == 1)
    #expect(reports.first?.hintsAsked == 0)
    #expect(!(reports.first?.lessonTitle.isEmpty ?? true))
    #expect(reports.contains { $0.step == 1 && $0.hintsAsked == 1 })
    #expect(reports.last?.checksPassed == 1)
    // Nothing is sent twice in a row unchanged.
    #expect(zip(reports, reports.dropFirst()).allSatisfy { $0 != $1 })
    let shown = transcript.components(separatedBy: "Message from your instructor: Break in 5 minutes").count - 1
    #expect(shown == 1)
  }

  @Test func withoutARoomNothingIsSentOrShown() async throws {
    let transcript = try await run(["lesson 2", "hint", "quit"], room: nil)
    #expect(!transcript.contains("Message from your instructor"))
  }

  @Test func outsideALessonThereIsNothingToReport() async throws {
    let room = RecordingRoom()
    _ = try await run(["server group list", "quit"], room: room)
    #expect(room.reports.isEmpty)
    // The message is still asked for before each prompt.
    #expect(room.calls >= 2)
  }
}
