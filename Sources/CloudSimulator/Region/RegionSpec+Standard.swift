import ServerGroupsCore

extension RegionSpec {
  /// The built-in region: four equal hosts sized like the reference Nova 34 test bed (2 pCPU × 2.0 = 4 vCPU,
  /// 8192 MB with 512 reserved, 1028 GB), so four `m1.tiny` fill a host and `m1.large` fits nowhere.
  package static let standard = RegionSpec(
    hosts: (1...4).map { standardHost("compute-\($0)") },
    flavors: standardFlavors,
    images: standardImages,
    networks: [NetworkSpec(name: "private")],
    projects: standardProjects)

  /// A host of the standard size.
  package static func standardHost(_ name: String) -> HostSpec {
    HostSpec(
      name: name, vcpus: 2, memoryMB: 8192, reservedMemoryMB: 512, diskGB: 1028, cpuAllocationRatio: 2.0)
  }

  package static let standardFlavors = [
    FlavorSpec(id: "1", name: "m1.tiny", vcpus: 1, ramMB: 512, diskGB: 1),
    FlavorSpec(id: "2", name: "m1.small", vcpus: 1, ramMB: 2048, diskGB: 20),
    FlavorSpec(id: "3", name: "m1.medium", vcpus: 2, ramMB: 4096, diskGB: 40),
    FlavorSpec(id: "4", name: "m1.large", vcpus: 4, ramMB: 8192, diskGB: 80),
  ]

  package static let standardImages = [
    ImageSpec(name: "cirros", minDiskGB: 0),
    ImageSpec(name: "ubuntu-24.04", minDiskGB: 0),
  ]

  package static let standardProjects = [
    ProjectSpec(
      name: "demo", users: [UserSpec(name: "admin", roles: [.admin]), UserSpec(name: "demo", roles: [.member])])
  ]
}
