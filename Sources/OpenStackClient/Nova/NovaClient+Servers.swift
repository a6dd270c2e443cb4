import OpenStackWire
import ServerGroupsCore

extension NovaClient {
  package func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    // The body depends on the version (`networks: auto` from 2.37).
    var sent = request
    sent.microversion = try await version(for: request.microversion)
    sent.networks = try await networks(for: request.networks, at: sent.microversion)
    let answer = try await perform(CloudRequests.createServers(sent))
    // With several servers Nova answers with the first only; the reservation ID finds them all.
    if let reservation = answer.json["reservation_id"]?.stringValue {
      let servers = try await listServers(ServerListQuery(reservationID: reservation))
      return ServerCreation(
        servers: servers.sorted(by: Self.launchOrder), reservationID: reservation)
    }
    let id = try RequestExecutor.decode(answer.request, service: .compute) { () throws(WireError) in
      try JSONReader(answer.json).object("server").string("id")
    }
    let server = try await showServer(ServerID(id))
    return ServerCreation(servers: [server], reservationID: server.reservationID)
  }

  package func listServers(_ query: ServerListQuery) async throws -> [Server] {
    var servers: [Server] = []
    var marker: String?
    // Nova pages at its max_limit (1000 by default) and links the next page; follow a bounded number of pages.
    for _ in 0..<20 {
      let answer = try await perform(CloudRequests.listServers(query, marker: marker))
      let page = try RequestExecutor.decode(answer.request, service: .compute) {
        () throws(WireError) in
        try Server.decodeList(answer.json)
      }
      servers += page
      let hasNext = (answer.json["servers_links"]?.arrayValue ?? []).contains {
        $0["rel"]?.stringValue == "next"
      }
      guard hasNext, let last = page.last else { break }
      marker = last.id.rawValue
    }
    return try await withFlavorIDs(servers)
  }

  package func showServer(_ id: ServerID) async throws -> Server {
    let answer = try await perform(CloudRequests.showServer(id))
    let server = try RequestExecutor.decode(answer.request, service: .compute) {
      () throws(WireError) in
      try Server.decodeShow(answer.json)
    }
    return try await withFlavorIDs([server])[0]
  }

  package func deleteServer(_ id: ServerID) async throws {
    _ = try await perform(CloudRequests.deleteServer(id))
  }

  /// The networks a boot asks for. `auto` is settled here as openstackclient users expect: the only network, or
  /// the project's own one; with none at all the server boots with `networks: none` (2.37+) and the user is told.
  func networks(for wanted: NetworkRequest, at version: Microversion) async throws(CloudError)
    -> NetworkRequest
  {
    guard case .auto = wanted else { return wanted }
    let available: [Network]
    do {
      // Listed once per client (one session): a project's networks are not what a lesson changes.
      if let known = await cache.knownNetworks() { available = known } else { available = try await listNetworks() }
    } catch let error as CloudError {
      // A cloud without Neutron in the catalog: leave the choice to Nova.
      if case .unsupported = error { return .auto }
      throw error
    } catch {
      return .auto
    }
    if available.count == 1 { return .networks([available[0].id]) }
    let caller = try await session.caller()
    let own = available.filter { $0.projectID == caller.projectID }
    if own.count == 1 { return .networks([own[0].id]) }
    if available.isEmpty {
      guard version >= .v2_37 else { throw .unsupported(ClientMessages.noNetworkOldCloud) }
      if await cache.firstNoNetworkNote() { notify(ClientMessages.bootingWithoutNetwork) }
      return .none
    }
    throw .unsupported(ClientMessages.severalNetworks(available.map(\.name)))
  }

  /// From 2.47 a server names its flavor instead of giving its ID; the flavor list maps the name back.
  func withFlavorIDs(_ servers: [Server]) async throws -> [Server] {
    let ids = Set(servers.map(\.flavorID))
    var flavors = await cache.knownFlavors() ?? []
    if !ids.isSubset(of: Set(flavors.map(\.id)))
      && !ids.isSubset(of: Set(flavors.map { FlavorID($0.name) }))
    {
      flavors = (try? await listFlavors()) ?? flavors
    }
    let byID = Set(flavors.map(\.id))
    return servers.map { server in
      guard !byID.contains(server.flavorID),
        let flavor = flavors.first(where: { $0.name == server.flavorID.rawValue })
      else { return server }
      var copy = server
      copy.flavorID = flavor.id
      return copy
    }
  }

  /// Servers of one multi-create in launch order (`web-1`, `web-2`, …, `web-10`).
  static func launchOrder(_ lhs: Server, _ rhs: Server) -> Bool {
    if lhs.created != rhs.created { return lhs.created < rhs.created }
    func suffix(_ name: String) -> Int { Int(name.split(separator: "-").last ?? "") ?? 0 }
    return (suffix(lhs.name), lhs.name) < (suffix(rhs.name), rhs.name)
  }
}
