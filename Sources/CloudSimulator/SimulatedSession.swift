import ServerGroupsCore

/// The simulated region as one caller sees it (the sandbox server makes one per authenticated request).
package struct SimulatedSession: CloudAdministration, SimulatorControls {
  package let cloud: SimulatedCloud
  package let caller: Caller

  package func describe() async throws -> CloudDescription { await cloud.describe(as: caller) }
  package func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    try await cloud.createServerGroup(request, as: caller)
  }
  package func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    try await cloud.listServerGroups(query, as: caller)
  }
  package func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup {
    try await cloud.showServerGroup(id, as: caller)
  }
  package func deleteServerGroup(_ id: ServerGroupID) async throws { try await cloud.deleteServerGroup(id, as: caller) }
  package func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    try await cloud.createServers(request, as: caller)
  }
  package func listServers(_ query: ServerListQuery) async throws -> [Server] {
    try await cloud.listServers(query, as: caller)
  }
  package func showServer(_ id: ServerID) async throws -> Server { try await cloud.showServer(id, as: caller) }
  package func deleteServer(_ id: ServerID) async throws { try await cloud.deleteServer(id, as: caller) }
  package func listFlavors() async throws -> [Flavor] { try await cloud.listFlavors() }
  package func listImages() async throws -> [Image] { try await cloud.listImages() }
  package func listNetworks() async throws -> [Network] { try await cloud.listNetworks() }
  package func listHypervisors() async throws -> [Hypervisor] { try await cloud.listHypervisors(as: caller) }
  package func limits() async throws -> Limits { await cloud.limits(as: caller) }

  package func hostSnapshots() async -> [HostSnapshot] { await cloud.hostSnapshots() }
  @discardableResult
  package func perform(_ action: HostAction, on name: String) async throws -> [EvacuationOutcome] {
    try await cloud.perform(action, on: name)
  }
  package func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) async throws {
    try await cloud.evacuateServer(id, request, as: caller)
  }
  package func quotaSet(for project: ProjectID) async throws -> [String: Int] {
    try await cloud.quotaSet(for: project, as: caller)
  }
  package func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int] {
    try await cloud.updateQuotaSet(limits, for: project, as: caller)
  }
  package func schedulingTrace(for server: ServerID) async throws -> SchedulingTrace {
    try await cloud.schedulingTrace(for: server, as: caller)
  }
  package func reset() async { await cloud.reset() }
  package func quotaOverrides(for project: ProjectID) async -> [String: Int] {
    await cloud.quotaOverrides(for: project)
  }
  package func setQuotas(_ limits: [String: Int]?, for project: ProjectID) async {
    await cloud.setQuotas(limits, for: project)
  }
  package func checkpoint() async throws -> SimulatorCheckpoint { try await cloud.checkpoint() }
  package func restore(_ checkpoint: SimulatorCheckpoint) async throws { try await cloud.restore(checkpoint) }
  package func takeChanges(complete: Bool) async throws -> RegionChanges {
    await cloud.takeChanges(complete: complete)
  }
  package func restore(_ rows: RegionRows) async throws { try await cloud.restore(rows) }
}
