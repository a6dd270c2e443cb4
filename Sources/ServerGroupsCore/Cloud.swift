/// Everything the shell and the lessons do to a cloud. Implemented by the simulator (`SimulatedCloud` and its
/// per-caller sessions), the real OpenStack client (`NovaClient`) and the wrappers around either (the shell's
/// `GuardedCloud`, the tutor's role views); the contract suite runs the same cases on each. Errors are
/// `CloudError`, except `GuardedCloud`'s `ConsentQuestion`, which the REPL asks the user.
package protocol Cloud: Sendable {
  /// Who the calls are made as, and what the cloud can do.
  func describe() async throws -> CloudDescription

  /// `POST /os-server-groups`.
  func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup
  /// `GET /os-server-groups`.
  func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup]
  /// `GET /os-server-groups/{id}`.
  func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup
  /// `DELETE /os-server-groups/{id}`.
  func deleteServerGroup(_ id: ServerGroupID) async throws

  /// `POST /servers` (one request, `min_count` to `max_count` servers).
  func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation
  /// `GET /servers/detail`.
  func listServers(_ query: ServerListQuery) async throws -> [Server]
  /// `GET /servers/{id}`.
  func showServer(_ id: ServerID) async throws -> Server
  /// `DELETE /servers/{id}`.
  func deleteServer(_ id: ServerID) async throws

  /// `GET /flavors/detail`.
  func listFlavors() async throws -> [Flavor]
  /// Glance `GET /v2/images`.
  func listImages() async throws -> [Image]
  /// Neutron `GET /v2.0/networks`.
  func listNetworks() async throws -> [Network]
  /// `GET /os-hypervisors/detail` (admins only).
  func listHypervisors() async throws -> [Hypervisor]
  /// `GET /limits`.
  func limits() async throws -> Limits
}

/// What a cloud says about itself and about the caller.
package struct CloudDescription: Sendable, Equatable {
  /// `simulator` or the cloud's auth URL.
  package var name: String
  package var isSimulator: Bool
  package var caller: Caller
  package var minMicroversion: Microversion
  package var maxMicroversion: Microversion

  package init(
    name: String, isSimulator: Bool, caller: Caller, minMicroversion: Microversion, maxMicroversion: Microversion
  ) {
    self.name = name
    self.isSimulator = isSimulator
    self.caller = caller
    self.minMicroversion = minMicroversion
    self.maxMicroversion = maxMicroversion
  }
}
