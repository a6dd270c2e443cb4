import CloudSimulator
import ServerGroupsCore
import Testing

/// Numbers at and past the ends of `Int` in requests and region files: Nova's answer or one line, never a trap,
/// and the region unchanged.
@Suite struct BadNumberTests {
  @Test func int64MaxCountsAfterABootGetNovasQuotaText() async throws {
    let cloud = SimulatedCloud()
    try await cloud.boot("first")
    await expectError(
      .forbidden("Quota exceeded for instances: Requested 9223372036854775807, but already used 1 of 10 instances")
    ) {
      try await cloud.boot("x", min: .max, max: .max)
    }
    #expect(try await cloud.listServers(ServerListQuery()).count == 1)
    #expect(try await cloud.limits().instancesUsed == 1)
  }

  @Test func coreQuotaTextSpellsOutAProductPastInt64() async throws {
    let cloud = SimulatedCloud(region: .hosts(2, quotas: QuotaSpec(instances: -1, cores: 4)))
    await expectError(
      .forbidden("Quota exceeded for cores: Requested 18446744073709551614, but already used 0 of 4 cores")
    ) {
      try await cloud.boot("x", flavor: "3", min: .max, max: .max)
    }
  }

  @Test func withoutQuotasOneRequestBootsAtMostTheCeiling() async throws {
    let unlimited = QuotaSpec(instances: -1, cores: -1, ramMB: -1, maxServersPerRequest: 5)
    let cloud = SimulatedCloud(region: .hosts(4, quotas: unlimited))
    await expectError(
      .forbidden(
        "Quota exceeded for instances: Requested 100000000, but this sandbox boots at most 5 servers in one "
          + "request (region key quotas.max_servers_per_request)")
    ) {
      try await cloud.boot("x", min: 100_000_000)
    }
    #expect(try await cloud.listServers(ServerListQuery()).isEmpty)
    let some = try await cloud.boot("y", min: 1, max: 100_000_000)
    #expect(some.count == 5)
  }

  @Test func aCountPastInt64IsQuotedAsGivenEvenInProducts() async throws {
    let cloud = SimulatedCloud(region: .hosts(2, quotas: QuotaSpec(instances: -1, cores: 4)))
    var request = ServerCreateRequest(
      name: "x", flavorID: FlavorID("3"), imageID: nil, networks: .none, minCount: .max, maxCount: .max)
    request.minCountDigits = "99999999999999999999999"
    request.maxCountDigits = "99999999999999999999999"
    await expectError(
      .forbidden("Quota exceeded for cores: Requested 199999999999999999999998, but already used 0 of 4 cores")
    ) {
      try await cloud.createServers(request)
    }
    #expect(BigDecimal.product("9223372036854775808", 1024) == "9444732965739290427392")
    #expect(BigDecimal.product("0", 7) == "0")
  }

  @Test func theDefaultCeilingIsOneThousand() {
    #expect(QuotaSpec().maxServersPerRequest == 1_000)
    #expect(RegionSpec.standard.quotas.maxServersPerRequest == 1_000)
  }

  static let host = "hosts:\n  - {name: a, vcpus: 4, memory_mb: 4096, disk_gb: 40"

  @Test(arguments: [
    (
      host + ", cpu_allocation_ratio: 1e300}",
      "`hosts[0].cpu_allocation_ratio` is 1e+300; it must be a finite number from 0.0001 to 1000.0"
    ),
    (
      host + ", ram_allocation_ratio: .inf}",
      "`hosts[0].ram_allocation_ratio` is inf; it must be a finite number from 0.0001 to 1000.0"
    ),
    (
      "hosts:\n  - {name: a, vcpus: 9223372036854775807, memory_mb: 4096, disk_gb: 40}",
      "`hosts[0].vcpus` is 9223372036854775807; it must be a whole number from 1 to 100000"
    ),
    (
      "hosts:\n  - {name: a, vcpus: 4, memory_mb: 9000000000000, disk_gb: 40}",
      "`hosts[0].memory_mb` is 9000000000000; it must be a whole number from 1 to 1000000000"
    ),
    (
      host + "}\nscheduler: {soft_affinity_weight_multiplier: 1e32}",
      "`scheduler.soft_affinity_weight_multiplier` is 1e+32; it must be a finite number from -1000000.0 to 1000000.0"
    ),
    (
      host + "}\nscheduler: {ram_weight_multiplier: .nan}",
      "`scheduler.ram_weight_multiplier` is nan; it must be a finite number from -1000000.0 to 1000000.0"
    ),
    (
      host + "}\nquotas: {instances: 9223372036854775807}",
      "`quotas.instances` is 9223372036854775807; it must be a whole number from -1 to 1000000000"
    ),
    (
      host + "}\nquotas: {max_servers_per_request: 0}",
      "`quotas.max_servers_per_request` is 0; it must be a whole number from 1 to 100000"
    ),
    (
      host + "}\nflavors:\n  - {id: '1', name: f, vcpus: 1, ram_mb: 9223372036854775807, disk_gb: 1}",
      "`flavors[0].ram_mb` is 9223372036854775807; it must be a whole number from 1 to 1000000000"
    ),
    (
      host + "}\nscheduler: {resource_report_interval: 9223372036854775807}",
      "`scheduler.resource_report_interval` is 9223372036854775807; it must be a whole number from 1 to 86400"
    ),
  ])
  func regionNumbersOutOfRangeAreOneLine(_ yaml: String, _ message: String) {
    #expect(throws: RegionFileError(path: "r.yaml", message: message)) {
      try RegionSpec.parse(yaml: yaml, path: "r.yaml")
    }
  }

  @Test func aNumberPastInt64InARegionFileIsOneLine() {
    let error = #expect(throws: RegionFileError.self) {
      let yaml = "hosts:\n  - {name: a, vcpus: 4, memory_mb: 1, disk_gb: 9223372036854775808}"
      return try RegionSpec.parse(yaml: yaml, path: "r.yaml")
    }
    #expect(error?.description.hasPrefix("r.yaml: `hosts[0].disk_gb`") == true)
    #expect(error?.description.contains("\n") == false)
  }

  @Test func theLargestAllowedRegionStillComputes() async throws {
    let yaml = """
      hosts:
        - {name: a, vcpus: 100000, memory_mb: 1000000000, disk_gb: 1000000000, cpu_allocation_ratio: 1000, \
      ram_allocation_ratio: 1000, disk_allocation_ratio: 1000}
      quotas: {instances: -1, cores: -1, ram_mb: -1, max_servers_per_request: 100000}
      scheduler: {ram_weight_multiplier: 1000000, cpu_weight_multiplier: -1000000}
      """
    let cloud = SimulatedCloud(region: try RegionSpec.parse(yaml: yaml, path: "r.yaml"))
    let servers = try await cloud.boot("x", flavor: "1", min: 3)
    #expect(servers.allSatisfy { $0.status == .active })
  }
}
