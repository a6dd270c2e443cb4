import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// `GET /servers` and `/servers/detail` with `all_tenants` (admins), `reservation_id`, `name` (a regular
  /// expression, as in Nova) and `status` filters.
  func listServers(_ call: NovaCall, detail: Bool) async throws -> SandboxReply {
    let request = call.request
    let everyProject =
      call.caller.isAdmin && (request.queryValue("all_tenants") != nil || request.queryValue("all_projects") != nil)
    let query = ServerListQuery(allProjects: everyProject, reservationID: request.queryValue("reservation_id"))
    var servers: [Server] = []
    if everyProject {
      for (_, cloud) in workshop.clouds(for: call.caller) { servers += try await cloud.listServers(query) }
    } else {
      servers = try await workshop.cloud(for: call.caller).listServers(query)
    }
    if let name = request.queryValue("name"), !name.isEmpty {
      let filter = NameFilter(name)
      servers = servers.filter { filter.matches($0.name) }
    }
    if let status = request.queryValue("status") {
      servers = servers.filter { $0.status.rawValue == status.uppercased() }
    }
    if let limit = request.queryValue("limit").flatMap({ Int($0) }), limit > 0 {
      servers = Array(servers.prefix(limit))
    }
    let items = servers.map { server in
      detail
        ? ServerBody.full(server, context(call, server), includeGroups: false)
        : ServerBody.brief(server, links: call.links)
    }
    return .json(200, .object([("servers", .array(items))]))
  }

  /// `POST /servers`: 202 with the first server (or the reservation ID when asked for it).
  func createServer(_ call: NovaCall) async throws -> SandboxReply {
    let request = try ServerCreateBody.parse(try body(call), at: call.version)
    let entry = workshop.entry(forProject: call.caller.projectID)
    let creation = try await entry.region.cloud(for: call.caller).createServers(request)
    try await persist(entry.key)
    if request.returnReservationID {
      return .json(202, .object([("reservation_id", .string(creation.reservationID))]))
    }
    guard let first = creation.servers.first else { throw CloudError.other(status: 500, "No server was created.") }
    // The password is never used by the simulated server; derived from the ID it keeps answers repeatable.
    let adminPass = String(StableUUID.make("adminPass/" + first.id.rawValue).filter(\.isLetter).prefix(12))
    return .json(
      202, ServerBody.created(first, links: call.links, adminPass: adminPass),
      headers: [("Location", call.links.href("servers", first.id.rawValue))])
  }

  /// `GET /servers/{id}` (with `server_groups` from 2.71).
  func showServer(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    let found = try await firstRegion(for: call.caller) { try await $0.showServer(ServerID(id)) }
    return .json(
      200, .object([("server", ServerBody.full(found.value, context(call, found.value), includeGroups: true))]))
  }

  /// `DELETE /servers/{id}`: 204.
  func deleteServer(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    let found = try await firstRegion(for: call.caller) { cloud in
      try await cloud.deleteServer(ServerID(id))
      return true
    }
    try await persist(found.key)
    return .empty(204)
  }

  /// How a server body is shaped for this call: links as the request's URL had them, its flavor embedded.
  private func context(_ call: NovaCall, _ server: Server) -> ServerBody.Context {
    ServerBody.Context(
      version: call.version, isAdmin: call.caller.isAdmin,
      links: call.links,
      flavor: flavors.first { $0.id == server.flavorID })
  }
}
