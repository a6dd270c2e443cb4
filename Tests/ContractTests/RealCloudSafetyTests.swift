import CloudSimulator
import Foundation
import OpenStackClient
import SandboxServer
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// The shell's safety rules on a real cloud, exercised on the real client talking to the sandbox server.
@Suite struct RealCloudSafetyTests {
  /// Runs shell lines on a guarded client; returns the transcript.
  static func shell(_ guarded: GuardedCloud, _ lines: [String]) async -> String {
    // Wide enough that no message is wrapped: the tests read what is said.
    let console = RecordingConsole(columns: 400)
    var repl = Repl(
      context: ShellContext(cloud: guarded, console: console), reader: ScriptedLineReader(lines),
      mode: .script(keepGoing: true))
    _ = await repl.run()
    return console.transcript
  }

  @Test func cleanupDeletesExactlyWhatSgtutorCreated() async throws {
    try await ContractHarness.withCloud(.novaClientThroughSandbox) { cloud in
      // Made outside sgtutor: must survive the cleanup.
      let foreignGroup = try await cloud.createServerGroup(
        ServerGroupCreateRequest(name: "theirs", policy: .affinity))
      let foreign = try await cloud.boot("their-server")
      let guarded = GuardedCloud(cloud, cloudName: "participant-1", consent: .granted)
      let transcript = await Self.shell(
        guarded,
        [
          "server group create web --policy anti-affinity",
          "server create --flavor m1.tiny --image cirros --server-group web web-1 -f value -c name",
          "cleanup", "cleanup",
        ])
      #expect(transcript.contains("Deleted server web-1 ("))
      #expect(transcript.contains("Deleted server group web ("))
      #expect(transcript.contains("sgtutor> cleanup\nNothing to clean up"))
      #expect(try await cloud.listServers(ServerListQuery()).map(\.id) == [foreign.id])
      #expect(
        try await cloud.listServerGroups(ServerGroupListQuery()).map(\.id) == [foreignGroup.id])
    }
  }

  @Test func serversCarryTheMarker() async throws {
    try await ContractHarness.withCloud(.novaClientThroughSandbox) { cloud in
      let guarded = GuardedCloud(cloud, cloudName: "participant-1", consent: .granted)
      let server = try await guarded.boot("web-1")
      #expect(server.metadata["created-by"] == "sgtutor")
    }
  }

  @Test func consentIsAskedOncePerSessionByTheReplWithFlavorCountAndQuota() async throws {
    try await ContractHarness.withCloud(.novaClientThroughSandbox) { cloud in
      let guarded = GuardedCloud(cloud, cloudName: "participant-1", consent: .askUser)
      // The cloud itself never asks: it says what must be answered, before sending anything.
      let question = await #expect(throws: ConsentQuestion.self) { _ = try await guarded.boot("web-0") }
      #expect(question?.kind == .createServers)
      let none = try await cloud.listServers(ServerListQuery())
      #expect(none.isEmpty)
      let transcript = await Self.shell(
        guarded,
        [
          "server create --flavor m1.tiny --image cirros web-1 -f value -c name", "y",
          "server create --flavor m1.tiny --image cirros web-2 -f value -c name",
        ])
      #expect(
        transcript.contains(
          "sgtutor is about to create 1 server of flavor m1.tiny (1 vCPU, 512 MB RAM, 1 GB disk) on the real cloud participant-1.\nThe project uses 0 of "
        ))
      #expect(transcript.contains("Create servers in this session? [y/N] y\nweb-1\n"))
      #expect(transcript.components(separatedBy: "Create servers in this session?").count == 2)
      #expect(
        transcript.contains("sgtutor> server create --flavor m1.tiny --image cirros web-2 -f value -c name\nweb-2\n"))
    }
  }

  @Test func aNoOrNoTerminalCreatesNothingAndSaysHowToProceed() async throws {
    try await ContractHarness.withCloud(.novaClientThroughSandbox) { cloud in
      let declined = GuardedCloud(cloud, cloudName: "c", consent: .askUser)
      let answeredNo = await Self.shell(declined, ["server create --flavor m1.tiny --image cirros web-1", "n"])
      #expect(
        answeredNo.hasSuffix(
          "stderr: no server was created: you answered no. Ask again by repeating the command.\n"))
      let headless = GuardedCloud(cloud, cloudName: "c", consent: .unavailable)
      let transcript = await Self.shell(
        headless, ["server create --flavor m1.tiny --image cirros web-1"])
      #expect(
        transcript.hasSuffix(
          "stderr: sgtutor does not create servers on a real cloud without asking, and there is no terminal to ask on: run it on a terminal, or add --yes to 'sgtutor run' to agree in advance (remove them afterwards with the shell's 'cleanup')\n"
        ))
      let left = try await cloud.listServers(ServerListQuery())
      #expect(left.isEmpty)
    }
  }

  @Test func cleanupOnTheSimulatorPointsToReset() async {
    let console = RecordingConsole()
    var repl = Repl(
      context: ShellContext(cloud: SimulatedCloud(), console: console),
      reader: ScriptedLineReader([]))
    #expect(await repl.handle("cleanup") == .failed)
    #expect(
      console.transcript
        == "stderr: cleanup is for real clouds; on the simulator, 'reset' starts afresh.\n")
  }

  @Test func theGroupLedgerSurvivesASession() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sgtutor-ledger-\(UUID().uuidString)/groups.txt"
    ).path
    defer {
      try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
    try GroupLedger(path: path).add("5bbcc3c4-1da2-4437-a48a-66f15b1b13f9")
    let later = GroupLedger(path: path)
    #expect(later.ids == ["5bbcc3c4-1da2-4437-a48a-66f15b1b13f9"])
    later.remove("5bbcc3c4-1da2-4437-a48a-66f15b1b13f9")
    #expect(GroupLedger(path: path).ids.isEmpty)
  }

  @Test func withSeveralNetworksTheUserChoosesOne() async throws {
    var region = ContractHarness.region
    region.networks.append(
      NetworkSpec(id: StableUUID.make("network/public"), name: "public", cidr: "172.24.4.0/24"))
    try await ContractHarness.withCloud(.novaClientThroughSandbox, region: region) { cloud in
      let unknown = await Self.shell(
        GuardedCloud(cloud, cloudName: "c", consent: .askUser),
        ["server create --flavor m1.tiny --image cirros web-0", "elsewhere"])
      #expect(
        unknown.hasSuffix(
          "stderr: no server was created: there is no network elsewhere (choose one of private, public, or none; --network NAME names it on the command line)\n"
        ))
      let guarded = GuardedCloud(cloud, cloudName: "c", consent: .askUser)
      let transcript = await Self.shell(
        guarded, ["server create --flavor m1.tiny --image cirros web-1 -f value -c name", "public", "yes"])
      #expect(transcript.contains("Attach the server to which one? (a name, or none) public\n"))
      #expect(transcript.contains("[y/N] yes\nweb-1\n"))
      let server = try #require(try await cloud.listServers(ServerListQuery()).first)
      #expect(Array(try await cloud.showServer(server.id).networks.keys) == ["public"])
    }
  }
}
