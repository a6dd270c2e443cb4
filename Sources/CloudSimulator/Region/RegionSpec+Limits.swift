/// The ranges every number in a region file must lie in, so that capacity, quota and weight arithmetic can
/// never overflow or turn into infinity: the largest host times the largest ratio, summed over the most
/// hosts, stays far below `Int.max`.
extension RegionSpec {
  package static let maxHosts = 10_000
  static let counts = 1...100_000
  static let sizes = 1...1_000_000_000
  static let quotaRange = -1...1_000_000_000
  static let ratioRange = 0.0001...1_000.0
  static let multiplierRange = -1_000_000.0...1_000_000.0

  /// The first number out of its range, as `` `key` is value; it must be … `` naming the key's full path.
  func rangeProblem() -> String? {
    func whole(_ key: String, _ value: Int, _ range: ClosedRange<Int>) -> String? {
      range.contains(value)
        ? nil : "`\(key)` is \(value); it must be a whole number from \(range.lowerBound) to \(range.upperBound)"
    }
    func real(_ key: String, _ value: Double, _ range: ClosedRange<Double>) -> String? {
      range.contains(value)
        ? nil : "`\(key)` is \(value); it must be a finite number from \(range.lowerBound) to \(range.upperBound)"
    }
    if hosts.count > Self.maxHosts { return "`hosts` lists \(hosts.count) hosts; at most \(Self.maxHosts) are allowed" }
    var problems: [String?] = []
    for (index, host) in hosts.enumerated() {
      let key = "hosts[\(index)]."
      problems += [
        whole(key + "vcpus", host.vcpus, Self.counts), whole(key + "memory_mb", host.memoryMB, Self.sizes),
        whole(key + "reserved_memory_mb", host.reservedMemoryMB, 0...Self.sizes.upperBound),
        whole(key + "disk_gb", host.diskGB, Self.sizes),
        real(key + "cpu_allocation_ratio", host.cpuAllocationRatio, Self.ratioRange),
        real(key + "ram_allocation_ratio", host.ramAllocationRatio, Self.ratioRange),
        real(key + "disk_allocation_ratio", host.diskAllocationRatio, Self.ratioRange),
      ]
    }
    for (index, flavor) in flavors.enumerated() {
      let key = "flavors[\(index)]."
      problems += [
        whole(key + "vcpus", flavor.vcpus, Self.counts), whole(key + "ram_mb", flavor.ramMB, Self.sizes),
        whole(key + "disk_gb", flavor.diskGB, 0...Self.sizes.upperBound),
      ]
    }
    for (index, image) in images.enumerated() {
      let key = "images[\(index)]."
      problems += [
        image.minDiskGB.flatMap { whole(key + "min_disk_gb", $0, 0...Self.sizes.upperBound) },
        image.minRamMB.flatMap { whole(key + "min_ram_mb", $0, 0...Self.sizes.upperBound) },
      ]
    }
    problems += [
      whole("quotas.instances", quotas.instances, Self.quotaRange),
      whole("quotas.cores", quotas.cores, Self.quotaRange),
      whole("quotas.ram_mb", quotas.ramMB, Self.quotaRange),
      whole("quotas.server_groups", quotas.serverGroups, Self.quotaRange),
      whole("quotas.server_group_members", quotas.serverGroupMembers, Self.quotaRange),
      whole("quotas.max_servers_per_request", quotas.maxServersPerRequest, Self.counts),
      whole("scheduler.resource_report_interval", scheduler.resourceReportInterval, 1...86_400),
    ]
    let weights: [(String, Double)] = [
      ("ram_weight_multiplier", scheduler.ramWeightMultiplier),
      ("cpu_weight_multiplier", scheduler.cpuWeightMultiplier),
      ("disk_weight_multiplier", scheduler.diskWeightMultiplier),
      ("io_ops_weight_multiplier", scheduler.ioOpsWeightMultiplier),
      ("soft_affinity_weight_multiplier", scheduler.softAffinityWeightMultiplier),
      ("soft_anti_affinity_weight_multiplier", scheduler.softAntiAffinityWeightMultiplier),
    ]
    for (name, value) in weights { problems.append(real("scheduler." + name, value, Self.multiplierRange)) }
    return problems.lazy.compactMap { $0 }.first
  }
}
