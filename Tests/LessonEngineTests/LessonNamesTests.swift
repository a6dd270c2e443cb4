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

  @Test func checksCountOnlyWhatTheLessonsMadeTheCurrentLessonsFirst() async throws {
    let cloud = SimulatedCloud(seed: 1)
    // The learner's own, made with the openstack CLI before any lesson.
    let own = try await cloud.createServerGroup(ServerGroupCreateRequest(name: "DB Cluster", policy: .affinity))
    _ = try await cloud.createServers(
      ServerCreateRequest(name: "db-1", flavorID: FlavorID("1"), imageID: nil, networks: .none, group: own.id))
    let earlier = try await cloud.createServerGroup(
      ServerGroupCreateRequest(name: "sgt-l2-DB Cluster", policy: .antiAffinity))
    let state = try await CloudState.capture(cloud: cloud, controls: nil, lessonPrefix: "sgt-l3-")
    #expect(state.groups.map(\.id) == [earlier.id])
    #expect(state.servers.isEmpty)
    // A group the current lesson made wins over an earlier lesson's of the same name.
    let current = try await cloud.createServerGroup(
      ServerGroupCreateRequest(name: "sgt-l3-DB Cluster", policy: .antiAffinity))
    let later = try await CloudState.capture(cloud: cloud, controls: nil, lessonPrefix: "sgt-l3-")
    #expect(later.groups.map(\.id) == [current.id])
    #expect(later.group(named: "DB Cluster")?.policy == .antiAffinity)
  }
}
