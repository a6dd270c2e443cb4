import CloudSimulator
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// On a cloud that is not the simulator, the simulator's powers say so in one line and the rest works.
@Suite struct RealCloudTests {
  /// The simulator seen only through `Cloud`, as a real cloud would be.
  struct CloudOnly: Cloud {
    let inner: SimulatedCloud
    func describe() async throws -> CloudDescription { try await inner.describe() }
    func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup { try await inner.createServerGroup(request) }
    func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] { try await inner.listServerGroups(query) }
    func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup { try await inner.showServerGroup(id) }
    func deleteServerGroup(_ id: ServerGroupID) async throws { try await inner.deleteServerGroup(id) }
    func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation { try await inner.createServers(request) }
    func listServers(_ query: ServerListQuery) async throws -> [Server] { try await inner.listServers(query) }
    func showServer(_ id: ServerID) async throws -> Server { try await inner.showServer(id) }
    func deleteServer(_ id: ServerID) async throws { try await inner.deleteServer(id) }
    func listFlavors() async throws -> [Flavor] { try await inner.listFlavors() }
    func listImages() async throws -> [Image] { try await inner.listImages() }
    func listNetworks() async throws -> [Network] { try await inner.listNetworks() }
    func listHypervisors() async throws -> [Hypervisor] { try await inner.listHypervisors() }
    func limits() async throws -> Limits { try await inner.limits() }
  }

  @Test(arguments: [
    ("hosts", "hosts"), ("host fail compute-1", "host fail"), ("host fill compute-1", "host fill"),
    ("server evacuate compute-1", "server evacuate"), ("reset", "reset"), ("why web-1", "why"),
  ])
  func simulatorPowersSayARealCloudLacksThem(_ line: String, _ command: String) async {
    let console = RecordingConsole()
    var repl = Repl(context: ShellContext(cloud: CloudOnly(inner: SimulatedCloud()), console: console), reader: ScriptedLineReader([]))
    let outcome = await repl.handle(line)
    #expect(outcome == .failed)
    #expect(console.transcript == "stderr: '\(command)' works only on the simulator: a real cloud does not offer this.\n")
  }

  @Test func openstackCommandsWorkAndDrawNoDiagram() async {
    let console = RecordingConsole()
    var repl = Repl(context: ShellContext(cloud: CloudOnly(inner: SimulatedCloud()), console: console), reader: ScriptedLineReader([]))
    #expect(await repl.handle("server create --flavor m1.tiny --image cirros web-1 -f value -c name") == .succeeded)
    #expect(console.transcript == "web-1\n")
  }
}
