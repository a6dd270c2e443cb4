import Foundation
import ServerGroupsCore

/// A simulated region as data: hosts, capacities, allocation ratios, flavors, images, networks, users,
/// quotas and scheduler settings. `RegionSpec.standard` is the built-in one; a YAML file can replace it.
package struct RegionSpec: Sendable, Equatable, Codable {
  package var name: String = "RegionOne"
  /// The simulated clock starts here; every change advances it by one second.
  package var startTime: Date = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z
  package var minMicroversion: String = "2.1"
  package var maxMicroversion: String = "2.75"
  package var hosts: [HostSpec]
  package var flavors: [FlavorSpec]
  package var images: [ImageSpec]
  package var networks: [NetworkSpec]
  package var projects: [ProjectSpec]
  package var quotas: QuotaSpec = QuotaSpec()
  package var scheduler: SchedulerSpec = SchedulerSpec()

  package init(
    name: String = "RegionOne", hosts: [HostSpec], flavors: [FlavorSpec], images: [ImageSpec],
    networks: [NetworkSpec], projects: [ProjectSpec], quotas: QuotaSpec = QuotaSpec(),
    scheduler: SchedulerSpec = SchedulerSpec()
  ) {
    self.name = name
    self.hosts = hosts
    self.flavors = flavors
    self.images = images
    self.networks = networks
    self.projects = projects
    self.quotas = quotas
    self.scheduler = scheduler
  }

  enum CodingKeys: String, CodingKey {
    case name, hosts, flavors, images, networks, projects, quotas, scheduler
    case startTime = "start_time"
    case minMicroversion = "min_microversion"
    case maxMicroversion = "max_microversion"
  }

  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? "RegionOne"
    if let text = try c.decodeIfPresent(String.self, forKey: .startTime) {
      guard let date = ISO8601DateFormatter().date(from: text) else {
        throw DecodingError.dataCorruptedError(
          forKey: .startTime, in: c, debugDescription: "expected a time like 2026-01-01T09:00:00Z, got `\(text)`")
      }
      startTime = date
    }
    minMicroversion = try c.decodeIfPresent(String.self, forKey: .minMicroversion) ?? "2.1"
    maxMicroversion = try c.decodeIfPresent(String.self, forKey: .maxMicroversion) ?? "2.75"
    hosts = try c.decode([HostSpec].self, forKey: .hosts)
    flavors = try c.decodeIfPresent([FlavorSpec].self, forKey: .flavors) ?? RegionSpec.standardFlavors
    images = try c.decodeIfPresent([ImageSpec].self, forKey: .images) ?? RegionSpec.standardImages
    networks = try c.decodeIfPresent([NetworkSpec].self, forKey: .networks) ?? [NetworkSpec(name: "private")]
    projects = try c.decodeIfPresent([ProjectSpec].self, forKey: .projects) ?? RegionSpec.standardProjects
    quotas = try c.decodeIfPresent(QuotaSpec.self, forKey: .quotas) ?? QuotaSpec()
    scheduler = try c.decodeIfPresent(SchedulerSpec.self, forKey: .scheduler) ?? SchedulerSpec()
  }

  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(ISO8601DateFormatter().string(from: startTime), forKey: .startTime)
    try c.encode(minMicroversion, forKey: .minMicroversion)
    try c.encode(maxMicroversion, forKey: .maxMicroversion)
    try c.encode(hosts, forKey: .hosts)
    try c.encode(flavors, forKey: .flavors)
    try c.encode(images, forKey: .images)
    try c.encode(networks, forKey: .networks)
    try c.encode(projects, forKey: .projects)
    try c.encode(quotas, forKey: .quotas)
    try c.encode(scheduler, forKey: .scheduler)
  }
}

