import LessonEngine
import ServerGroupsCore

extension Placement {
  /// The picture a real cloud allows: servers grouped by host. Admins see host names (and, from the hypervisor
  /// list, each host's size); everyone else sees only Nova's `hostId`, so hosts are called Host A, Host B, … in
  /// the order their first server was created. Hosts without servers of the project are not shown.
  package static func load(fromServers ctx: ShellContext) async throws -> Placement {
    let isAdmin = ctx.cloudInfo?.caller.isAdmin ?? false
    let cloud = ctx.cloud
    let servers = try await ctx.api {
      try await cloud.listServers(ServerListQuery())
    }
    let groups = try await ctx.knownServerGroups()
    let flavors = (try? await cloud.listFlavors()) ?? []
    let hypervisors = isAdmin ? ((try? await cloud.listHypervisors()) ?? []) : []
    return build(servers: servers, groups: groups, flavors: flavors, hypervisors: hypervisors)
  }

  /// The pure part of `load(fromServers:)`.
  package static func build(
    servers: [Server], groups: [ServerGroup], flavors: [Flavor], hypervisors: [Hypervisor] = []
  ) -> Placement {
    var groupOf: [ServerID: Int] = [:]
    for (index, group) in groups.enumerated() {
      for member in group.members { groupOf[member] = index }
    }
    func entry(_ server: Server) -> Entry {
      let group =
        groupOf[server.id]
        ?? server.serverGroups.first.flatMap { id in groups.firstIndex { $0.id == id } }
      return Entry(name: server.name, status: server.status, group: group)
    }
    let ordered = servers.sorted { ($0.created, $0.name) < ($1.created, $1.name) }
    // A host is known by its name when the caller may see it, otherwise by the project's hostId for it.
    var keys: [String] = []
    var members: [String: [Server]] = [:]
    let labels = CloudState.hostIDLabels(servers)
    for server in ordered {
      guard let key = server.host ?? (server.hostID.isEmpty ? nil : server.hostID) else { continue }
      if members[key] == nil { keys.append(key) }
      members[key, default: []].append(server)
    }
    let sizes = Dictionary(flavors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let hosts = keys.map { key -> Host in
      let placed = members[key] ?? []
      let vcpus = placed.reduce(0) { $0 + (sizes[$1.flavorID]?.vcpus ?? 0) }
      let ram = placed.reduce(0) { $0 + (sizes[$1.flavorID]?.ramMB ?? 0) }
      let hypervisor = hypervisors.first { $0.hostname == key }
      // Without the hypervisor list the host's size is unknown; its use by this project is all there is to show.
      return Host(
        name: labels[key] ?? key, isUp: hypervisor.map { $0.state == "up" } ?? true,
        isEnabled: hypervisor.map { $0.status == "enabled" } ?? true,
        vcpus: hypervisor?.vcpus ?? vcpus,
        vcpusUsed: hypervisor?.vcpusUsed ?? vcpus, ramMB: hypervisor?.memoryMB ?? ram,
        ramUsedMB: hypervisor?.memoryMBUsed ?? ram, servers: placed.map(entry), usageOnly: hypervisor == nil)
    }
    let unplaced = ordered.filter { $0.host == nil && $0.hostID.isEmpty }.map(entry)
    return Placement(
      hosts: hosts, unplaced: unplaced,
      groups: groups.map {
        GroupKey(name: $0.name, policy: $0.policy, maxServerPerHost: $0.rules.maxServerPerHost)
      }, view: .project(namedByHostID: !servers.contains { $0.host != nil }))
  }
}
