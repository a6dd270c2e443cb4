import CloudSimulator
import ServerGroupsCore
import Testing

/// The soft policies must come out as a real Nova 34 with default weights does on four equal hosts.
@Suite struct SoftPolicyTests {
  @Test func sixSoftAntiAffinityServersLandTwoTwoOneOne() async throws {
    let cloud = SimulatedCloud()
    let group = try await cloud.group("spread", .softAntiAffinity)
    var servers: [Server] = []
    for index in 1...6 { servers += try await cloud.boot("s\(index)", into: group) }
    #expect(servers.allSatisfy { $0.status == .active })
    #expect(SimulatedCloud.spread(servers) == [2, 2, 1, 1])
  }

  @Test func sixSoftAffinityServersLandThreeOneOneOne() async throws {
    let cloud = SimulatedCloud()
    let group = try await cloud.group("pack", .softAffinity)
    var servers: [Server] = []
    for index in 1...6 { servers += try await cloud.boot("s\(index)", into: group) }
    #expect(servers.allSatisfy { $0.status == .active })
    #expect(SimulatedCloud.spread(servers) == [3, 1, 1, 1])
    // The first four spread over all hosts, then the rest join one host.
    #expect(Set(servers.prefix(4).compactMap(\.host)).count == 4)
    #expect(servers[4].host == servers[5].host)
  }
}

@Suite struct BuildCountTests {
  /// Deleting a server that was still counted as a build gives its host back its I/O standing, so a cleaned-up
  /// region behaves like a fresh one.
  @Test func afterDeletingEverythingSoftAffinityLandsAsOnAFreshRegion() async throws {
    let cloud = SimulatedCloud()
    let warmUp = try await cloud.group("warm-up", .softAntiAffinity)
    for index in 1...5 { try await cloud.boot("w\(index)", into: warmUp) }
    for server in try await cloud.listServers(ServerListQuery()) { try await cloud.deleteServer(server.id) }
    let group = try await cloud.group("pack", .softAffinity)
    var servers: [Server] = []
    for index in 1...6 { servers += try await cloud.boot("s\(index)", into: group) }
    #expect(SimulatedCloud.spread(servers) == [3, 1, 1, 1])
  }

  @Test func thePeriodicReportClearsTheBuildCount() async throws {
    var region = RegionSpec.standard
    region.scheduler.resourceReportInterval = 3
    let cloud = SimulatedCloud(region: region)
    let group = try await cloud.group("pack", .softAffinity)
    // With the build count cleared before each boot, nothing offsets the soft-affinity weigher: they pack.
    var servers: [Server] = []
    for index in 1...3 {
      servers += try await cloud.boot("s\(index)", into: group)
      try await cloud.perform(.disable, on: "compute-4")
      try await cloud.perform(.enable, on: "compute-4")
    }
    #expect(Set(servers.compactMap(\.host)).count == 1)
  }
}
