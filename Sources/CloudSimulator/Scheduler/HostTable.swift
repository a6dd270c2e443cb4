import ServerGroupsCore

/// A host as the scheduler sees it: plain numbers only, so a pass over ten thousand of them stays cheap.
/// The `free…` amounts are placement's: capacity × allocation ratio, less what servers use.
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

  package init(
    freeVCPUs: Int, freeRAMMB: Int, freeDiskGB: Int, ioOps: Int = 0, isUp: Bool = true, isEnabled: Bool = true
  ) {
    self.freeVCPUs = freeVCPUs
    self.freeRAMMB = freeRAMMB
    self.freeDiskGB = freeDiskGB
    self.ioOps = ioOps
    self.isUp = isUp
    self.isEnabled = isEnabled
  }

  /// An empty host of `spec`'s size.
  package init(_ spec: HostSpec) {
    self.init(freeVCPUs: spec.usableVCPUs, freeRAMMB: spec.usableRAMMB, freeDiskGB: spec.usableDiskGB)
  }

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

/// How far a host's allocation ratios stretch placement's capacity past the physical amounts, fixed by its spec.
/// Nova's RAM and disk weighers weigh physical free space (`free_ram_mb`, `free_disk_mb`), its CPU weigher the
/// unrounded `vcpus × cpu_allocation_ratio − vcpus_used`; placement hands out the rounded-down products.
package struct Overcommit: Sendable, Equatable {
  /// `(memory − reserved) × ram_allocation_ratio`, rounded down, less the physical `memory − reserved`.
  package var ramMB: Int
  /// `disk × disk_allocation_ratio`, rounded down, less the physical disk.
  package var diskGB: Int
  /// What rounding down drops from `vcpus × cpu_allocation_ratio`.
  package var vcpuFraction: Double

  package init(ramMB: Int = 0, diskGB: Int = 0, vcpuFraction: Double = 0) {
    self.ramMB = ramMB
    self.diskGB = diskGB
    self.vcpuFraction = vcpuFraction
  }

  package init(_ spec: HostSpec) {
    self.init(
      ramMB: spec.usableRAMMB - (spec.memoryMB - spec.reservedMemoryMB), diskGB: spec.usableDiskGB - spec.diskGB,
      vcpuFraction: Double(spec.vcpus) * spec.cpuAllocationRatio - Double(spec.usableVCPUs))
  }

  /// Nova's `free_ram_mb`: physical RAM less the reservation and what servers use (negative when overcommitted).
  package func physicalFreeRAMMB(_ state: HostState) -> Int { state.freeRAMMB - ramMB }
  /// Nova's `free_disk_mb`: physical disk less what servers use, in MB.
  package func physicalFreeDiskMB(_ state: HostState) -> Int { (state.freeDiskGB - diskGB) * 1024 }
  /// What Nova's CPU weigher measures: `vcpus × cpu_allocation_ratio − vcpus_used`.
  package func freeVCPUs(_ state: HostState) -> Double { Double(state.freeVCPUs) + vcpuFraction }
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
  /// The only host that may be chosen (`evacuate` with `host`: Nova's requested destination), or nil.
  package var requestedHost: Int?
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
    self.requestedHost = nil
  }
}
