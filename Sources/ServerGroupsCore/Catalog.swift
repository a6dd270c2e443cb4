/// A flavor: the size of a server.
package struct Flavor: Hashable, Sendable, Codable, Identifiable {
  package var id: FlavorID
  package var name: String
  package var vcpus: Int
  package var ramMB: Int
  package var diskGB: Int
  package var isPublic: Bool

  package init(id: FlavorID, name: String, vcpus: Int, ramMB: Int, diskGB: Int, isPublic: Bool = true) {
    self.id = id
    self.name = name
    self.vcpus = vcpus
    self.ramMB = ramMB
    self.diskGB = diskGB
    self.isPublic = isPublic
  }
}

/// An image a server boots from.
package struct Image: Hashable, Sendable, Codable, Identifiable {
  package var id: ImageID
  package var name: String
  package var status: String
  package var minDiskGB: Int
  package var minRamMB: Int

  package init(id: ImageID, name: String, status: String = "active", minDiskGB: Int = 0, minRamMB: Int = 0) {
    self.id = id
    self.name = name
    self.status = status
    self.minDiskGB = minDiskGB
    self.minRamMB = minRamMB
  }
}

/// A network servers attach to.
package struct Network: Hashable, Sendable, Codable, Identifiable {
  package var id: NetworkID
  package var name: String
  package var projectID: ProjectID?
  package var isShared: Bool
  package var subnets: [String]
  /// The subnet's address range (the simulator's networks have one subnet), when known.
  package var cidr: String?

  package init(
    id: NetworkID, name: String, projectID: ProjectID? = nil, isShared: Bool = false, subnets: [String] = [],
    cidr: String? = nil
  ) {
    self.id = id
    self.name = name
    self.projectID = projectID
    self.isShared = isShared
    self.subnets = subnets
    self.cidr = cidr
  }
}

/// A compute host (hypervisor) as an administrator sees it.
package struct Hypervisor: Hashable, Sendable, Codable {
  package var id: String
  package var hostname: String
  package var state: String
  package var status: String
  package var hostIP: String
  package var vcpus: Int
  package var vcpusUsed: Int
  package var memoryMB: Int
  package var memoryMBUsed: Int
  package var localGB: Int
  package var localGBUsed: Int
  package var runningVMs: Int
  package var availabilityZone: String
  /// Nova's `hypervisor_type` (`QEMU`, `ironic`, …).
  package var hypervisorType: String
  /// Nova's integer form, three digits per part: 8002000 is 8.2.0.
  package var hypervisorVersion: Int
  /// The architecture `cpu_info` reports (`x86_64`, `aarch64`, …).
  package var cpuArch: String

  package init(
    id: String, hostname: String, state: String, status: String, hostIP: String, vcpus: Int, vcpusUsed: Int,
    memoryMB: Int, memoryMBUsed: Int, localGB: Int, localGBUsed: Int, runningVMs: Int, availabilityZone: String,
    hypervisorType: String = "QEMU", hypervisorVersion: Int = 8_002_000, cpuArch: String = "x86_64"
  ) {
    self.id = id
    self.hostname = hostname
    self.state = state
    self.status = status
    self.hostIP = hostIP
    self.vcpus = vcpus
    self.vcpusUsed = vcpusUsed
    self.memoryMB = memoryMB
    self.memoryMBUsed = memoryMBUsed
    self.localGB = localGB
    self.localGBUsed = localGBUsed
    self.runningVMs = runningVMs
    self.availabilityZone = availabilityZone
    self.hypervisorType = hypervisorType
    self.hypervisorVersion = hypervisorVersion
    self.cpuArch = cpuArch
  }
}

/// A project's absolute limits and usage, as `GET /limits` reports them.
package struct Limits: Hashable, Sendable, Codable {
  package var maxInstances: Int
  package var maxCores: Int
  package var maxRAMMB: Int
  package var maxServerGroups: Int
  package var maxServerGroupMembers: Int
  package var instancesUsed: Int
  package var coresUsed: Int
  package var ramUsedMB: Int
  package var serverGroupsUsed: Int

  package init(
    maxInstances: Int, maxCores: Int, maxRAMMB: Int, maxServerGroups: Int, maxServerGroupMembers: Int,
    instancesUsed: Int, coresUsed: Int, ramUsedMB: Int, serverGroupsUsed: Int
  ) {
    self.maxInstances = maxInstances
    self.maxCores = maxCores
    self.maxRAMMB = maxRAMMB
    self.maxServerGroups = maxServerGroups
    self.maxServerGroupMembers = maxServerGroupMembers
    self.instancesUsed = instancesUsed
    self.coresUsed = coresUsed
    self.ramUsedMB = ramUsedMB
    self.serverGroupsUsed = serverGroupsUsed
  }
}

/// Who is calling: the token's project, user and roles.
package struct Caller: Hashable, Sendable, Codable {
  package var projectID: ProjectID
  package var userID: UserID
  package var roles: Set<Role>

  package init(projectID: ProjectID, userID: UserID, roles: Set<Role>) {
    self.projectID = projectID
    self.userID = userID
    self.roles = roles
  }

  /// Keystone's default role implication: admin implies member implies reader.
  package var isAdmin: Bool { roles.contains(.admin) }
  package var isMember: Bool { isAdmin || roles.contains(.member) }
  package var isReader: Bool { isMember || roles.contains(.reader) }
}

/// Keystone's default roles.
package enum Role: String, Sendable, Codable, Hashable, CaseIterable {
  case admin, member, reader
}
