import ServerGroupsCore
import Testing

/// A `Cloud` whose every call fails the test: the loud default for code that must not touch the cloud.
package struct FailingCloud: Cloud {
  package init() {}

  private func fail<T>(_ call: String) throws -> T {
    Issue.record("FailingCloud: \(call) was called, but this test set up no cloud")
    throw CloudError.transport("FailingCloud: \(call) is not set up")
  }

  package func describe() async throws -> CloudDescription { try fail("describe") }
  package func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    try fail("createServerGroup")
  }
  package func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    try fail("listServerGroups")
  }
  package func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup { try fail("showServerGroup") }
  package func deleteServerGroup(_ id: ServerGroupID) async throws { try fail("deleteServerGroup") as Void }
  package func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    try fail("createServers")
  }
  package func listServers(_ query: ServerListQuery) async throws -> [Server] { try fail("listServers") }
  package func showServer(_ id: ServerID) async throws -> Server { try fail("showServer") }
  package func deleteServer(_ id: ServerID) async throws { try fail("deleteServer") as Void }
  package func listFlavors() async throws -> [Flavor] { try fail("listFlavors") }
  package func listImages() async throws -> [Image] { try fail("listImages") }
  package func listNetworks() async throws -> [Network] { try fail("listNetworks") }
  package func listHypervisors() async throws -> [Hypervisor] { try fail("listHypervisors") }
  package func limits() async throws -> Limits { try fail("limits") }
}
