import CloudSimulator
import ServerGroupsCore
import Testing

/// `why` reads these traces to a newcomer; they must say which filter removed each host and why.
@Suite struct TraceTests {
  @Test func antiAffinityTraceNamesTheFilterAndTheMembers() async throws {
    let cloud = SimulatedCloud()
    let group = try await cloud.group("DB Cluster", .antiAffinity)
    var servers: [Server] = []
    for name in ["db-1", "db-2", "db-3", "db-4", "db-5"] { servers += try await cloud.boot(name, into: group) }
    let third = try await cloud.schedulingTrace(for: servers[2].id)
    #expect(third.chosenHost == servers[2].host)
    let removed = third.hosts.filter { $0.removedBy == "ServerGroupAntiAffinityFilter" }
    #expect(removed.map(\.host) == [servers[0].host, servers[1].host].compactMap { $0 }.sorted())
    #expect(removed.first?.reason == "already holds 1 member of DB Cluster, max 1")

    let fifth = try await cloud.schedulingTrace(for: servers[4].id)
    #expect(fifth.chosenHost == nil)
    #expect(fifth.failure == "No valid host was found. There are not enough hosts available.")
    #expect(fifth.hosts.count == 4 && fifth.hosts.allSatisfy { $0.removedBy == "ServerGroupAntiAffinityFilter" })
  }

  @Test func survivorsCarryEveryWeigherAndTheWinnerHasTheBestScore() async throws {
    let cloud = SimulatedCloud()
    let group = try await cloud.group("spread", .softAntiAffinity)
    try await cloud.boot("a", into: group)
    let second = try await cloud.boot("b", into: group)[0]
    let trace = try await cloud.schedulingTrace(for: second.id)
    let survivors = trace.hosts.filter { $0.removedBy == nil }
    #expect(survivors.count == 4)
    #expect(survivors.allSatisfy { $0.weights.map(\.weigher).contains("ServerGroupSoftAntiAffinityWeigher") })
    let best = try #require(survivors.max { ($0.score ?? 0) < ($1.score ?? 0) })
    #expect(best.host == trace.chosenHost)
  }

  @Test func placementRemovalsSayWhatDidNotFit() async throws {
    let cloud = SimulatedCloud()
    let server = try await cloud.boot("big", flavor: "4")[0]
    let trace = try await cloud.schedulingTrace(for: server.id)
    #expect(trace.hosts.first?.removedBy == "Placement")
    #expect(
      trace.hosts.first?.reason
        == "not enough room for m1.large (needs 4 vCPU, 8192 MB RAM, 80 GB disk; free 4 vCPU, 7680 MB, 1028 GB)")
  }

  @Test func downAndDisabledHostsAreExplained() async throws {
    let cloud = SimulatedCloud()
    try await cloud.perform(.fail, on: "compute-1")
    try await cloud.perform(.disable, on: "compute-2")
    let server = try await cloud.boot("s")[0]
    let trace = try await cloud.schedulingTrace(for: server.id)
    #expect(trace.hosts.first { $0.host == "compute-1" }?.removedBy == "ComputeFilter")
    #expect(trace.hosts.first { $0.host == "compute-2" }?.removedBy == "Placement")
    #expect(["compute-3", "compute-4"].contains(trace.chosenHost ?? ""))
  }

  @Test func largeRegionsGiveADigestNotTenThousandLines() async throws {
    var region = RegionSpec.standard
    region.hosts = (1...200).map { RegionSpec.standardHost("c\($0)") }
    let cloud = SimulatedCloud(region: region)
    let server = try await cloud.boot("s")[0]
    let trace = try await cloud.schedulingTrace(for: server.id)
    #expect(trace.hosts.count == 3 && trace.omittedHosts == 197)
    #expect(trace.hosts.first?.host == trace.chosenHost)
  }
}
