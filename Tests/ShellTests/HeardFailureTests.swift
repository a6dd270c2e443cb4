import CloudSimulator
import Foundation
import LessonEngine
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// Failures the shell once swallowed: each now reaches the user as one line, or fails the operation.
@Suite struct HeardFailureTests {
  /// A cloud seen as a real one (no simulator powers) whose chosen calls fail as an unreachable cloud would.
  struct FailingReads: ForwardingCloud {
    enum Call: Sendable { case describe, listServers }
    let inner: any Cloud
    let failing: Set<Call>
    static let down = CloudError.transport("the compute service (Nova) at https://nova.example:8774 is unreachable")

    func describe() async throws -> CloudDescription {
      if failing.contains(.describe) { throw Self.down }
      return try await inner.describe()
    }
    func listServers(_ query: ServerListQuery) async throws -> [Server] {
      if failing.contains(.listServers) { throw Self.down }
      return try await inner.listServers(query)
    }
  }

  @Test func leavingALessonWhenTheCloudCannotListLeftoversSaysServersMayRemain() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let cloud = GuardedCloud(
      FailingReads(inner: SimulatedCloud(seed: 1), failing: [.listServers]), cloudName: "test", consent: .granted)
    let (transcript, _) = try await harness.run(
      [#"server group create --policy anti-affinity "DB Cluster" -f value -c name"#, "quit"],
      openings: [.welcome, .openLesson(2)], columns: 400, cloud: cloud)
    #expect(
      transcript.contains(
        "stderr: sgtutor could not list what it created on the real cloud (the compute service (Nova) at https://nova.example:8774 is unreachable): servers it made may still be there and cost money."
      ))
    // The step's check could not read the cloud either, and says so instead of judging stale state silently.
    #expect(transcript.contains("stderr: The cloud could not be read to check this step (the compute service"))
  }

  @Test func aGroupTheLedgerCannotNoteFailsTheCreateWithTheWayToDeleteIt() async throws {
    // The ledger's folder is a file, so the ledger cannot be written.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-ledger-\(UUID().uuidString)")
    try Data().write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let inner = SimulatedCloud(seed: 1)
    let guarded = GuardedCloud(
      inner, cloudName: "test", consent: .granted, ledger: GroupLedger(path: file.path + "/groups.txt"))
    // Wide enough that the message is not wrapped: one message, one line.
    let console = RecordingConsole(columns: 400)
    var repl = Repl(context: ShellContext(cloud: guarded, console: console), reader: ScriptedLineReader([]))
    #expect(await repl.handle("server group create --policy anti-affinity web") == .failed)
    let id = try #require(try await inner.listServerGroups(ServerGroupListQuery()).first).id
    let lines = console.transcript.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(
      console.transcript.hasPrefix(
        "stderr: server group web was created (\(id)), but sgtutor could not write its list of server groups at \(file.path)/groups.txt: "
      ))
    #expect(console.transcript.hasSuffix("'cleanup' will not delete it: use 'server group delete \(id)'\n"))
  }

  @Test func aCloudThatCannotDescribeItselfIsToldNotAssumedSilently() async {
    let console = RecordingConsole(columns: 400)
    var repl = Repl(
      context: ShellContext(
        cloud: FailingReads(inner: SimulatedCloud(seed: 1), failing: [.describe]), console: console),
      reader: ScriptedLineReader([]))
    _ = await repl.run()
    #expect(
      console.transcript
        == "stderr: warning: the cloud did not say which microversions it takes (the compute service (Nova) at https://nova.example:8774 is unreachable); assuming 2.64\n"
    )
  }
}
