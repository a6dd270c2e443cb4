import CloudSimulator
import ServerGroupsCore
import Testing

/// Nova relies on a late check on the compute host because parallel boots can race; here they cannot.
@Suite struct ConcurrencyTests {
  @Test(arguments: [1, 2])
  func concurrentBootsNeverBreakAntiAffinity(_ maxPerHost: Int) async throws {
    let cloud = SimulatedCloud(
      region: .hosts(4, quotas: QuotaSpec(instances: -1, cores: -1, ramMB: -1, serverGroupMembers: -1)))
    let group = try await cloud.group("race", .antiAffinity, maxPerHost: maxPerHost)
    let ids = try await withThrowingTaskGroup(of: ServerID.self) { tasks in
      for index in 0..<64 {
        tasks.addTask {
          try await cloud.createServers(
            ServerCreateRequest(name: "r\(index)", flavorID: "1", imageID: nil, networks: .none, group: group.id)
          ).servers[0].id
        }
      }
      var ids: [ServerID] = []
      for try await id in tasks { ids.append(id) }
      return ids
    }
    var active: [Server] = []
    for id in ids {
      let server = try await cloud.adminView(id)
      if server.status == .active { active.append(server) }
    }
    #expect(active.count == 4 * maxPerHost)
    #expect(SimulatedCloud.spread(active) == Array(repeating: maxPerHost, count: 4))
  }
}