/// One compute host. Usable capacity = physical × allocation ratio, minus the reservation for RAM.
package struct HostSpec: Sendable, Equatable, Codable {
  package var name: String
  package var availabilityZone: String = "nova"
  package var vcpus: Int
  package var memoryMB: Int
  package var reservedMemoryMB: Int = 0
  package var diskGB: Int
  package var cpuAllocationRatio: Double = 1.0
  package var ramAllocationRatio: Double = 1.0
  package var diskAllocationRatio: Double = 1.0
  /// What the host reports to ComputeCapabilitiesFilter and ImagePropertiesFilter.
  package var properties: HostProperties = HostProperties()

  package init(
    name: String, availabilityZone: String = "nova", vcpus: Int, memoryMB: Int, reservedMemoryMB: Int = 0,
    diskGB: Int, cpuAllocationRatio: Double = 1.0, ramAllocationRatio: Double = 1.0, diskAllocationRatio: Double = 1.0,
    properties: HostProperties = HostProperties()
  ) {
    self.name = name
    self.availabilityZone = availabilityZone
    self.vcpus = vcpus
    self.memoryMB = memoryMB
    self.reservedMemoryMB = reservedMemoryMB
    self.diskGB = diskGB
    self.cpuAllocationRatio = cpuAllocationRatio
    self.ramAllocationRatio = ramAllocationRatio
    self.diskAllocationRatio = diskAllocationRatio
    self.properties = properties
  }

  enum CodingKeys: String, CodingKey {
    case name, vcpus
    case availabilityZone = "availability_zone"
    case memoryMB = "memory_mb"
    case reservedMemoryMB = "reserved_memory_mb"
    case diskGB = "disk_gb"
    case cpuAllocationRatio = "cpu_allocation_ratio"
    case ramAllocationRatio = "ram_allocation_ratio"
    case diskAllocationRatio = "disk_allocation_ratio"
    case hypervisorType = "hypervisor_type"
    case hypervisorVersion = "hypervisor_version"
    case architecture = "cpu_arch"
    case stats
  }

  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    availabilityZone = try c.decodeIfPresent(String.self, forKey: .availabilityZone) ?? "nova"
    vcpus = try c.decode(Int.self, forKey: .vcpus)
    memoryMB = try c.decode(Int.self, forKey: .memoryMB)
    reservedMemoryMB = try c.decodeIfPresent(Int.self, forKey: .reservedMemoryMB) ?? 0
    diskGB = try c.decode(Int.self, forKey: .diskGB)
    cpuAllocationRatio = try c.decodeIfPresent(Double.self, forKey: .cpuAllocationRatio) ?? 1.0
    ramAllocationRatio = try c.decodeIfPresent(Double.self, forKey: .ramAllocationRatio) ?? 1.0
    diskAllocationRatio = try c.decodeIfPresent(Double.self, forKey: .diskAllocationRatio) ?? 1.0
    let standard = HostProperties()
    properties = HostProperties(
      hypervisorType: try c.decodeIfPresent(String.self, forKey: .hypervisorType) ?? standard.hypervisorType,
      hypervisorVersion: try c.decodeIfPresent(Int.self, forKey: .hypervisorVersion) ?? standard.hypervisorVersion,
      architecture: try c.decodeIfPresent(String.self, forKey: .architecture) ?? standard.architecture,
      stats: try c.decodeIfPresent([String: String].self, forKey: .stats) ?? [:])
  }

  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(availabilityZone, forKey: .availabilityZone)
    try c.encode(vcpus, forKey: .vcpus)
    try c.encode(memoryMB, forKey: .memoryMB)
    try c.encode(reservedMemoryMB, forKey: .reservedMemoryMB)
    try c.encode(diskGB, forKey: .diskGB)
    try c.encode(cpuAllocationRatio, forKey: .cpuAllocationRatio)
    try c.encode(ramAllocationRatio, forKey: .ramAllocationRatio)
    try c.encode(diskAllocationRatio, forKey: .diskAllocationRatio)
    try c.encode(properties.hypervisorType, forKey: .hypervisorType)
    try c.encode(properties.hypervisorVersion, forKey: .hypervisorVersion)
    try c.encode(properties.architecture, forKey: .architecture)
    try c.encode(properties.stats, forKey: .stats)
  }

  /// vCPUs the scheduler may hand out.
  package var usableVCPUs: Int { Self.scaled(vcpus, cpuAllocationRatio) }
  /// MB of RAM the scheduler may hand out.
  package var usableRAMMB: Int { Self.scaled(memoryMB.clampedSubtracting(reservedMemoryMB), ramAllocationRatio) }
  /// GB of disk the scheduler may hand out.
  package var usableDiskGB: Int { Self.scaled(diskGB, diskAllocationRatio) }

  /// `amount × ratio` rounded down, clamped into `0...Int.max / 4` (region files are range-checked; a spec
  /// built another way still cannot trap here, nor make a sum of hosts overflow).
  static func scaled(_ amount: Int, _ ratio: Double) -> Int {
    let product = (Double(amount) * ratio).rounded(.down)
    guard product.isFinite else { return product > 0 ? Int.max / 4 : 0 }
    return Int(Swift.min(Swift.max(product, 0), Double(Int.max / 4)))
  }
}

