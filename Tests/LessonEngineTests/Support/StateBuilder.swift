import Foundation
import LessonEngine
import ServerGroupsCore

/// Builds `CloudState` values by hand: four standard hosts, groups and servers placed where a test says.
struct StateBuilder {
  private(set) var hosts: [HostSnapshot] = (1...4).map { index in
    HostSnapshot(
      name: "compute-\(index)", availabilityZone: "nova", isUp: true, isEnabled: true, vcpus: 4,
      ramMB: 7680,
      diskGB: 1028, vcpusUsed: 0, ramUsedMB: 0, diskUsedGB: 0, isFilled: false, servers: [])
  }
  private(set) var groups: [ServerGroup] = []
  private(set) var servers: [Server] = []
  var traces: [ServerID: SchedulingTrace] = [:]
  var isSimulator = true

  static let project = ProjectID("demo-project")
  static let user = UserID("demo-user")

  @discardableResult
  mutating func group(_ name: String, _ policy: Policy, maxPerHost: Int? = nil) -> ServerGroupID {
    let id = ServerGroupID("group-\(groups.count + 1)")
    groups.append(
      ServerGroup(
        id: id, name: name, policy: policy, rules: Rules(maxServerPerHost: maxPerHost),
        projectID: Self.project,
        userID: Self.user))
    return id
  }

  /// Adds a server, in `group` when given, on `host` (nil: no host, as for ERROR servers).
  @discardableResult
  mutating func server(
    _ name: String, in group: String? = nil, on host: String?, status: ServerStatus = .active,
    fault: String? = nil
  ) -> ServerID {
    let id = ServerID("server-\(servers.count + 1)")
    let created = Date(timeIntervalSince1970: 1_800_000_000 + Double(servers.count))
    var server = Server(
      id: id, name: name, status: status, flavorID: "2", imageID: "cirros", projectID: Self.project,
      userID: Self.user, created: created, updated: created)
    if let fault { server.fault = Fault(code: 500, message: fault, created: created) }
    if let host, let index = hosts.firstIndex(where: { $0.name == host }) {
      hosts[index].servers.append(id)
      server.hostID = "hash-\(host)"
    }
    if let group, let index = groups.firstIndex(where: { $0.name == group }) {
      groups[index].members.append(id)
      server.serverGroups = [groups[index].id]
    }
    servers.append(server)
    return id
  }

  /// A member in ERROR with Nova's no-valid-host fault.
  @discardableResult
  mutating func refused(_ name: String, in group: String) -> ServerID {
    server(name, in: group, on: nil, status: .error, fault: Fault.noValidHostNotEnoughHosts)
  }

  mutating func fail(_ host: String) {
    if let index = hosts.firstIndex(where: { $0.name == host }) { hosts[index].isUp = false }
  }

  mutating func fill(_ host: String) {
    if let index = hosts.firstIndex(where: { $0.name == host }) { hosts[index].isFilled = true }
  }

  mutating func remove(_ name: String) {
    guard let server = servers.first(where: { $0.name == name }) else { return }
    servers.removeAll { $0.id == server.id }
    for index in hosts.indices { hosts[index].servers.removeAll { $0 == server.id } }
    for index in groups.indices { groups[index].members.removeAll { $0 == server.id } }
  }

  mutating func removeGroup(_ name: String) {
    groups.removeAll { $0.name == name }
  }

  var state: CloudState {
    CloudState(
      isSimulator: isSimulator, groups: groups, servers: servers, hosts: isSimulator ? hosts : [],
      traces: traces)
  }

  /// The "DB Cluster" of the video: anti-affinity, db-1..db-N on compute-1..compute-N.
  static func dbCluster(members: Int = 3) -> StateBuilder {
    var builder = StateBuilder()
    builder.group("DB Cluster", .antiAffinity)
    for index in 1...max(members, 1) where members > 0 {
      builder.server("db-\(index)", in: "DB Cluster", on: "compute-\(index)")
    }
    return builder
  }
}
