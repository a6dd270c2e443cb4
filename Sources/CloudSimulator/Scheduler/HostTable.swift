import ServerGroupsCore

/// A host as the scheduler sees it: plain numbers only, so a pass over ten thousand of them stays cheap.
/// The `free…` amounts are placement's (capacity × allocation ratio, minus use); Nova's RAM and disk weighers
/// weigh physical free space instead, and its CPU weigher the unrounded `vcpus × ratio − used`.
package struct HostState: Sendable, Equatable {
  package var freeVCPUs: Int
  package var freeRAMMB: Int
  package var freeDiskGB: Int
  /// Servers placed here since the host's last periodic resource report (Nova's `num_io_ops`).
  package var ioOps: Int
  /// False when the host's compute service is down (ComputeFilter removes it).
  package var isUp: Bool
  /// False when its compute service is disabled (placement no longer offers it).
  package var isEnabled: Bool
  /// MB placement hands out beyond physical RAM: `(memory − reserved) × (ram_allocation_ratio − 1)`, rounded down.
  package var ramOvercommitMB: Int
  /// GB placement hands out beyond the physical disk: `disk × (disk_allocation_ratio − 1)`, rounded down.
  package var diskOvercommitGB: Int
  /// What placement's rounding down drops from `vcpus × cpu_allocation_ratio` (0 for whole products).
  package var vcpuFraction: Double

  package init(
    freeVCPUs: Int, freeRAMMB: Int, freeDiskGB: Int, ioOps: Int = 0, isUp: Bool = true, isEnabled: Bool = true,
    ramOvercommitMB: Int = 0, diskOvercommitGB: Int = 0, vcpuFraction: Double = 0
  ) {
    self.freeVCPUs = freeVCPUs
    self.freeRAMMB = freeRAMMB
    self.freeDiskGB = freeDiskGB
    self.ioOps = ioOps
    self.isUp = isUp
    self.isEnabled = isEnabled
    self.ramOvercommitMB = ramOvercommitMB
    self.diskOvercommitGB = diskOvercommitGB
    self.vcpuFraction = vcpuFraction
  }

  /// An empty host of `spec`'s size.
  package init(_ spec: HostSpec) {
    let physicalRAM = spec.memoryMB - spec.reservedMemoryMB
    self.init(
      freeVCPUs: spec.usableVCPUs, freeRAMMB: spec.usableRAMMB, freeDiskGB: spec.usableDiskGB,
      ramOvercommitMB: spec.usableRAMMB - physicalRAM, diskOvercommitGB: spec.usableDiskGB - spec.diskGB,
      vcpuFraction: Double(spec.vcpus) * spec.cpuAllocationRatio - Double(spec.usableVCPUs))
  }

  /// Nova's `free_ram_mb`: physical RAM less the reservation and what servers use (negative when overcommitted).
  package var physicalFreeRAMMB: Int { freeRAMMB - ramOvercommitMB }
  /// Nova's `free_disk_mb`: physical disk less what servers use, in MB.
  package var physicalFreeDiskMB: Int { (freeDiskGB - diskOvercommitGB) * 1024 }
  /// What Nova's CPU weigher measures: `vcpus × cpu_allocation_ratio − vcpus_used`.
  package var weighedFreeVCPUs: Double { Double(freeVCPUs) + vcpuFraction }

  /// Whether a server of this size still fits.
  package func fits(_ size: ServerSize) -> Bool {
    freeVCPUs >= size.vcpus && freeRAMMB >= size.ramMB && freeDiskGB >= size.diskGB
  }

  package mutating func consume(_ size: ServerSize) {
    freeVCPUs -= size.vcpus
    freeRAMMB -= size.ramMB
    freeDiskGB -= size.diskGB
    ioOps += 1
  }
}

/// The resources one server takes.
package struct ServerSize: Sendable, Equatable {
  package var vcpus: Int
  package var ramMB: Int
  package var diskGB: Int
  /// The flavor's name, for the trace.
  package var flavorName: String

  package init(vcpus: Int, ramMB: Int, diskGB: Int, flavorName: String) {
    self.vcpus = vcpus
    self.ramMB = ramMB
    self.diskGB = diskGB
    self.flavorName = flavorName
  }

  package init(_ flavor: Flavor) {
    self.init(vcpus: flavor.vcpus, ramMB: flavor.ramMB, diskGB: flavor.diskGB, flavorName: flavor.name)
  }
}

/// The group a request is scheduled into: its policy and how many members each host already holds.
package struct GroupContext: Sendable {
  package var summary: GroupSummary
  /// Host index → members of the group placed on that host (hosts with none are absent).
  package var membersOnHost: [Int: Int]

  package init(summary: GroupSummary, membersOnHost: [Int: Int]) {
    self.summary = summary
    self.membersOnHost = membersOnHost
  }
}

/// One call to the scheduler: `count` servers of one size, maybe into a group.
package struct ScheduleRequest: Sendable {
  package var size: ServerSize
  package var count: Int
  package var group: GroupContext?
  /// A host that must not be chosen (the source host of an evacuation).
  package var ignoredHost: Int?
  /// The flavor's extra specs (ComputeCapabilitiesFilter).
  package var extraSpecs: [String: String]
  /// The image's properties (ImagePropertiesFilter).
  package var imageProperties: [String: String]

  package init(
    size: ServerSize, count: Int = 1, group: GroupContext? = nil, ignoredHost: Int? = nil,
    extraSpecs: [String: String] = [:], imageProperties: [String: String] = [:]
  ) {
    self.size = size
    self.count = count
    self.group = group
    self.ignoredHost = ignoredHost
    self.extraSpecs = extraSpecs
    self.imageProperties = imageProperties
  }
}
