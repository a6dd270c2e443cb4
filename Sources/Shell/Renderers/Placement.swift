import ServerGroupsCore

/// What the `hosts` diagram shows: every host with its servers, each server marked by its group.
package struct Placement: Sendable, Equatable {
  /// One compute host.
  package struct Host: Sendable, Equatable {
    package var name: String
    package var isUp: Bool
    package var isEnabled: Bool
    package var isFilled: Bool
    package var vcpus: Int
    package var vcpusUsed: Int
    package var ramMB: Int
    package var ramUsedMB: Int
    package var servers: [Entry]

    package init(
      name: String, isUp: Bool = true, isEnabled: Bool = true, isFilled: Bool = false, vcpus: Int = 4,
      vcpusUsed: Int = 0, ramMB: Int = 7680, ramUsedMB: Int = 0, servers: [Entry] = []
    ) {
      self.name = name
      self.isUp = isUp
      self.isEnabled = isEnabled
      self.isFilled = isFilled
      self.vcpus = vcpus
      self.vcpusUsed = vcpusUsed
      self.ramMB = ramMB
      self.ramUsedMB = ramUsedMB
      self.servers = servers
    }
  }

  /// One server in the picture.
  package struct Entry: Sendable, Equatable {
    package var name: String
    package var status: ServerStatus
    /// Index into `groups`, nil for a server in no group.
    package var group: Int?

    package init(name: String, status: ServerStatus, group: Int? = nil) {
      self.name = name
      self.status = status
      self.group = group
    }
  }

  /// A group and the letter that marks its servers.
  package struct GroupKey: Sendable, Equatable {
    package var name: String
    package var policy: Policy
    package var maxServerPerHost: Int?

    package init(name: String, policy: Policy, maxServerPerHost: Int? = nil) {
      self.name = name
      self.policy = policy
      self.maxServerPerHost = maxServerPerHost
    }
  }

  package var hosts: [Host]
  /// Servers with no host (scheduling failed): they are ERROR and still members of their group.
  package var unplaced: [Entry]
  package var groups: [GroupKey]

  package init(hosts: [Host], unplaced: [Entry] = [], groups: [GroupKey] = []) {
    self.hosts = hosts
    self.unplaced = unplaced
    self.groups = groups
  }

  /// The mark of group `index`: A, B, …, Z, then a, b, ….
  package static func mark(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return String(letters[index % letters.count])
  }
}

extension Placement {
  /// Reads the picture from the simulator: hosts from its controls, names and groups from the cloud.
  package static func load(_ ctx: ShellContext, controls: any SimulatorControls) async throws -> Placement {
    let snapshots = await controls.hostSnapshots()
    let servers = try await ctx.cloud.listServers(ServerListQuery(allProjects: ctx.cloudInfo?.caller.isAdmin ?? false))
    let groups = try await ctx.cloud.listServerGroups(ServerGroupListQuery(allProjects: ctx.cloudInfo?.caller.isAdmin ?? false))
    var groupOf: [ServerID: Int] = [:]
    for (index, group) in groups.enumerated() {
      for member in group.members { groupOf[member] = index }
    }
    let byID = Dictionary(servers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func entry(_ server: Server) -> Entry {
      Entry(name: server.name, status: server.status, group: groupOf[server.id] ?? server.serverGroups.first.flatMap { id in groups.firstIndex { $0.id == id } })
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
