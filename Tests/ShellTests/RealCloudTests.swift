import CloudSimulator
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// On a cloud that is not the simulator, the simulator's powers say so in one line and the rest works.
@Suite struct RealCloudTests {
  /// The simulator seen only through `Cloud`, as a real cloud would be.
  struct CloudOnly: ForwardingCloud {
    let inner: any Cloud
  }

  @Test(arguments: [
    ("host fail compute-1", "host fail"), ("host recover compute-1", "host recover"),
    ("host disable compute-1", "host disable"), ("host enable compute-1", "host enable"),
    ("host fill compute-1", "host fill"), ("host drain compute-1", "host drain"),
    ("host evacuate compute-1", "host evacuate"), ("reset", "reset"), ("why web-1", "why"),
    // A real cloud's own host labels are two words: still the same one line.
    ("host fail Host A", "host fail"), ("host evacuate Host A", "host evacuate"), ("why", "why"),
  ])
  func simulatorPowersSayARealCloudLacksThem(_ line: String, _ command: String) async {
    let console = RecordingConsole()
    var repl = Repl(
      context: ShellContext(cloud: CloudOnly(inner: SimulatedCloud()), console: console), reader: ScriptedLineReader([])
    )
    let outcome = await repl.handle(line)
    #expect(outcome == .failed)
    #expect(
      console.transcript == "stderr: '\(command)' works only on the simulator: a real cloud does not offer this.\n")
  }

  @Test func openstackCommandsWorkAndTheDiagramCanBeTurnedOff() async {
    let console = RecordingConsole()
    var repl = Repl(
      context: ShellContext(cloud: CloudOnly(inner: SimulatedCloud()), console: console), reader: ScriptedLineReader([])
    )
    _ = await repl.handle("set diagram off")
    console.clear()
    #expect(await repl.handle("server create --flavor m1.tiny --image cirros web-1 -f value -c name") == .succeeded)
    #expect(console.transcript == "web-1\n")
  }

  /// A REPL on the simulator seen as a real cloud, as the region's member (or another of its users).
  static func repl(_ console: RecordingConsole, as user: String? = nil) async throws -> Repl {
    let simulator = SimulatedCloud()
    var inner: any Cloud = simulator
    if let user, let caller = await simulator.caller(named: user) { inner = simulator.session(as: caller) }
    var context = ShellContext(cloud: CloudOnly(inner: inner), console: console)
    context.cloudInfo = try await inner.describe()
    return Repl(context: context, reader: ScriptedLineReader([]))
  }

  @Test func hostsDrawsAMembersHostsFromHostIDs() async throws {
    let console = RecordingConsole()
    var repl = try await Self.repl(console)
    #expect(await repl.handle("hosts") == .succeeded)
    #expect(
      console.transcript
        == "None of your servers is on a host yet, so there is no host to draw.\nGroups: none yet (- = server in no group)\n"
    )
    _ = await repl.handle("server group create --policy anti-affinity web")
    for name in ["web-1", "web-2"] {
      _ = await repl.handle(
        "server create --flavor m1.small --image cirros --server-group web \(name) -f value -c name")
    }
    console.clear()
    #expect(await repl.handle("hosts") == .succeeded)
    let text = console.transcript
    for expected in [
      "| Host A", "| Host B", "| vCPU 1", "| RAM 2 GB", "| A web-1", "| A web-2", "A = web (anti-affinity)",
      "called Host A, Host B",
    ] {
      #expect(text.contains(expected), "missing \(expected) in \(text)")
    }
    #expect(!text.contains("compute-"))
    #expect(!text.contains("| up"))
  }

  @Test func hostsShowsAnAdminTheHostNames() async throws {
    let console = RecordingConsole()
    var repl = try await Self.repl(console, as: "admin")
    _ = await repl.handle("server create --flavor m1.small --image cirros web-1 -f value -c name")
    console.clear()
    #expect(await repl.handle("hosts") == .succeeded)
    let text = console.transcript
    #expect(text.contains("| compute-"))
    #expect(text.contains("| vCPU 1/4"))
    #expect(!text.contains("Host A"))
  }

  @Test func commandsThatMoveServersDrawTheProjectsHostsAndTheirReadsStayOutOfEquivalent() async throws {
    let console = RecordingConsole()
    var repl = try await Self.repl(console)
    #expect(await repl.handle("server create --flavor m1.tiny --image cirros web-1 -f value -c name") == .succeeded)
    #expect(console.transcript.hasPrefix("web-1\n"))
    #expect(console.transcript.contains("| Host A"))
    _ = await repl.handle("equivalent on")
    console.clear()
    _ = await repl.handle("server delete web-1")
    _ = await repl.handle("flavor list -f value -c Name")
    #expect(
      console.transcript.hasSuffix(
        "equivalent: openstack flavor list -f value -c Name\n  GET /v2.1/flavors/detail\n  OpenStack-API-Version: compute 2.64\n"
      ))
  }

  @Test func errorLinesNameTheCatalogsComputeEndpoint() async {
    let console = RecordingConsole(columns: 1000)
    let endpoints = ServiceEndpoints(
      compute: "https://nova.example.com:8774/v2.1/0a1b", image: "https://glance.example.com",
      network: "https://neutron.example.com")
    var repl = Repl(
      context: ShellContext(cloud: CloudOnly(inner: SimulatedCloud()), console: console, endpoints: endpoints),
      reader: ScriptedLineReader([]))
    #expect(await repl.handle("server group create w --rule max_server_per_host=2") == .failed)
    #expect(
      console.transcript
        == "stderr: BadRequestException: 400: Client Error for url: https://nova.example.com:8774/v2.1/0a1b/os-server-groups, Only anti-affinity policy supports rules.\n"
    )
  }

  @Test func theBannerOnARealCloudDoesNotSpeakOfASimulatedOne() async {
    let console = RecordingConsole()
    let status = await ShellLauncher.interactive(
      cloud: CloudOnly(inner: SimulatedCloud()), console: console, reader: ScriptedLineReader([]), names: NameCache(),
      showsBanner: true)
    #expect(status == 0)
    #expect(console.transcript == LineWrapper.wrap(ShellLauncher.realCloudBanner, columns: 80))
    #expect(!console.transcript.contains("simulat"))
  }
}
