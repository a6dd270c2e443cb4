import CloudSimulator
import Foundation
import Hummingbird
import HummingbirdTesting
import OpenStackClient
import SandboxServer
import ServerGroupsCore
import Shell
import Synchronization
import TestSupport
import Testing

/// What each typed line costs on a real cloud, counted where the client hands requests to its transport: the real
/// `NovaClient` talking to the sandbox in process, as the participant (a member, consent given). A line costs its
/// own requests plus at most one: the diagram's servers read, when the line changed placement. Before the session
/// cache these were: start-up 8, `server group list` 7, `server group create` 7, the first `server create
/// --server-group` 16, `server list` 9, `server delete` 11, each `hypervisor list` refused twice.
@Suite struct RequestCountTests {
  /// Every request the client has handed to its transport, as `METHOD /path` with IDs as `{id}`.
  final class Tally: Sendable {
    private let sent = Mutex<[String]>([])

    func add(_ request: String) { sent.withLock { $0.append(request) } }

    /// The requests since the last call.
    func take() -> [String] {
      sent.withLock { sent in
        defer { sent = [] }
        return sent
      }
    }
  }

  /// An interactive shell on the client, and what it sent.
  final class Session {
    var repl: Repl
    let tally: Tally

    init(repl: Repl, tally: Tally) {
      self.repl = repl
      self.tally = tally
    }

    func take() -> [String] { tally.take() }

    /// What `line` sent.
    func cost(_ line: String, succeeds: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) async
      -> [String]
    {
      _ = take()
      let outcome = await repl.handle(line)
      #expect((outcome == .succeeded) == succeeds, "\(line)", sourceLocation: sourceLocation)
      return take()
    }

    /// What Tab on `kind` sent.
    func tab(_ kind: NameCache.Kind) async -> [String] {
      _ = take()
      await repl.context.names.load(kind)
      return take()
    }
  }

  /// Starts the shell as `sgtutor shell --os-cloud participant-1 --yes` does and hands it to `body` with what
  /// start-up sent.
  static func withSession(_ body: @Sendable (Session, [String]) async throws -> Void) async throws {
    let sandbox = try await ContractHarness.sandbox()
    let app = buildApplication(sandbox: sandbox, address: SandboxAddress(host: "127.0.0.1", port: 8774))
    try await app.test(.router) { client in
      let tally = Tally()
      let inner = ContractHarness.routerTransport(client)
      let counting: Transport = { request in
        tally.add(request.method + " " + Self.shape(ContractHarness.uriPart(request.url)))
        return try await inner(request)
      }
      let nova = NovaClient(
        config: ContractHarness.participantConfig(root: "http://127.0.0.1:8774"), transport: counting)
      let guarded = GuardedCloud(nova, cloudName: "participant-1", consent: .granted)
      var repl = Repl(
        context: ShellContext(cloud: guarded, console: RecordingConsole()), reader: ScriptedLineReader([]),
        mode: .interactive)
      _ = await repl.run()
      // What `run` left armed for Tab, as before each prompt.
      repl.context.names.read(from: repl.context)
      let session = Session(repl: repl, tally: tally)
      let startup = session.take()
      try await body(session, startup)
    }
  }

