import ServerGroupsCore

extension CloudState {
  /// The group with this name. Names are not unique in Nova; with several, the one with the most members
  /// wins, then the last listed.
  package func group(named name: String) -> ServerGroup? {
    let matches = groups.filter { $0.name == name }
    return matches.max { $0.members.count <= $1.members.count }
  }

  /// The most recently created server with this name.
  package func server(named name: String) -> Server? {
    servers.filter { $0.name == name }.max { $0.created <= $1.created }
  }

  package func server(id: ServerID) -> Server? {
    servers.first { $0.id == id }
  }

  /// The group's members that still exist, oldest first.
  package func members(of group: ServerGroup) -> [Server] {
    group.members.compactMap { server(id: $0) }.sorted {
      ($0.created, $0.name) < ($1.created, $1.name)
    }
  }

  /// The host a server runs on: its `host` field (admins), the simulator's host list, or on a real cloud a
  /// label made from its `hostId` ("Host A", as the shell's diagram calls it), which tells hosts apart within
  /// one project. Nil without a host.
  package func hostName(of server: Server) -> String? {
    if let host = server.host { return host }
    if let snapshot = hosts.first(where: { $0.servers.contains(server.id) }) {
      return snapshot.name
    }
    guard !server.hostID.isEmpty else { return nil }
    return Self.hostIDLabels(servers)[server.hostID]
  }

  /// What a caller who may not see host names calls each host: its `hostId` hash (unique per project) labelled
  /// Host A, Host B, … in the order the servers on them were created. The diagram and the lessons' checks both
  /// use these labels, so a lesson's "Host B" is the diagram's.
  package static func hostIDLabels(_ servers: [Server]) -> [String: String] {
    var labels: [String: String] = [:]
    let ordered = servers.sorted { ($0.created, $0.name) < ($1.created, $1.name) }
    for server in ordered where !server.hostID.isEmpty && labels[server.hostID] == nil {
      labels[server.hostID] = "Host " + hostLetters(labels.count)
    }
    return labels
  }

  /// A, B, …, Z, AA, AB, … for the `index`-th host.
  package static func hostLetters(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return index < letters.count
      ? String(letters[index])
      : hostLetters(index / letters.count - 1) + String(letters[index % letters.count])
  }

  /// Whether a host is up: from the simulator's hosts, else from the servers' `host_status`.
  package func isHostUp(_ name: String) -> Bool {
    if let snapshot = hosts.first(where: { $0.name == name }) { return snapshot.isUp }
    let statuses = servers.filter { hostName(of: $0) == name }.compactMap(\.hostStatus)
    return !statuses.contains(.down)
  }

  /// Whether a server's host is down (false for servers without a host).
  package func isOnDownHost(_ server: Server) -> Bool {
    if server.hostStatus == .down { return true }
    guard let host = hostName(of: server) else { return false }
    return !isHostUp(host)
  }

  /// Hosts that are down, by name.
  package var downHosts: [String] {
    if !hosts.isEmpty { return hosts.filter { !$0.isUp }.map(\.name) }
    var names: [String] = []
    for server in servers where server.hostStatus == .down {
      if let host = hostName(of: server), !names.contains(host) { names.append(host) }
    }
    return names
  }

  /// ACTIVE members of a group per host, in host order (simulator hosts first, then any others).
  package func activeMembersPerHost(of group: ServerGroup) -> [(host: String, servers: [Server])] {
    var order = hosts.map(\.name)
    var byHost: [String: [Server]] = [:]
    for member in members(of: group) where member.status == .active {
      guard let host = hostName(of: member) else { continue }
      if !order.contains(host) { order.append(host) }
      byHost[host, default: []].append(member)
    }
    return order.compactMap { host in byHost[host].map { (host, $0) } }
  }

  /// Whether a member's fault is Nova's "No valid host was found." (either wording).
  package func hasNoValidHostFault(_ server: Server) -> Bool {
    server.status == .error
      && (server.fault?.message.hasPrefix("No valid host was found.") ?? false)
  }

  /// The group's most recent member, its first, or its first member in ERROR.
  package func member(_ which: ServerSelector.Position, of groupName: String) -> Server? {
    guard let group = group(named: groupName) else { return nil }
    let members = members(of: group)
    switch which {
    case .first: return members.first
    case .last: return members.last
    case .error: return members.first { $0.status == .error }
    }
  }
}
