import ServerGroupsCore

extension SimulatedCloud {
  /// `POST /os-server-groups`, checked in Nova's order: schema, policy, quota, then the rules/policy pair.
  func createServerGroup(_ request: ServerGroupCreateRequest, as caller: Caller) throws(CloudError) -> ServerGroup {
    try check(request.microversion)
    let valid = try request.validated()
    guard caller.isMember else { throw .policyRefused("os_compute_api:os-server-groups:create") }
    let limit = quotas(for: caller.projectID).serverGroups
    if limit >= 0, state.usage[caller.projectID, default: ProjectUsage()].serverGroups + 1 > limit {
      throw .serverGroupQuotaExceeded
    }
    try valid.checkRules()
    tick()
    let group = ServerGroup(
      id: ServerGroupID(newUUID()), name: valid.name, policy: valid.policy, rules: valid.rules,
      projectID: caller.projectID, userID: caller.userID)
    let serial = nextSerial()
    state.groups[group.id] = GroupRecord(group: group, serial: serial)
    state.usage[caller.projectID, default: ProjectUsage()].serverGroups += 1
    return group
  }

  /// `GET /os-server-groups`: the caller's project, or every project for an admin asking for all.
  func listServerGroups(_ query: ServerGroupListQuery, as caller: Caller) throws(CloudError) -> [ServerGroup] {
    guard caller.isReader else { throw .policyRefused("os_compute_api:os-server-groups:index") }
    let everyProject = query.allProjects && caller.isAdmin
    let visible = state.groups.values
      .filter { everyProject || $0.group.projectID == caller.projectID }
      .sorted { $0.serial < $1.serial }
      .map(\.group)
    let maxLimit = 1000
    let limit = (query.limit ?? 0) == 0 ? maxLimit : min(query.limit ?? maxLimit, maxLimit)
    let offset = query.offset ?? 0
    guard offset < visible.count else { return [] }
    return Array(visible[offset..<min(visible.count, offset + limit)])
  }

  /// `GET /os-server-groups/{id}`; another project's group is a 404, as in Nova.
  func showServerGroup(_ id: ServerGroupID, as caller: Caller) throws(CloudError) -> ServerGroup {
    guard let record = state.groups[id], groupVisible(record, to: caller) else {
      throw .serverGroupNotFound(id.rawValue)
    }
    guard caller.isReader else { throw .policyRefused("os_compute_api:os-server-groups:show") }
    return record.group
  }

  /// `DELETE /os-server-groups/{id}`: allowed with members; they keep running and lose the policy.
  func deleteServerGroup(_ id: ServerGroupID, as caller: Caller) throws(CloudError) {
    guard let record = state.groups[id], groupVisible(record, to: caller) else {
      throw .serverGroupNotFound(id.rawValue)
    }
    guard caller.isMember else { throw .policyRefused("os_compute_api:os-server-groups:delete") }
    tick()
    state.groups[id] = nil
    state.usage[record.group.projectID, default: ProjectUsage()].serverGroups -= 1
  }
}
