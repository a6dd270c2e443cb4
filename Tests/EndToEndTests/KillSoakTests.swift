import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ServerGroupsCore
import Synchronization
import TestSupport
import Testing

/// `sgtutor serve --state` killed with SIGKILL again and again while several clients write: every change that was
/// answered with a 2xx before a kill is there after the restart, no deleted object comes back, and every group's
/// policy holds. Loopback only, a fixed number of kills, each after a short random stretch of traffic.
@Suite(.serialized) struct KillSoakTests {
  static let kills = 20
  static let participants = 3
  static let clients = 4

  @Test(arguments: [false, true]) func acknowledgedChangesSurviveKillNine(sharedHosts: Bool) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("soak-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let credentials = (1...Self.participants).map { "participant-\($0): soak-password-\($0)" }
    try credentials.joined(separator: "\n").write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
    var arguments = [
      "serve", "--port", "0", "--state", folder + "/workshop.sqlite", "--participants", "\(Self.participants)",
      "--credentials", folder + "/credentials", "--clouds-dir", folder + "/clouds", "--quiet",
    ]
    if sharedHosts { arguments.append("--shared-hosts") }

    let http = HTTPClient(eventLoopGroupProvider: .singleton)
    let ledger = Ledger()
    var random = SeededGenerator(seed: sharedHosts ? 11 : 7)
    var checkedRounds = 0
    do {
      for round in 0...Self.kills {
        let server = try ServeProcess(arguments: arguments, folder: folder, round: round)
        defer { server.kill() }
        let api = SoakAPI(http: http, root: server.root)
        var issued: [String] = []
        for number in 1...Self.participants {
          issued.append(try await api.token("participant-\(number)", password: "soak-password-\(number)"))
        }
        let tokens = issued
        if round > 0 {
          try await Self.verify(ledger, api: api, tokens: tokens)
          checkedRounds += 1
        }
        if round == Self.kills { break }
        let stop = StopFlag()
        let seeds = (0..<Self.clients).map { _ in random.next() }
        let stretch = UInt64(random.next() % 250 + 100)
        await withTaskGroup(of: Void.self) { group in
          for seed in seeds {
            group.addTask {
              var random = SeededGenerator(seed: seed)
              while !stop.isSet && !Task.isCancelled {
                await Self.randomChange(api: api, tokens: tokens, ledger: ledger, random: &random)
              }
            }
          }
          try? await Task.sleep(for: .milliseconds(stretch))
          server.kill()
          stop.set()
          // Requests cut off by the kill would otherwise wait out the client's connection retries.
          group.cancelAll()
        }
      }
    } catch {
      try? await http.shutdown()
      throw error
    }
    try await http.shutdown()
    #expect(checkedRounds == Self.kills)
    let summary = await ledger.summary()
    // The soak did real work: changes were acknowledged and some were cut off by a kill.
    #expect(summary.acknowledged > Self.kills * 5, "\(summary)")
  }

  /// One random change by one random participant, recorded in the ledger only when it was acknowledged.
  static func randomChange(api: SoakAPI, tokens: [String], ledger: Ledger, random: inout SeededGenerator) async {
    let participant = Int(random.next() % UInt64(tokens.count))
    let token = tokens[participant]
    let live = await ledger.live(participant: participant)
    switch random.next() % 10 {
    case 0, 1:
      let policy = ["anti-affinity", "affinity", "soft-anti-affinity"][Int(random.next() % 3)]
      let body = #"{"server_group": {"name": "g", "policy": "\#(policy)"}}"#
      if let reply = try? await api.send(.POST, "/v2.1/os-server-groups", token: token, body: body),
        reply.status == 200, let id = reply.string("server_group", "id")
      {
        await ledger.created(group: id, participant: participant, policy: policy)
      }
    case 2, 3, 4, 5:
      var hint = ""
      if let group = live.groups.randomElement(using: &random) {
        hint = #", "os:scheduler_hints": {"group": "\#(group)"}"#
      }
      let body = #"{"server": {"name": "s", "flavorRef": "1", "networks": "none"}\#(hint)}"#
      if let reply = try? await api.send(.POST, "/v2.1/servers", token: token, body: body),
        reply.status == 202, let id = reply.string("server", "id")
      {
        await ledger.created(server: id, participant: participant)
      }
    case 6, 7, 8:
      guard let id = live.servers.randomElement(using: &random) else { return }
      await ledger.deleting(id)
      if let reply = try? await api.send(.DELETE, "/v2.1/servers/\(id)", token: token),
        reply.status == 204 || reply.status == 404
      {
        await ledger.deleted(id)
      }
    default:
      guard let id = live.groups.randomElement(using: &random) else { return }
      await ledger.deleting(id)
      if let reply = try? await api.send(.DELETE, "/v2.1/os-server-groups/\(id)", token: token),
        reply.status == 204 || reply.status == 404
      {
        await ledger.deleted(id)
      }
    }
  }

