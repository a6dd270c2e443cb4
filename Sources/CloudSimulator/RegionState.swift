import Foundation
import ServerGroupsCore

/// Everything a simulated region holds, as one value: copying it is a checkpoint, encoding it is a save file.
struct RegionState: Sendable, Codable {
  var rng: SeededGenerator
  var clock: Date
  var nextReport: Date
  /// Counts periodic resource reports; a server placed in the current one still counts as a build in progress.
  var reportEpoch: Int = 0
  var serial: Int = 0

  var hostNames: [String]
  var hostIndex: [String: Int]
  /// The scheduler's view of each host, kept current as servers come and go.
  var hostStates: [HostState]
  var hosts: [HostRecord]

  var projects: [ProjectRecord]
  var users: [UserRecord]
  var flavors: [Flavor]
  var images: [Image]
  var networks: [Network]
  var addressCounter: [String: Int] = [:]

  var groups: TrackedTable<ServerGroupID, GroupRecord> = [:]
  var servers: TrackedTable<ServerID, ServerRecord> = [:]
  var usage: [ProjectID: ProjectUsage] = [:]
  /// Counts placements, so a host's servers can be put back in arrival order when they are loaded one by one
  /// (nil in states saved before it existed).
  var arrivals: Int?
  /// Quotas an admin changed per project (`os-quota-sets` keys), over the region's defaults (nil in states
  /// saved before it existed).
  var quotaOverrides: [ProjectID: [String: Int]]?
}

/// The parts of a host the scheduler does not need.
struct HostRecord: Sendable, Codable {
  var spec: HostSpec
  var hypervisorID: String
  var hostIP: String
  /// Capacity taken by `fill` (load from outside the project).
  var filler: ServerSize?
  /// Servers on the host, any project, in arrival order.
  var servers: [ServerID] = []
}

struct ProjectRecord: Sendable, Codable {
  var id: ProjectID
  var name: String
}

struct UserRecord: Sendable, Codable {
  var id: UserID
  var name: String
  var projectID: ProjectID
  var roles: [Role]
}

struct GroupRecord: Sendable, Codable {
  var group: ServerGroup
  var serial: Int
  /// Host index → members placed there.
  var membersOnHost: [Int: Int] = [:]
  /// User → members that user created (Nova's member quota counts per user).
  var membersByUser: [UserID: Int] = [:]
}

struct ServerRecord: Sendable, Codable {
  var server: Server
  var serial: Int
  var size: ServerSize
  var hostIndex: Int?
  var groupID: ServerGroupID?
  var trace: SchedulingTrace?
  /// The resource report during which the server was placed (it is in its host's `num_io_ops` until the next).
  var placedInReport: Int?
  /// When it arrived on its host, counted by `RegionState.arrivals` (orders a host's servers when loading).
  var arrival: Int?
}

struct ProjectUsage: Sendable, Codable {
  var instances = 0
  var cores = 0
  var ramMB = 0
  var serverGroups = 0
}

extension ServerSize: Codable {
  enum CodingKeys: String, CodingKey { case vcpus, ramMB, diskGB, flavorName }
  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      vcpus: try c.decode(Int.self, forKey: .vcpus), ramMB: try c.decode(Int.self, forKey: .ramMB),
      diskGB: try c.decode(Int.self, forKey: .diskGB), flavorName: try c.decode(String.self, forKey: .flavorName))
  }
  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(vcpus, forKey: .vcpus)
    try c.encode(ramMB, forKey: .ramMB)
    try c.encode(diskGB, forKey: .diskGB)
    try c.encode(flavorName, forKey: .flavorName)
  }
}

extension HostState: Codable {
  enum CodingKeys: String, CodingKey { case freeVCPUs, freeRAMMB, freeDiskGB, ioOps, isUp, isEnabled }
  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      freeVCPUs: try c.decode(Int.self, forKey: .freeVCPUs), freeRAMMB: try c.decode(Int.self, forKey: .freeRAMMB),
      freeDiskGB: try c.decode(Int.self, forKey: .freeDiskGB), ioOps: try c.decode(Int.self, forKey: .ioOps),
      isUp: try c.decode(Bool.self, forKey: .isUp), isEnabled: try c.decode(Bool.self, forKey: .isEnabled))
  }
  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(freeVCPUs, forKey: .freeVCPUs)
    try c.encode(freeRAMMB, forKey: .freeRAMMB)
    try c.encode(freeDiskGB, forKey: .freeDiskGB)
    try c.encode(ioOps, forKey: .ioOps)
    try c.encode(isUp, forKey: .isUp)
    try c.encode(isEnabled, forKey: .isEnabled)
  }
}

extension RegionState {
  /// A fresh region from its spec; every ID comes from the seed.
  init(spec: RegionSpec, seed: UInt64) {
    var rng = SeededGenerator(seed: seed)
    let hostIDs = spec.hosts.map { _ in rng.uuid() }
    var projects: [ProjectRecord] = []
    var users: [UserRecord] = []
    for project in spec.projects {
      let record = ProjectRecord(id: ProjectID(rng.hex32()), name: project.name)
      projects.append(record)
      for user in project.users {
        users.append(UserRecord(id: UserID(rng.hex32()), name: user.name, projectID: record.id, roles: user.roles))
      }
    }
    let images = spec.images.map { image in
      Image(
        id: ImageID(image.id ?? rng.uuid()), name: image.name, minDiskGB: image.minDiskGB ?? 0,
        minRamMB: image.minRamMB ?? 0)
    }
    let networks = spec.networks.map { network in
      Network(
        id: NetworkID(network.id ?? rng.uuid()), name: network.name, isShared: true, subnets: [rng.uuid()],
        cidr: network.cidr)
    }
    self.init(
      rng: rng,
      clock: spec.startTime,
      nextReport: spec.startTime.addingTimeInterval(TimeInterval(spec.scheduler.resourceReportInterval)),
      hostNames: spec.hosts.map(\.name),
      hostIndex: Dictionary(uniqueKeysWithValues: spec.hosts.enumerated().map { ($1.name, $0) }),
      hostStates: spec.hosts.map(HostState.init),
      hosts: spec.hosts.enumerated().map { index, host in
        HostRecord(
          spec: host, hypervisorID: hostIDs[index], hostIP: "192.168.\(index / 250 + 10).\(index % 250 + 1)")
      },
      projects: projects,
      users: users,
      flavors: spec.flavors.map {
        Flavor(id: FlavorID($0.id), name: $0.name, vcpus: $0.vcpus, ramMB: $0.ramMB, diskGB: $0.diskGB)
      },
      images: images,
      networks: networks)
  }
}
