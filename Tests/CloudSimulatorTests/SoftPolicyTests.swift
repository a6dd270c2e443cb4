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
