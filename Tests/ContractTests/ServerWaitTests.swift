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
  final class SlowBuild: ForwardingCloud {
    let inner: any Cloud = SimulatedCloud()
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
