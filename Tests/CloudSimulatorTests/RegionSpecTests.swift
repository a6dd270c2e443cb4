import CloudSimulator
import ServerGroupsCore
import Testing

@Suite struct RegionSpecTests {
  static let small = """
    name: workshop
    hosts:
      - name: alpha
        vcpus: 4
        memory_mb: 4096
        disk_gb: 100
      - name: beta
        availability_zone: zone-b
        vcpus: 8
        memory_mb: 16384
        reserved_memory_mb: 1024
        disk_gb: 200
        cpu_allocation_ratio: 4.0
    flavors:
      - {id: "10", name: tiny, vcpus: 1, ram_mb: 256, disk_gb: 1}
    quotas:
      instances: 3
    scheduler:
      soft_affinity_weight_multiplier: 2.5
    """

  @Test func aRegionFileReplacesTheStandardRegion() async throws {
    let spec = try RegionSpec.parse(yaml: Self.small, path: "workshop.yaml")
    #expect(spec.hosts.map(\.name) == ["alpha", "beta"])
    #expect(spec.hosts[1].usableVCPUs == 32 && spec.hosts[1].usableRAMMB == 15360)
    #expect(spec.quotas.instances == 3 && spec.quotas.cores == 20)
    #expect(spec.scheduler.softAffinityWeightMultiplier == 2.5 && spec.scheduler.ioOpsWeightMultiplier == -1)
    #expect(spec.images.map(\.name) == ["cirros", "ubuntu-24.04"])
    let cloud = SimulatedCloud(region: spec)
    #expect(try await cloud.listFlavors().map(\.name) == ["tiny"])
    #expect(await cloud.hostSnapshots()[1].availabilityZone == "zone-b")
  }

  @Test(arguments: [
    ("hosts: []", "`hosts` is empty; a region needs at least one compute host"),
    ("flavors: []", "missing key `hosts`"),
    (
      "hosts:\n  - name: a\n    vcpus: two\n    memory_mb: 1\n    disk_gb: 1",
      "`hosts[0].vcpus` should be a whole number"
    ),
    ("hosts:\n  - name: a\n    memory_mb: 1\n    disk_gb: 1", "missing key `hosts[0].vcpus`"),
    (
      "hosts:\n  - {name: a, vcpus: 1, memory_mb: 1, disk_gb: 1}\n  - {name: a, vcpus: 1, memory_mb: 1, disk_gb: 1}",
      "two hosts are named `a`; host names must be unique"
    ),
    (
      "hosts:\n  - {name: a, vcpus: 0, memory_mb: 1, disk_gb: 1}",
      "host `a` needs positive vcpus, memory_mb and disk_gb"
    ),
    (
      "hosts:\n  - {name: a, vcpus: 1, memory_mb: 512, reserved_memory_mb: 512, disk_gb: 1}",
      "host `a`: reserved_memory_mb must be at least 0 and less than memory_mb"
    ),
    (
      "hosts:\n  - {name: a, vcpus: 1, memory_mb: 1, disk_gb: 1}\nstart_time: yesterday",
      "`start_time`: expected a time like 2026-01-01T09:00:00Z, got `yesterday`"
    ),
  ])
  func badRegionFilesSayWhatIsWrong(_ yaml: String, _ message: String) {
    #expect(throws: RegionFileError(path: "r.yaml", message: message)) {
      try RegionSpec.parse(yaml: yaml, path: "r.yaml")
    }
  }

  @Test func brokenYAMLIsOneLine() throws {
    let error = #expect(throws: RegionFileError.self) { try RegionSpec.parse(yaml: "hosts: [", path: "r.yaml") }
    #expect(error?.message.hasPrefix("not valid YAML: ") == true)
    #expect(error?.description.contains("\n") == false)
  }

  @Test func theSameSeedAndRequestsGiveTheSameIDsTimesAndPlacements() async throws {
    func run(_ seed: UInt64) async throws -> [String] {
      let cloud = SimulatedCloud(seed: seed)
      let group = try await cloud.group("DB Cluster", .antiAffinity)
      let servers = try await cloud.boot("db", into: group, min: 3)
      return [group.id.rawValue] + servers.map { "\($0.id) \($0.host ?? "-") \($0.created) \($0.updated) \($0.hostID)" }
    }
    #expect(try await run(7) == run(7))
    #expect(try await run(7) != run(8))
  }

  @Test func hostIDIsNovasHashOfProjectAndHost() async throws {
    let cloud = SimulatedCloud()
    let server = try await cloud.boot("s")[0]
    let host = try #require(server.host)
    #expect(server.hostID == SHA224.hexDigest(server.projectID.rawValue + host))
    #expect(SHA224.hexDigest("") == "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f")
    #expect(SHA224.hexDigest("abc") == "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")
  }
}
