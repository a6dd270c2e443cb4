import ServerGroupsCore

extension Placement {
  /// The picture of the cloud in use: every host on the simulator; on a real cloud the hosts of the project's
  /// servers, named from `hostId` (or by name for an admin).
  package static func current(_ ctx: ShellContext) async throws -> Placement {
    if let controls = ctx.controls { return try await load(ctx, controls: controls) }
    return try await load(fromServers: ctx)
  }

  /// Reads the picture from the simulator: hosts from its controls, names and groups from the cloud.
  package static func load(_ ctx: ShellContext, controls: any SimulatorControls) async throws -> Placement {
    let snapshots = await controls.hostSnapshots()
    let servers = try await ctx.cloud.listServers(ServerListQuery(allProjects: ctx.cloudInfo?.caller.isAdmin ?? false))
    let isAdmin = ctx.cloudInfo?.caller.isAdmin ?? false
    let groups =
      isAdmin
      ? try await ctx.cloud.listServerGroups(ServerGroupListQuery(allProjects: true))
      : try await ctx.knownServerGroups()
    var groupOf: [ServerID: Int] = [:]
    for (index, group) in groups.enumerated() {
      for member in group.members { groupOf[member] = index }
    }
    let byID = Dictionary(servers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func entry(_ server: Server) -> Entry {
      Entry(
        name: server.name, status: server.status,
        group: groupOf[server.id] ?? server.serverGroups.first.flatMap { id in groups.firstIndex { $0.id == id } })
    }
    let hosts = snapshots.map { snapshot in
      Host(
        name: snapshot.name, isUp: snapshot.isUp, isEnabled: snapshot.isEnabled, isFilled: snapshot.isFilled,
        vcpus: snapshot.vcpus, vcpusUsed: snapshot.vcpusUsed, ramMB: snapshot.ramMB, ramUsedMB: snapshot.ramUsedMB,
        servers: snapshot.servers.map { id in byID[id].map(entry) ?? Entry(name: "(other project)", status: .active) })
    }
    let placed = Set(snapshots.flatMap(\.servers))
    let unplaced = servers.filter { !placed.contains($0.id) }
      .sorted { ($0.created, $0.name) < ($1.created, $1.name) }.map(entry)
    return Placement(
      hosts: hosts, unplaced: unplaced,
      groups: groups.map { GroupKey(name: $0.name, policy: $0.policy, maxServerPerHost: $0.rules.maxServerPerHost) })
  }
}
