import CloudSimulator
import Foundation
import ServerGroupsCore
import Shell
import Synchronization
import TestSupport
import Testing

/// `server create --wait` on a real cloud: polls until the build ends, with dots on standard error.
@Suite struct ServerWaitTests {
  /// A cloud whose servers say BUILD for the first `builds` looks, then what the simulator says.
  final class SlowBuild: Cloud {
    let inner = SimulatedCloud()
    let looks = Mutex(0)
    let builds: Int
    init(builds: Int) { self.builds = builds }

    func showServer(_ id: ServerID) async throws -> Server {
      var server = try await inner.showServer(id)
      let count = looks.withLock { value -> Int in
        value += 1
        return value
      }
      if count <= builds { server.status = .build }
      return server
    }
    func describe() async throws -> CloudDescription { try await inner.describe() }
    func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
      try await inner.createServerGroup(request)
    }
    func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
      try await inner.listServerGroups(query)
    }
    func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup {
      try await inner.showServerGroup(id)
    }
    func deleteServerGroup(_ id: ServerGroupID) async throws {
      try await inner.deleteServerGroup(id)
    }
    func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
      try await inner.createServers(request)
    }
    func listServers(_ query: ServerListQuery) async throws -> [Server] {
      try await inner.listServers(query)
    }
    func deleteServer(_ id: ServerID) async throws { try await inner.deleteServer(id) }
    func listFlavors() async throws -> [Flavor] { try await inner.listFlavors() }
    func listImages() async throws -> [Image] { try await inner.listImages() }
    func listNetworks() async throws -> [Network] { try await inner.listNetworks() }
    func listHypervisors() async throws -> [Hypervisor] { try await inner.listHypervisors() }
    func limits() async throws -> Limits { try await inner.limits() }
  }

  @Test func pollsUntilTheServerSettlesShowingProgress() async throws {
    let cloud = SlowBuild(builds: 3)
    let created = try await cloud.boot("web-1")
    var building = created
    building.status = .build
    let console = RecordingConsole()
    let outcome = try await ServerWait.wait(
      for: [building], ctx: ShellContext(cloud: cloud, console: console), interrupts: false,
      pause: {})
    guard case .settled(let servers) = outcome else {
      Issue.record("expected the wait to settle, got \(outcome)")
      return
    }
    #expect(servers.map(\.status) == [.active])
    #expect(cloud.looks.withLock { $0 } == 4)
    // `boot` looked once; then one look at once and two after a pause each, one dot per pause, on one line
    // (the recording console shows each write on a line of its own).
    #expect(
      console.transcript == "stderr: Waiting for web-1 to build\nstderr: .\nstderr: .\nstderr: \n")
  }

  @Test func stoppingTheWaitLeavesTheServerBuilding() async throws {
    let cloud = SlowBuild(builds: 100)
    var building = try await cloud.boot("web-1")
    building.status = .build
    let console = RecordingConsole()
    let outcome = try await ServerWait.wait(
      for: [building], ctx: ShellContext(cloud: cloud, console: console), interrupts: false,
      pause: { throw CancellationError() })
    #expect(outcome == .interrupted)
    // The progress line is ended before the shell says anything else.
    #expect(console.transcript == "stderr: Waiting for web-1 to build\nstderr: \n")
    #expect(
      ServerWait.interruptedNote([building])
        == "Stopped waiting; web-1 keeps building on the cloud. See 'server show web-1'.")
  }
}
