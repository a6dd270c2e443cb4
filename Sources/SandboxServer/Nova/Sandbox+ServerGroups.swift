import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// `GET /os-server-groups`: the caller's project; an admin's `all_projects` spans every region.
  func listGroups(_ call: NovaCall) async throws -> SandboxReply {
    let query = try ServerGroupListQuery.parse(call.request.query, at: call.version)
    var groups: [ServerGroup]
    if query.allProjects && call.caller.isAdmin {
      let unpaged = ServerGroupListQuery(allProjects: true)
      groups = []
      for (_, cloud) in workshop.clouds(for: call.caller) { groups += try await cloud.listServerGroups(unpaged) }
      let limit = (query.limit ?? 0) == 0 ? 1000 : min(query.limit ?? 1000, 1000)
      let offset = query.offset ?? 0
      groups = offset < groups.count ? Array(groups[offset..<min(groups.count, offset + limit)]) : []
    } else {
      groups = try await workshop.cloud(for: call.caller).listServerGroups(query)
    }
    return .json(200, .object([("server_groups", .array(groups.map { $0.body(at: call.version) }))]))
  }

  /// `POST /os-server-groups`: Nova's schema on the raw body, then the cloud's policy, quota and rule checks.
  func createGroup(_ call: NovaCall) async throws -> SandboxReply {
    let body = try body(call)
    let valid = try ServerGroupCreateRequest.validate(body: body, at: call.version)
    let rules = body["server_group"]?["rules"]?.objectPairs ?? []
    let request = ServerGroupCreateRequest(
      name: valid.name, policy: valid.policy.rawValue, rules: rules, microversion: call.version)
    let entry = workshop.entry(forProject: call.caller.projectID)
    let group = try await entry.region.cloud(for: call.caller).createServerGroup(request)
    try await persist(entry.key)
    return .json(200, .object([("server_group", group.body(at: call.version))]))
  }

  /// `GET /os-server-groups/{id}`.
  func showGroup(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    let found = try await firstRegion(for: call.caller) { try await $0.showServerGroup(ServerGroupID(id)) }
    return .json(200, .object([("server_group", found.value.body(at: call.version))]))
  }

  /// `DELETE /os-server-groups/{id}`: 204.
  func deleteGroup(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    let found = try await firstRegion(for: call.caller) { cloud in
      try await cloud.deleteServerGroup(ServerGroupID(id))
      return true
    }
    try await persist(found.key)
    return .empty(204)
  }
}