/// A flavor in the region file.
package struct FlavorSpec: Sendable, Equatable, Codable {
  package var id: String
  package var name: String
  package var vcpus: Int
  package var ramMB: Int
  package var diskGB: Int
  /// Nova's flavor extra specs; ComputeCapabilitiesFilter matches the unscoped and `capabilities:` ones.
  package var extraSpecs: [String: String]?

  package init(id: String, name: String, vcpus: Int, ramMB: Int, diskGB: Int, extraSpecs: [String: String]? = nil) {
    self.id = id
    self.name = name
    self.vcpus = vcpus
    self.ramMB = ramMB
    self.diskGB = diskGB
    self.extraSpecs = extraSpecs
  }

  enum CodingKeys: String, CodingKey {
    case id, name, vcpus
    case ramMB = "ram_mb"
    case diskGB = "disk_gb"
    case extraSpecs = "extra_specs"
  }
}

/// An image in the region file; its ID is derived from the seed when not given.
package struct ImageSpec: Sendable, Equatable, Codable {
  package var id: String?
  package var name: String
  package var minDiskGB: Int?
  package var minRamMB: Int?
  /// Glance image properties; ImagePropertiesFilter reads `hw_architecture`, `img_hv_type`, `hw_vm_mode` and
  /// `img_hv_requested_version`.
  package var properties: [String: String]?

  package init(
    id: String? = nil, name: String, minDiskGB: Int? = nil, minRamMB: Int? = nil, properties: [String: String]? = nil
  ) {
    self.id = id
    self.name = name
    self.minDiskGB = minDiskGB
    self.minRamMB = minRamMB
    self.properties = properties
  }

  enum CodingKeys: String, CodingKey {
    case id, name, properties
    case minDiskGB = "min_disk_gb"
    case minRamMB = "min_ram_mb"
  }
}

/// A network in the region file, shared by every project.
package struct NetworkSpec: Sendable, Equatable, Codable {
  package var id: String?
  package var name: String
  package var cidr: String

  package init(id: String? = nil, name: String, cidr: String = "10.0.0.0/24") {
    self.id = id
    self.name = name
    self.cidr = cidr
  }

  enum CodingKeys: String, CodingKey { case id, name, cidr }

  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decodeIfPresent(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    cidr = try c.decodeIfPresent(String.self, forKey: .cidr) ?? "10.0.0.0/24"
  }
}

/// A project and its users.
package struct ProjectSpec: Sendable, Equatable, Codable {
  package var name: String
  package var users: [UserSpec]

  package init(name: String, users: [UserSpec]) {
    self.name = name
    self.users = users
  }
}

/// A user and the roles it holds in its project.
package struct UserSpec: Sendable, Equatable, Codable {
  package var name: String
  package var roles: [Role]

  package init(name: String, roles: [Role]) {
    self.name = name
    self.roles = roles
  }
}

