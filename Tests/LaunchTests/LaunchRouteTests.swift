import ArgumentParser
import CloudSimulator
import Launch
import Shell
import Synchronization
import Testing

/// Which executable runs which command line: the simulator's modes stay in `sgtutor`, `serve` goes to
/// `sgtutor-serve` before parsing, and every mode on a real cloud goes to `sgtutor-cloud` with the same arguments.
@Suite struct LaunchRouteTests {
  struct RouteCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    /// The sibling's file name, or nil for sgtutor itself.
    var sibling: String?
    var testDescription: String { "sgtutor " + arguments.joined(separator: " ") }
  }

  @Test(arguments: [
    RouteCase(arguments: [], sibling: nil),
    RouteCase(arguments: ["--lesson", "2", "--lang", "nb"], sibling: nil),
    RouteCase(arguments: ["lessons"], sibling: nil),
    RouteCase(arguments: ["shell", "--seed", "7"], sibling: nil),
    RouteCase(arguments: ["run", "-"], sibling: nil),
    // --dry-run and a password alone choose no real cloud.
    RouteCase(arguments: ["shell", "--dry-run", "--os-password", "x"], sibling: nil),
    RouteCase(arguments: ["--os-cloud", "lab"], sibling: "sgtutor-cloud"),
    RouteCase(arguments: ["tutor", "--openstack"], sibling: "sgtutor-cloud"),
    RouteCase(arguments: ["shell", "--os-cloud=lab"], sibling: "sgtutor-cloud"),
    RouteCase(arguments: ["shell", "--os-auth-url", "https://keystone.example/v3"], sibling: "sgtutor-cloud"),
    RouteCase(arguments: ["run", "--os-cloud", "lab", "--dry-run", "-"], sibling: "sgtutor-cloud"),
    RouteCase(arguments: ["room", "--os-cloud", "instructor", "--follow"], sibling: "sgtutor-cloud"),
    RouteCase(arguments: ["config", "show"], sibling: "sgtutor-cloud"),
    RouteCase(arguments: ["config", "show", "--os-cloud", "lab"], sibling: "sgtutor-cloud"),
    RouteCase(arguments: ["serve", "--port", "0"], sibling: "sgtutor-serve"),
    // What does not parse, and help, are answered by sgtutor's own parser (the same for every executable).
    RouteCase(arguments: ["room"], sibling: nil),
    RouteCase(arguments: ["room", "--os-cloud", "x", "--dry-run"], sibling: nil),
    RouteCase(arguments: ["shell", "--os-cloud"], sibling: nil),
    RouteCase(arguments: ["shell", "--os-cloud", "lab", "--help"], sibling: nil),
    RouteCase(arguments: ["config"], sibling: nil),
    RouteCase(arguments: ["nonsense"], sibling: nil),
  ])
  func eachCommandLineRunsInItsExecutable(_ item: RouteCase) {
    let route = LaunchRoute.sibling(for: item.arguments, realCloudLinked: false)
    #expect(route?.executable.name == item.sibling)
  }

  @Test func theCloudExecutableGetsTheWholeCommandLineAndServeItsOptionsOnly() throws {
    let cloud = try #require(LaunchRoute.sibling(for: ["shell", "--os-cloud", "lab"], realCloudLinked: false))
    #expect(cloud.arguments == ["shell", "--os-cloud", "lab"])
    let serve = try #require(LaunchRoute.sibling(for: ["serve", "--port", "0"], realCloudLinked: false))
    #expect(serve.arguments == ["--port", "0"])
  }

  @Test func theCloudExecutableRunsRealCloudsItselfButStillHandsServeOn() {
    #expect(LaunchRoute.sibling(for: ["--os-cloud", "lab"], realCloudLinked: true) == nil)
    #expect(LaunchRoute.sibling(for: ["room", "--os-cloud", "lab"], realCloudLinked: true) == nil)
    #expect(LaunchRoute.sibling(for: ["serve"], realCloudLinked: true)?.executable == .serve)
  }

  @Test func roomAndConfigShowAskTheBoundLauncher() async throws {
    let launcher = RecordingLauncher()
    try await RealCloud.$launcher.withValue(launcher) {
      var config = try Sgtutor.parseAsRoot(["config", "show", "--os-cloud", "lab"])
      try config.run()
      var room = try #require(
        try Sgtutor.parseAsRoot(["room", "--os-cloud", "instructor", "--fail", "compute-1"])
          as? any AsyncParsableCommand)
      try await room.run()
    }
    #expect(launcher.asked.withLock { $0 } == ["config", "room"])
  }
}

/// A real-cloud launcher that records what it was asked and answers with a simulator of its own.
final class RecordingLauncher: RealCloudLauncher {
  let asked = Mutex<[String]>([])
  let cloud = SimulatedCloud(seed: 9)

  func connect(_ real: RealCloudOptions, console: any Console, environment: [String: String], isTerminal: Bool)
    async throws -> ChosenCloud
  {
    asked.withLock { $0.append("connect \(real.loaderOptions["cloud"] ?? "-"), terminal \(isTerminal)") }
    return ChosenCloud(cloud: cloud)
  }

  func room(_ session: RoomSession, on real: RealCloudOptions, console: any Console) async -> Int32 {
    asked.withLock { $0.append("room") }
    return 0
  }

  func showConfig(_ real: RealCloudOptions, console: any Console) -> Int32 {
    asked.withLock { $0.append("config") }
    return 0
  }
}
