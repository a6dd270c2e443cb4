import Foundation
import OpenStackClient
import ServerGroupsCore
import Testing

/// The contract against a real cloud, when `OS_CLOUD` names one (skipped otherwise, and in CI). Only server
/// groups are created, never servers, so nothing billable is left even if the test stops half-way.
@Suite struct LiveCloudTests {
  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["OS_CLOUD"] != nil,
      "set OS_CLOUD to run against a real cloud"))
  func aGroupIsCreatedShownListedAndDeletedOnTheLiveCloud() async throws {
    let config = try CloudConfigLoader.system().resolve()
    let connection = try await CloudConnector.connect(
      config, notify: { _ in }, showUnsent: { _ in })
    let cloud = connection.client
    let name = "sgtutor-contract-" + UUID().uuidString.prefix(8).lowercased()
    let outcome = await Result { () async throws -> Void in
      let group = try await cloud.createServerGroup(
        ServerGroupCreateRequest(name: name, policy: .antiAffinity))
      #expect(group.name == name)
      #expect(try await cloud.showServerGroup(group.id).policy == .antiAffinity)
      #expect(
        try await cloud.listServerGroups(ServerGroupListQuery()).contains { $0.id == group.id })
      try await cloud.deleteServerGroup(group.id)
      #expect(
        await failure { _ = try await cloud.showServerGroup(group.id) }
          == .serverGroupNotFound(group.id.rawValue))
    }
    await connection.transport.shutdown()
    try outcome.get()
  }

  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["OS_CLOUD"] != nil,
      "set OS_CLOUD to run against a real cloud"),
    arguments: 0..<CloudContractTests.refusals.count)
  func theLiveCloudRefusesWithTheSimulatorsWords(_ index: Int) async throws {
    let (request, expected) = CloudContractTests.refusals[index]
    let config = try CloudConfigLoader.system().resolve()
    let connection = try await CloudConnector.connect(
      config, notify: { _ in }, showUnsent: { _ in })
    let cloud = connection.client
    var created: ServerGroup?
    let error = await failure { created = try await cloud.createServerGroup(request) }
    // Should a cloud accept it after all, the group is not left behind.
    if let created { try? await cloud.deleteServerGroup(created.id) }
    await connection.transport.shutdown()
    #expect(error == expected)
  }
}
