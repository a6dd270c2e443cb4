import ServerGroupsCore

/// As the default caller, as every `Cloud` call of the simulator: a member is refused as Nova refuses one
/// (`set role admin` in the shell gives the admin's view).
extension SimulatedCloud: CloudAdministration {
  package func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) throws {
    try evacuateServer(id, request, as: defaultCaller)
  }

  package func quotaSet(for project: ProjectID) throws -> [String: Int] {
    try quotaSet(for: project, as: defaultCaller)
  }

  package func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) throws -> [String: Int] {
    try updateQuotaSet(limits, for: project, as: defaultCaller)
  }

  /// `GET /os-quota-sets/{project}`: a project's readers and admins may look. The keys are those Nova shows at
  /// the region's highest microversion (as the sandbox does).
  func quotaSet(for project: ProjectID, as caller: Caller) throws(CloudError) -> [String: Int] {
    guard caller.isAdmin || caller.projectID == project else {
      throw .policyRefused("os_compute_api:os-quota-sets:show")
    }
    var shown: [String: Int] = [:]
    for row in quotaRows(for: project) { shown[row.key] = row.limit }
    return shown
  }

  /// `PUT /os-quota-sets/{project}` (admins): Nova refuses an unknown key, a limit below -1 and, without
  /// `force`, a limit below what the project already uses.
  func updateQuotaSet(_ limits: [String: Int], for project: ProjectID, as caller: Caller) throws(CloudError)
    -> [String: Int]
  {
    guard caller.isAdmin else { throw .policyRefused("os_compute_api:os-quota-sets:update") }
    var inUse: [String: Int] = [:]
    for row in quotaRows(for: project) { inUse[row.key] = row.used }
    for (key, limit) in limits.sorted(by: { $0.key < $1.key }) {
      guard let current = inUse[key] else {
        throw .badRequest(
          "Invalid input for field/attribute quota_set. Value: {'\(key)': \(limit)}. "
            + "Additional properties are not allowed ('\(key)' was unexpected)")
      }
      guard limit >= -1 else {
        throw .badRequest(
          "Invalid input for field/attribute \(key). Value: \(limit). \(limit) is less than the minimum of -1")
      }
      if limit != -1, limit < current {
        throw .badRequest(
          "Quota limit \(limit) for \(key) must be greater than or equal to already used and reserved \(current).")
      }
    }
    setQuotas(limits, for: project)
    return try quotaSet(for: project, as: caller)
  }

  /// The project's quota rows at the region's highest microversion.
  private func quotaRows(for project: ProjectID) -> [(key: String, limit: Int, used: Int)] {
    let limits = limits(as: Caller(projectID: project, userID: "", roles: [.member]))
    return limits.quotaRows(overrides: quotaOverrides(for: project), version: maxMicroversion)
  }
}
