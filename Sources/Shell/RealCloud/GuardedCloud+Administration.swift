import ServerGroupsCore

extension GuardedCloud: CloudAdministration {
  package func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) async throws {
    try await administration().evacuateServer(id, request)
  }

  package func quotaSet(for project: ProjectID) async throws -> [String: Int] {
    try await administration().quotaSet(for: project)
  }

  package func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int] {
    try await administration().updateQuotaSet(limits, for: project)
  }

  /// The wrapped cloud's administration calls; every real cloud client has them, so their absence is a wiring
  /// mistake reported as Nova's "not implemented".
  private nonisolated func administration() throws(CloudError) -> any CloudAdministration {
    guard let admin = inner as? any CloudAdministration else {
      throw .other(status: 501, "This cloud client cannot make administration calls.")
    }
    return admin
  }
}