  /// `/v2.1/servers/{id}` for `/v2.1/servers/5f0c…`.
  static func shape(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false)
      .map { UUIDShape.isUUIDLike(String($0)) ? "{id}" : String($0) }.joined(separator: "/")
  }

  @Test func startUpAsksForTheTokenAndTheComputeVersionsOnly() async throws {
    try await Self.withSession { _, startup in
      // The token (catalog and roles) and Nova's version document (microversions): 2, was 8 (Tab's names).
      #expect(startup == ["POST /identity/v3/auth/tokens", "GET /v2.1/"])
    }
  }

  @Test func aLineCostsItsOwnRequestsAndTheDiagramsServersReadWhenPlacementChanged() async throws {
    try await Self.withSession { session, _ in
      // Its own list, nothing else: 1 (was 7).
      #expect(await session.cost("server group list") == ["GET /v2.1/os-server-groups"])
      // Its own POST; placement did not change, so no diagram: 1 (was 7).
      #expect(await session.cost("server group create web --policy anti-affinity") == ["POST /v2.1/os-server-groups"])
      // The first server of the session: the image and flavor lists (once per session), the group found by name,
      // the networks (once, for the network question), the POST, the client's read of what it made,
      // openstackclient's read before printing; then the diagram's servers read: 8 (was 16).
      #expect(
        await session.cost("server create --flavor m1.tiny --image cirros --server-group web web-1") == [
          "GET /image/v2/images", "GET /v2.1/flavors/detail", "GET /v2.1/os-server-groups",
          "GET /networking/v2.0/networks", "POST /v2.1/servers", "GET /v2.1/servers/{id}", "GET /v2.1/servers/{id}",
          "GET /v2.1/servers/detail",
        ])
      // The next: the catalog is known, the groups for the diagram follow the session's writes: 5 (was 16).
      let second = await session.cost("server create --flavor m1.tiny --image cirros --server-group web web-2")
      #expect(
        second == [
          "GET /v2.1/os-server-groups", "POST /v2.1/servers", "GET /v2.1/servers/{id}", "GET /v2.1/servers/{id}",
          "GET /v2.1/servers/detail",
        ], "\(second)")
      // Its own list; the table's flavor and image names are known: 1 (was 9).
      #expect(await session.cost("server list") == ["GET /v2.1/servers/detail"])
      // The server found by name, the DELETE, the diagram's servers read: 3 (was 11).
      #expect(
        await session.cost("server delete web-2") == [
          "GET /v2.1/servers/detail", "DELETE /v2.1/servers/{id}", "GET /v2.1/servers/detail",
        ])
      // A typed catalog list asks the cloud: 1 (was 7).
      #expect(await session.cost("flavor list") == ["GET /v2.1/flavors/detail"])
    }
  }

  @Test func theDiagramShowsTheGroupsTheSessionWroteWithoutReadingThem() async throws {
    try await Self.withSession { session, _ in
      _ = await session.cost("server group list")
      _ = await session.cost("server group create web --policy anti-affinity")
      let console = try #require(session.repl.context.console as? RecordingConsole)
      console.clear()
      _ = await session.cost("server create --flavor m1.tiny --image cirros --server-group web web-1")
      // web-1 is drawn in the group `web`, created after the session last listed groups.
      #expect(console.transcript.contains("| A web-1 "), "\(console.transcript)")
      #expect(console.transcript.contains("Groups: A = web (anti-affinity); - = no group"))
    }
  }

  @Test func tabReadsNamesWhenPressedAndAgainOnlyAfterAWrite() async throws {
    try await Self.withSession { session, _ in
      // The first Tab on a group name reads the groups: 1.
      #expect(await session.tab(.groups) == ["GET /v2.1/os-server-groups"])
      // Nothing written since: 0.
      #expect(await session.tab(.groups) == [])
      _ = await session.cost("server list")
      #expect(await session.tab(.groups) == [], "a read is not a write")
      _ = await session.cost("server group create web --policy anti-affinity")
      // After a write: the groups again, 1.
      #expect(await session.tab(.groups) == ["GET /v2.1/os-server-groups"])
      #expect(session.repl.context.names.names.groups == ["web"])
      // Flavors are read once per session: `server list` read them for its table, so Tab asks nothing, and
      // neither does the next `server create`.
      #expect(await session.tab(.flavors) == [])
      #expect(session.repl.context.names.names.flavors.contains("m1.tiny"))
    }
  }

  @Test func aReadTheMembersRoleIsRefusedIsAskedOncePerSession() async throws {
    try await Self.withSession { session, _ in
      // Nova refuses a member the hypervisor list (403): asked once, then the same one line without asking.
      #expect(await session.cost("hypervisor list", succeeds: false) == ["GET /v2.1/os-hypervisors/detail"])
      let console = try #require(session.repl.context.console as? RecordingConsole)
      console.clear()
      #expect(await session.cost("hypervisor list", succeeds: false) == [])
      #expect(console.transcript.contains("os-hypervisors/detail"), "\(console.transcript)")
      // Tab on a host name neither.
      #expect(await session.tab(.hosts) == [])
    }
  }

  /// The session `make bench` reports, line by line; `nil` is start-up. The counts are pinned: a change in what
  /// the shell sends fails here and shows in the table.
  static let benchmarkSession: [(line: String?, before: Int, now: Int)] = [
    (nil, 8, 2),
    ("server group list", 7, 1),
    ("server group create web --policy anti-affinity", 7, 1),
    ("server create --flavor m1.tiny --image cirros --server-group web web-1", 16, 8),
    ("server create --flavor m1.tiny --image cirros --server-group web web-2", 16, 5),
    ("server list", 9, 1),
    ("server delete web-2", 11, 3),
    ("hypervisor list", 7, 1),
    ("hypervisor list", 7, 0),
    ("flavor list", 7, 1),
  ]

  /// Runs `benchmarkSession` and writes its table to `$SGTUTOR_REQUEST_TABLE` when set (`make bench`).
  @Test func requestsPerCommandTable() async throws {
    try await Self.withSession { session, startup in
      var table = "| line (a member on a real cloud, in order) | requests before | requests now |\n|---|---:|---:|\n"
      for (line, before, now) in Self.benchmarkSession {
        var sent = startup
        if let line { sent = await session.cost(line, succeeds: !line.hasPrefix("hypervisor")) }
        #expect(sent.count == now, "\(line ?? "start-up"): \(sent)")
        table += "| \(line.map { "`\($0)`" } ?? "start-up") | \(before) | \(sent.count) |\n"
      }
      // Tab on a server name after that write (`server delete`): the servers again, 1. Before, every line was
      // followed by six reads for Tab (counted in the lines above).
      let tab = await session.tab(.servers)
      #expect(tab == ["GET /v2.1/servers/detail"])
      table += "| Tab on a server name after a write | (6 after every line) | \(tab.count) |\n"
      guard let path = ProcessInfo.processInfo.environment["SGTUTOR_REQUEST_TABLE"] else { return }
      try table.write(toFile: path, atomically: true, encoding: .utf8)
    }
  }
}
