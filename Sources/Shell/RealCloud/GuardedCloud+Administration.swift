import ServerGroupsCore

extension GuardedCloud: CloudAdministration {
  package func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) async throws {
    try await inner.administration().evacuateServer(id, request)
  }

  package func quotaSet(for project: ProjectID) async throws -> [String: Int] {
    try await inner.administration().quotaSet(for: project)
  }

  package func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int] {
    try await inner.administration().updateQuotaSet(limits, for: project)
  }

}