/// Per-project quotas, with Nova's defaults.
package struct QuotaSpec: Sendable, Equatable, Codable {
  package var instances: Int = 10
  package var cores: Int = 20
  package var ramMB: Int = 51_200
  package var serverGroups: Int = 10
  package var serverGroupMembers: Int = 10
  /// Not a Nova quota: the most servers one create request may boot, whatever the quotas say (with quotas
  /// off, nothing else bounds `max_count`). A request past it gets a 403 in Nova's quota words.
  package var maxServersPerRequest: Int = 1_000

  package init(
    instances: Int = 10, cores: Int = 20, ramMB: Int = 51_200, serverGroups: Int = 10, serverGroupMembers: Int = 10,
    maxServersPerRequest: Int = 1_000
  ) {
    self.instances = instances
    self.cores = cores
    self.ramMB = ramMB
    self.serverGroups = serverGroups
    self.serverGroupMembers = serverGroupMembers
    self.maxServersPerRequest = maxServersPerRequest
  }

  enum CodingKeys: String, CodingKey {
    case instances, cores
    case ramMB = "ram_mb"
    case serverGroups = "server_groups"
    case serverGroupMembers = "server_group_members"
    case maxServersPerRequest = "max_servers_per_request"
  }

  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    instances = try c.decodeIfPresent(Int.self, forKey: .instances) ?? 10
    cores = try c.decodeIfPresent(Int.self, forKey: .cores) ?? 20
    ramMB = try c.decodeIfPresent(Int.self, forKey: .ramMB) ?? 51_200
    serverGroups = try c.decodeIfPresent(Int.self, forKey: .serverGroups) ?? 10
    serverGroupMembers = try c.decodeIfPresent(Int.self, forKey: .serverGroupMembers) ?? 10
    maxServersPerRequest = try c.decodeIfPresent(Int.self, forKey: .maxServersPerRequest) ?? 1_000
  }
}

/// Scheduler settings, named after Nova's `[filter_scheduler]` options.
package struct SchedulerSpec: Sendable, Equatable, Codable {
  package var enabledFilters: [String] = SchedulerSpec.defaultFilters
  /// Nova's `weight_classes`; `all_weighers` (the default) enables every weigher.
  package var weightClasses: [String] = ["nova.scheduler.weights.all_weighers"]
  package var ramWeightMultiplier: Double = 1.0
  package var cpuWeightMultiplier: Double = 1.0
  package var diskWeightMultiplier: Double = 1.0
  package var ioOpsWeightMultiplier: Double = -1.0
  package var softAffinityWeightMultiplier: Double = 1.0
  package var softAntiAffinityWeightMultiplier: Double = 1.0
  /// Seconds between each compute host's periodic resource report, which resets its count of builds in progress.
  package var resourceReportInterval: Int = 60

  /// Nova's default `enabled_filters`, in Nova's order.
  package static let defaultFilters = Filter.allCases.map(\.rawValue)

  package init() {}

  /// Whether a weigher is configured, by class name (`ServerGroupSoftAffinityWeigher`).
  package func hasWeigher(_ name: String) -> Bool {
    weightClasses.contains { $0 == "nova.scheduler.weights.all_weighers" || $0 == name || $0.hasSuffix("." + name) }
  }

  enum CodingKeys: String, CodingKey {
    case enabledFilters = "enabled_filters"
    case weightClasses = "weight_classes"
    case ramWeightMultiplier = "ram_weight_multiplier"
    case cpuWeightMultiplier = "cpu_weight_multiplier"
    case diskWeightMultiplier = "disk_weight_multiplier"
    case ioOpsWeightMultiplier = "io_ops_weight_multiplier"
    case softAffinityWeightMultiplier = "soft_affinity_weight_multiplier"
    case softAntiAffinityWeightMultiplier = "soft_anti_affinity_weight_multiplier"
    case resourceReportInterval = "resource_report_interval"
  }

  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    enabledFilters = try c.decodeIfPresent([String].self, forKey: .enabledFilters) ?? Self.defaultFilters
    weightClasses =
      try c.decodeIfPresent([String].self, forKey: .weightClasses) ?? ["nova.scheduler.weights.all_weighers"]
    ramWeightMultiplier = try c.decodeIfPresent(Double.self, forKey: .ramWeightMultiplier) ?? 1.0
    cpuWeightMultiplier = try c.decodeIfPresent(Double.self, forKey: .cpuWeightMultiplier) ?? 1.0
    diskWeightMultiplier = try c.decodeIfPresent(Double.self, forKey: .diskWeightMultiplier) ?? 1.0
    ioOpsWeightMultiplier = try c.decodeIfPresent(Double.self, forKey: .ioOpsWeightMultiplier) ?? -1.0
    softAffinityWeightMultiplier = try c.decodeIfPresent(Double.self, forKey: .softAffinityWeightMultiplier) ?? 1.0
    softAntiAffinityWeightMultiplier =
      try c.decodeIfPresent(Double.self, forKey: .softAntiAffinityWeightMultiplier) ?? 1.0
    resourceReportInterval = try c.decodeIfPresent(Int.self, forKey: .resourceReportInterval) ?? 60
  }
}
