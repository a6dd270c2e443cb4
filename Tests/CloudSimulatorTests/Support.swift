import CloudSimulator
import ServerGroupsCore

/// Shortcuts the simulator tests share.
extension SimulatedCloud {
  /// Creates a group at 2.64 and returns it.
  func group(_ name: String, _ policy: Policy, maxPerHost: Int? = nil) async throws -> ServerGroup {
    try await createServerGroup(
      ServerGroupCreateRequest(name: name, policy: policy, rules: Rules(maxServerPerHost: maxPerHost)))
  }

  /// Boots one request of `m1.tiny` servers into `group` and returns every server of it as it settled.
  @discardableResult
  func boot(
    _ name: String, into group: ServerGroup? = nil, flavor: String = "1", min: Int = 1, max: Int? = nil
  ) async throws -> [Server] {
    let created = try await createServers(
      ServerCreateRequest(
        name: name, flavorID: FlavorID(flavor), imageID: nil, networks: .none, group: group?.id, minCount: min,
        maxCount: max))
    var settled: [Server] = []
    for server in created.servers { settled.append(try await adminView(server.id)) }
    return settled
  }

  /// The server as the region's admin sees it (with its host name).
  func adminView(_ id: ServerID) async throws -> Server {
    guard let admin = caller(named: "admin") else { throw CloudError.notFound("no admin") }
    return try await session(as: admin).showServer(id)
  }

  /// How many of `servers` landed on each host, largest count first (`[3, 1, 1, 1]`).
  static func spread(_ servers: [Server]) -> [Int] {
    Dictionary(grouping: servers.compactMap(\.host), by: { $0 }).values.map(\.count).sorted(by: >)
  }
}

extension RegionSpec {
  /// A standard-sized region with `count` hosts named h1, h2, ….
  static func hosts(_ count: Int, quotas: QuotaSpec = QuotaSpec(), scheduler: SchedulerSpec = SchedulerSpec())
    -> RegionSpec
  {
    var region = RegionSpec.standard
    region.hosts = (1...count).map { RegionSpec.standardHost("h\($0)") }
    region.quotas = quotas
    region.scheduler = scheduler
    return region
  }

  /// The standard projects plus a second project `other` with a member, and a reader in `demo`.
  static func twoProjects() -> RegionSpec {
    var region = RegionSpec.standard
    region.projects = [
      ProjectSpec(
        name: "demo",
        users: [
          UserSpec(name: "admin", roles: [.admin]), UserSpec(name: "demo", roles: [.member]),
          UserSpec(name: "viewer", roles: [.reader]),
        ]),
      ProjectSpec(name: "other", users: [UserSpec(name: "rival", roles: [.member])]),
    ]
    return region
  }
}

extension SimulatedCloud {
  /// The region as one of its users, by name.
  func acting(as name: String) async throws -> SimulatedSession {
    guard let who = caller(named: name) else { throw CloudError.notFound("no user \(name)") }
    return session(as: who)
  }
}