  /// What each participant's cloud shows after a restart against what was acknowledged before the kill.
  static func verify(_ ledger: Ledger, api: SoakAPI, tokens: [String]) async throws {
    for (participant, token) in tokens.enumerated() {
      let servers = try await api.send(.GET, "/v2.1/servers/detail", token: token)
      let groups = try await api.send(.GET, "/v2.1/os-server-groups", token: token)
      try #require(servers.status == 200 && groups.status == 200)
      let serverList = servers.json?["servers"] as? [[String: Any]] ?? []
      let groupList = groups.json?["server_groups"] as? [[String: Any]] ?? []
      let serverIDs = Set(serverList.compactMap { $0["id"] as? String })
      let groupIDs = Set(groupList.compactMap { $0["id"] as? String })
      let expected = await ledger.expected(participant: participant)
      let missingServers = expected.servers.subtracting(serverIDs)
      let missingGroups = expected.groups.subtracting(groupIDs)
      let cameBack = expected.deleted.intersection(serverIDs.union(groupIDs))
      #expect(missingServers.isEmpty, "acknowledged servers missing after a restart: \(missingServers.sorted())")
      #expect(missingGroups.isEmpty, "acknowledged groups missing after a restart: \(missingGroups.sorted())")
      #expect(cameBack.isEmpty, "deleted objects came back: \(cameBack.sorted())")
      // Every group's policy holds for its ACTIVE members (hostId names the host within a project).
      var hostOf: [String: String] = [:]
      for server in serverList where server["status"] as? String == "ACTIVE" {
        if let id = server["id"] as? String { hostOf[id] = server["hostId"] as? String }
      }
      for group in groupList {
        let hosts = (group["members"] as? [String] ?? []).compactMap { hostOf[$0] }
        switch group["policies"] as? [String] ?? [group["policy"] as? String ?? ""] {
        case ["anti-affinity"]: #expect(Set(hosts).count == hosts.count, "anti-affinity broken: \(hosts)")
        case ["affinity"]: #expect(Set(hosts).count <= 1, "affinity broken: \(hosts)")
        default: break
        }
      }
    }
  }
}

/// What the clients were told: acknowledged creates and deletes, and deletes whose answer a kill cut off.
actor Ledger {
  struct Live {
    var servers: [String] = []
    var groups: [String] = []
  }
  private var servers: [String: Int] = [:]
  private var groups: [String: Int] = [:]
  private var deleted: Set<String> = []
  /// Deletes sent without an answer yet: after a kill they may or may not have happened.
  private var uncertain: Set<String> = []
  private var acknowledged = 0

  func created(server id: String, participant: Int) {
    servers[id] = participant
    acknowledged += 1
  }
  func created(group id: String, participant: Int, policy: String) {
    groups[id] = participant
    acknowledged += 1
  }
  func deleting(_ id: String) { uncertain.insert(id) }
  func deleted(_ id: String) {
    uncertain.remove(id)
    if servers.removeValue(forKey: id) != nil || groups.removeValue(forKey: id) != nil {
      deleted.insert(id)
      acknowledged += 1
    }
  }

  func live(participant: Int) -> Live {
    Live(
      servers: servers.filter { $0.value == participant && !uncertain.contains($0.key) }.map(\.key).sorted(),
      groups: groups.filter { $0.value == participant && !uncertain.contains($0.key) }.map(\.key).sorted())
  }

  func expected(participant: Int) -> (servers: Set<String>, groups: Set<String>, deleted: Set<String>) {
    (
      Set(servers.filter { $0.value == participant && !uncertain.contains($0.key) }.keys),
      Set(groups.filter { $0.value == participant && !uncertain.contains($0.key) }.keys),
      deleted.subtracting(uncertain)
    )
  }

  func summary() -> (acknowledged: Int, uncertain: Int) { (acknowledged, uncertain.count) }
}

