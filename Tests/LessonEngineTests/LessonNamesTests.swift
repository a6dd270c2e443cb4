import CloudSimulator
import LessonEngine
import ServerGroupsCore
import Testing

/// On a real cloud what a lesson creates is named with the lesson's prefix; lessons see the names as typed.
@Suite struct LessonNamesTests {
  @Test(arguments: [
    ("sgt-l3-db-1", "db-1"), ("sgt-l12-DB Cluster", "DB Cluster"), ("db-1", "db-1"), ("sgt-lx-db", "sgt-lx-db"),
    ("sgt-l3db", "sgt-l3db"), ("sgt-l3-", "sgt-l3-"),
  ])
  func onlyALessonPrefixIsTakenOff(_ name: String, _ expected: String) {
    #expect(LessonNames.stripped(name) == expected)
  }

  @Test func aRealCloudsStateUsesTheNamesTheLearnerTyped() async throws {
    let cloud = SimulatedCloud(seed: 1)
    let group = try await cloud.createServerGroup(
      ServerGroupCreateRequest(name: LessonNames.prefix(lesson: 2) + "DB Cluster", policy: .antiAffinity))
    _ = try await cloud.createServers(
      ServerCreateRequest(name: "sgt-l3-db-1", flavorID: FlavorID("1"), imageID: nil, networks: .none, group: group.id))
    let state = try await CloudState.capture(cloud: cloud, controls: nil)
    #expect(state.group(named: "DB Cluster")?.members.count == 1)
    #expect(state.server(named: "db-1") != nil)
    // The simulator's own names are left as they are.
    let simulated = try await CloudState.capture(cloud: cloud, controls: cloud)
    #expect(simulated.group(named: "sgt-l2-DB Cluster") != nil)
  }
}
