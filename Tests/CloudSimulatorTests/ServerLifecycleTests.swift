import CloudSimulator
import Foundation
import ServerGroupsCore
import Synchronization
import Testing

@Suite struct ServerLifecycleTests {
  @Test func withAWallClockTimesFollowItInWholeSecondsAndNeverGoBack() async throws {
    let times = Mutex<[Date]>([
      Date(timeIntervalSince1970: 1_800_000_000.7), Date(timeIntervalSince1970: 1_700_000_000),
    ])
    let cloud = SimulatedCloud(wallClock: { times.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] } })
    let first = try await cloud.createServers(
      ServerCreateRequest(name: "a", flavorID: "1", imageID: nil, networks: .none))
    let second = try await cloud.createServers(
      ServerCreateRequest(name: "b", flavorID: "1", imageID: nil, networks: .none))
    #expect(first.servers[0].created == Date(timeIntervalSince1970: 1_800_000_000))
    #expect(second.servers[0].created == Date(timeIntervalSince1970: 1_800_000_000))
    let seeded = try await SimulatedCloud().createServers(
      ServerCreateRequest(name: "c", flavorID: "1", imageID: nil, networks: .none))
    #expect(seeded.servers[0].created == RegionSpec.standard.startTime.addingTimeInterval(1))
  }

  @Test func aServerIsBuildWhenAcceptedThenActive() async throws {
    let cloud = SimulatedCloud()
    let created = try await cloud.createServers(
      ServerCreateRequest(name: "web", flavorID: "2", imageID: nil, networks: .auto))
    #expect(created.servers[0].status == .build && created.reservationID.hasPrefix("r-"))
    let shown = try await cloud.showServer(created.servers[0].id)
    #expect(shown.status == .active && shown.host == nil && shown.hostID.count == 56)
    #expect(shown.networks["private"]?.count == 1 && shown.hostStatus == nil)
    let asAdmin = try await cloud.adminView(shown.id)
    #expect(asAdmin.host != nil && asAdmin.hostStatus == .up)
  }

  @Test func deletingFreesTheHostAndLeavesTheGroup() async throws {
    let cloud = SimulatedCloud(region: .hosts(1))
    let group = try await cloud.group("g", .antiAffinity)
    let first = try await cloud.boot("a", into: group)[0]
    try await cloud.deleteServer(first.id)
    #expect(try await cloud.showServerGroup(group.id).members.isEmpty)
    let second = try await cloud.boot("b", into: group)[0]
    #expect(second.status == .active)
    await expectError(.notFound("Instance \(first.id) could not be found.")) { try await cloud.showServer(first.id) }
  }

  @Test func instanceQuotaRefusesWithNovasText() async throws {
    let cloud = SimulatedCloud(region: .hosts(4, quotas: QuotaSpec(instances: 2)))
    try await cloud.boot("a", min: 2)
    await expectError(.forbidden("Quota exceeded for instances: Requested 1, but already used 2 of 2 instances")) {
      try await cloud.boot("b")
    }
    #expect(try await cloud.listServers(ServerListQuery()).count == 2)
  }

  @Test func coresQuotaRefusesAndMaxCountShrinksToWhatFits() async throws {
    let tight = SimulatedCloud(region: .hosts(4, quotas: QuotaSpec(cores: 4)))
    await expectError(.forbidden("Quota exceeded for cores: Requested 6, but already used 0 of 4 cores")) {
      try await tight.boot("big", flavor: "3", min: 3)
    }
    let cloud = SimulatedCloud()
    let servers = try await cloud.boot("some", min: 1, max: 15)
    #expect(servers.count == 10)  // the instance quota allows 10 of the 15 asked for
  }

  @Test func refusedRequestsLeaveTheRegionUnchanged() async throws {
    let cloud = SimulatedCloud()
    let before = try await cloud.checkpoint()
    let bad: [ServerCreateRequest] = [
      ServerCreateRequest(name: "", flavorID: "1", imageID: nil),
      ServerCreateRequest(name: "s", flavorID: "99", imageID: nil),
      ServerCreateRequest(name: "s", flavorID: "1", imageID: "nope"),
      ServerCreateRequest(name: "s", flavorID: "1", imageID: nil, networks: .networks(["nope"])),
      ServerCreateRequest(name: "s", flavorID: "1", imageID: nil, minCount: 3, maxCount: 2),
      ServerCreateRequest(name: "s", flavorID: "1", imageID: nil, minCount: 0),
      ServerCreateRequest(name: "s", flavorID: "1", imageID: nil, group: "2f5d8e36-8c55-4b6f-9a43-6a3c3c1c0e11"),
      ServerCreateRequest(name: "s", flavorID: "1", imageID: nil, networks: .none, microversion: .v2_1),
    ]
    for request in bad {
      await #expect(throws: CloudError.self) { try await cloud.createServers(request) }
    }
    await #expect(throws: CloudError.self) { try await cloud.group(" x", .affinity) }
    await #expect(throws: CloudError.self) { try await cloud.perform(.fail, on: "nowhere") }
    await #expect(throws: CloudError.self) { try await cloud.perform(.evacuate, on: "compute-1") }
    #expect(try await cloud.checkpoint() == before)
  }

  @Test func checkpointsRestoreEverything() async throws {
    let cloud = SimulatedCloud()
    let saved = try await cloud.checkpoint()
    let group = try await cloud.group("g", .antiAffinity)
    try await cloud.boot("a", into: group)
    try await cloud.perform(.fail, on: "compute-2")
    try await cloud.restore(saved)
    #expect(try await cloud.listServerGroups(ServerGroupListQuery()).isEmpty)
    #expect(await cloud.hostSnapshots().allSatisfy { $0.isUp && $0.servers.isEmpty })
    await #expect(throws: CloudError.badRequest("The saved state could not be read.")) {
      try await cloud.restore(SimulatorCheckpoint(data: Data("junk".utf8)))
    }
  }

  /// A state JSON cannot hold (here a host with an infinite allocation ratio, which a region file refuses but a
  /// region built in code can carry) fails the checkpoint with a message, instead of a checkpoint of no bytes
  /// that would be stored and later fail to restore.
  @Test func aCheckpointThatCannotBeEncodedFailsLoudly() async throws {
    var region = RegionSpec.standard
    region.hosts[0].cpuAllocationRatio = .infinity
    let cloud = SimulatedCloud(region: region)
    await #expect {
      _ = try await cloud.checkpoint()
    } throws: { error in
      guard case CloudError.other(let status, let message) = error else { return false }
      return status == 500 && message.hasPrefix("The state could not be saved:")
    }
  }

  @Test func hostStatusFollowsTheComputeService() async throws {
    let cloud = SimulatedCloud()
    let server = try await cloud.boot("s")[0]
    let host = try #require(server.host)
    try await cloud.perform(.fail, on: host)
    #expect(try await cloud.adminView(server.id).hostStatus == .down)
    try await cloud.perform(.recover, on: host)
    try await cloud.perform(.disable, on: host)
    #expect(try await cloud.adminView(server.id).hostStatus == .maintenance)
  }

  @Test func fillAndDrain() async throws {
    let cloud = SimulatedCloud(region: .hosts(1))
    try await cloud.perform(.fill, on: "h1")
    #expect(try await cloud.boot("s")[0].fault?.message == "No valid host was found. ")
    try await cloud.perform(.drain, on: "h1")
    #expect(try await cloud.boot("t")[0].status == .active)
  }

  @Test func affinityEvacuationHasNowhereToGo() async throws {
    let cloud = SimulatedCloud()
    let group = try await cloud.group("pair", .affinity)
    let servers = try await cloud.boot("p", into: group, min: 2)
    let home = try #require(servers[0].host)
    try await cloud.perform(.fail, on: home)
    let outcomes = try await cloud.perform(.evacuate, on: home)
    #expect(outcomes.count == 2 && outcomes.allSatisfy { $0.toHost == nil })
    await expectError(.badRequest("Compute service of compute-3 is still in use.")) {
      try await cloud.perform(.evacuate, on: "compute-3")
    }
  }

  @Test func hypervisorsAreForAdminsOnly() async throws {
    let cloud = SimulatedCloud()
    await expectError(.forbidden("Policy doesn't allow os_compute_api:os-hypervisors:list-detail to be performed.")) {
      try await cloud.listHypervisors()
    }
    let list = try await cloud.acting(as: "admin").listHypervisors()
    #expect(list.map(\.hostname) == ["compute-1", "compute-2", "compute-3", "compute-4"])
    #expect(list[0].vcpus == 4 && list[0].memoryMB == 7680)
  }

  @Test func hypervisorsReportTheRegionsTypeVersionAndArchitecture() async throws {
    var region = RegionSpec.standard
    region.hosts[1].properties.hypervisorType = "ironic"
    region.hosts[1].properties.hypervisorVersion = 9_001_000
    region.hosts[1].properties.architecture = "aarch64"
    let list = try await SimulatedCloud(region: region, seed: 1).acting(as: "admin").listHypervisors()
    #expect(list[0].hypervisorType == "QEMU" && list[0].hypervisorVersion == 8_002_000 && list[0].cpuArch == "x86_64")
    #expect(list[1].hypervisorType == "ironic" && list[1].hypervisorVersion == 9_001_000)
    #expect(list[1].cpuArch == "aarch64")
  }
}