/// The sandbox's HTTP API as the soak's clients use it.
struct SoakAPI: Sendable {
  struct Reply {
    var status: UInt
    var json: [String: Any]?
    func string(_ outer: String, _ key: String) -> String? { (json?[outer] as? [String: Any])?[key] as? String }
  }

  let http: HTTPClient
  let root: String

  func send(_ method: HTTPMethod, _ path: String, token: String?, body: String? = nil) async throws -> Reply {
    var request = HTTPClientRequest(url: root + path)
    request.method = method
    request.headers.add(name: "OpenStack-API-Version", value: "compute 2.64")
    request.headers.add(name: "Content-Type", value: "application/json")
    if let token { request.headers.add(name: "X-Auth-Token", value: token) }
    if let body { request.body = .bytes(ByteBuffer(string: body)) }
    let response = try await http.execute(request, timeout: .seconds(10))
    let bytes = try await response.body.collect(upTo: 16 << 20)
    let json = try? JSONSerialization.jsonObject(with: Data(bytes.readableBytesView)) as? [String: Any]
    return Reply(status: response.status.code, json: json)
  }

  func token(_ user: String, password: String) async throws -> String {
    var request = HTTPClientRequest(url: root + "/identity/v3/auth/tokens")
    request.method = .POST
    request.headers.add(name: "Content-Type", value: "application/json")
    let body = """
      {"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "\(user)", \
      "domain": {"name": "Default"}, "password": "\(password)"}}}}}
      """
    request.body = .bytes(ByteBuffer(string: body))
    let response = try await http.execute(request, timeout: .seconds(10))
    _ = try await response.body.collect(upTo: 1 << 20)
    return try #require(response.headers.first(name: "X-Subject-Token"), "no token for \(user): \(response.status)")
  }
}

/// `sgtutor serve` as a child process; its first line names the port it listens on.
final class ServeProcess: Sendable {
  let process: Process
  let root: String

  init(arguments: [String], folder: String, round: Int) throws {
    let log = folder + "/serve-\(round).log"
    guard FileManager.default.createFile(atPath: log, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: log])
    }
    let process = Process()
    process.executableURL = builtBinary("sgtutor")
    process.arguments = arguments
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
    process.standardError = process.standardOutput
    try process.run()
    self.process = process
    var root: String?
    for _ in 0..<500 where root == nil {
      let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      if let line = text.split(separator: "\n").first(where: { $0.contains("listening on http://") }),
        let url = line.split(separator: " ").first(where: { $0.hasPrefix("http://") })
      {
        root = String(url)
      } else if !process.isRunning {
        break
      } else {
        Thread.sleep(forTimeInterval: 0.02)
      }
    }
    guard let root else {
      process.terminate()
      let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      throw SoakError.didNotStart(text)
    }
    self.root = root
  }

  /// SIGKILL: no handler runs, nothing is flushed.
  func kill() {
    if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }
}

enum SoakError: Error { case didNotStart(String) }

/// Tells the clients to stop once the server is killed.
final class StopFlag: Sendable {
  private let value = Atomic<Bool>(false)
  var isSet: Bool { value.load(ordering: .acquiring) }
  func set() { value.store(true, ordering: .releasing) }
}
