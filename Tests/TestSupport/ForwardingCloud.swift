import ServerGroupsCore

/// A test double that passes every `Cloud` call to `inner`; a conforming type writes only the calls it changes
/// (a failure to force, a status to hold back) and gets the rest from here.
package protocol ForwardingCloud: Cloud {
  /// The cloud that answers whatever the double does not change.
  var inner: any Cloud { get }
}

extension ForwardingCloud {
  package func describe() async throws -> CloudDescription { try await inner.describe() }
  package func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    try await inner.createServerGroup(request)
  }
  package func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    try await inner.listServerGroups(query)
  }
  package func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup { try await inner.showServerGroup(id) }
  package func deleteServerGroup(_ id: ServerGroupID) async throws { try await inner.deleteServerGroup(id) }
  package func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    try await inner.createServers(request)
  }
  package func listServers(_ query: ServerListQuery) async throws -> [Server] { try await inner.listServers(query) }
  package func showServer(_ id: ServerID) async throws -> Server { try await inner.showServer(id) }
  package func deleteServer(_ id: ServerID) async throws { try await inner.deleteServer(id) }
  package func listFlavors() async throws -> [Flavor] { try await inner.listFlavors() }
  package func listImages() async throws -> [Image] { try await inner.listImages() }
  package func listNetworks() async throws -> [Network] { try await inner.listNetworks() }
  package func listHypervisors() async throws -> [Hypervisor] { try await inner.listHypervisors() }
  package func limits() async throws -> Limits { try await inner.limits() }
}
