import CloudSimulator
import ServerGroupsCore
import Testing

/// ComputeCapabilitiesFilter and ImagePropertiesFilter: flavor extra specs and image properties against what each
/// host reports, as Nova's `compute_capabilities_filter.py`, `extra_specs_ops.py` and `image_props_filter.py` do.
@Suite struct HostRequirementTests {
  /// h1 a default QEMU 8.2.0 x86_64 host; h2 an aarch64 QEMU 7.0.0 host with a GPU; h3 a Xen x86_64 host.
  static let properties = [
    HostProperties(),
    HostProperties(hypervisorVersion: 7_000_000, architecture: "aarch64", stats: ["gpu": "1"]),
    HostProperties(hypervisorType: "xen"),
  ]

  static let specs = properties.map { properties in
    var spec = RegionSpec.standardHost("x")
    spec.properties = properties
    return spec
  }

  static func run(extraSpecs: [String: String] = [:], image: [String: String] = [:]) -> [String: String] {
    let hosts = Array(repeating: HostState(RegionSpec.standardHost("x")), count: 3)
    let request = ScheduleRequest(
      size: ServerSize(vcpus: 1, ramMB: 512, diskGB: 1, flavorName: "m1.tiny"), extraSpecs: extraSpecs,
      imageProperties: image)
    let result = Scheduler(spec: SchedulerSpec(), hosts: specs).schedule(
      request, hosts: hosts, names: ["h1", "h2", "h3"])
    let verdicts = result.decisions.first?.verdicts ?? []
    return Dictionary(uniqueKeysWithValues: verdicts.map { ($0.host, $0.removedBy ?? "passed") })
  }

  static let caps = "ComputeCapabilitiesFilter"
  static let image = "ImagePropertiesFilter"

  @Test(
    arguments: [
      (["capabilities:hypervisor_type": "s== QEMU"], ["h1": "passed", "h2": "passed", "h3": caps]),
      // An unscoped key counts only on hosts that report it; a scoped key they lack removes them.
      (["gpu": ">= 1"], ["h1": "passed", "h2": "passed", "h3": "passed"]),
      (["gpu": ">= 2"], ["h1": "passed", "h2": caps, "h3": "passed"]),
      (["capabilities:gpu": "= 1"], ["h1": caps, "h2": "passed", "h3": caps]),
      (["hw:cpu_policy": "dedicated"], ["h1": "passed", "h2": "passed", "h3": "passed"]),
      (["capabilities:cpu_info:arch": "<or> aarch64 <or> ppc64le"], ["h1": caps, "h2": "passed", "h3": caps]),
      (["capabilities:hypervisor_version": ">= 8000000"], ["h1": "passed", "h2": caps, "h3": "passed"]),
    ] as [([String: String], [String: String])])
  func flavorExtraSpecs(_ extraSpecs: [String: String], _ expected: [String: String]) {
    #expect(Self.run(extraSpecs: extraSpecs) == expected)
  }

  @Test(
    arguments: [
      (["hw_architecture": "aarch64"], ["h1": image, "h2": "passed", "h3": image]),
      (["hw_architecture": "AMD64"], ["h1": "passed", "h2": image, "h3": "passed"]),
      (["img_hv_type": "kvm"], ["h1": "passed", "h2": "passed", "h3": image]),
      (["hw_vm_mode": "hvm", "img_hv_type": "xapi"], ["h1": image, "h2": image, "h3": "passed"]),
      // A version alone asks for nothing; with a property it must be met.
      (["img_hv_requested_version": ">=8.0"], ["h1": "passed", "h2": "passed", "h3": "passed"]),
      (["img_hv_type": "qemu", "img_hv_requested_version": ">=8.0"], ["h1": "passed", "h2": image, "h3": image]),
      (["os_distro": "ubuntu"], ["h1": "passed", "h2": "passed", "h3": "passed"]),
    ] as [([String: String], [String: String])])
  func imageProperties(_ properties: [String: String], _ expected: [String: String]) {
    #expect(Self.run(image: properties) == expected)
  }

  @Test(arguments: [
    ("8", "= 4", true), ("4", "= 8", false), ("4.0", "== 4", true), ("4", "!= 4", false), ("3", "<= 3", true),
    ("QEMU", "QEMU", true), ("QEMU", "qemu", false), ("10", "s< 9", true), ("b", "s>= a", true),
    ("avx2 sse4", "<in> avx2", true), ("avx2 sse4", "<all-in> sse4 avx512", false), ("x", "<or> y <or> x", true),
    ("z", "<or> y <or> x", false), ("4", "< 8", false), ("4", "==", false), ("many", ">= 2", false),
  ])
  func extraSpecOperators(_ value: String, _ requirement: String, _ expected: Bool) {
    #expect(HostRequirements.matches(value, requirement) == expected)
  }

  @Test func theTraceSaysWhatWasAskedAndWhatTheHostHas() throws {
    let request = ScheduleRequest(
      size: ServerSize(vcpus: 1, ramMB: 512, diskGB: 1, flavorName: "m1.tiny"),
      extraSpecs: ["capabilities:hypervisor_type": "s== xen"])
    let hosts = Array(repeating: HostState(RegionSpec.standardHost("x")), count: 2)
    var result = Scheduler(spec: SchedulerSpec(), hosts: Self.specs).schedule(
      request, hosts: hosts, names: ["h1", "h2"])
    #expect(
      result.decisions.first?.verdicts.first?.reason
        == "the flavor's extra spec `capabilities:hypervisor_type` asks for `s== xen`; the host has `QEMU`")
    #expect(result.failure == Fault.noValidHostNotEnoughHosts)

    let arm = ScheduleRequest(
      size: ServerSize(vcpus: 1, ramMB: 512, diskGB: 1, flavorName: "m1.tiny"),
      imageProperties: ["hw_architecture": "aarch64", "img_hv_requested_version": ">=8.0"])
    result = Scheduler(spec: SchedulerSpec(), hosts: Self.specs).schedule(
      arm, hosts: hosts, names: ["h1", "h2"])
    #expect(
      result.decisions.first?.verdicts.map(\.reason) == [
        "the image asks for hw_architecture=aarch64, hypervisor version >=8.0; the host offers x86_64/kvm/hvm, "
          + "x86_64/qemu/hvm, version 8.2.0",
        "the image asks for hw_architecture=aarch64, hypervisor version >=8.0; the host offers aarch64/kvm/hvm, "
          + "aarch64/qemu/hvm, version 7.0.0",
      ])
  }

  static let armRegion = """
    hosts:
      - {name: x86-1, vcpus: 4, memory_mb: 8192, disk_gb: 100}
      - {name: arm-1, vcpus: 4, memory_mb: 4096, disk_gb: 100, cpu_arch: aarch64, stats: {gpu: 1}}
    flavors:
      - {id: "1", name: m1.tiny, vcpus: 1, ram_mb: 512, disk_gb: 1}
      - {id: "2", name: g1.gpu, vcpus: 1, ram_mb: 512, disk_gb: 1, extra_specs: {"capabilities:gpu": ">= 1"}}
    images:
      - {name: cirros}
      - {name: debian-arm, properties: {hw_architecture: aarch64}}
    """

  /// In a region file: the x86 host has more free RAM, so it wins unless the image or the flavor rules it out.
  @Test(arguments: [("1", "cirros", "x86-1"), ("1", "debian-arm", "arm-1"), ("2", "cirros", "arm-1")])
  func regionFilesCarryTheRequirements(_ flavor: String, _ image: String, _ host: String) async throws {
    let cloud = SimulatedCloud(region: try RegionSpec.parse(yaml: Self.armRegion, path: "arm.yaml"))
    let imageID = try #require(try await cloud.listImages().first { $0.name == image }?.id)
    let created = try await cloud.createServers(
      ServerCreateRequest(name: "s", flavorID: FlavorID(flavor), imageID: imageID, networks: .none))
    let server = try await cloud.adminView(created.servers[0].id)
    #expect(server.status == .active && server.host == host)
  }

  @Test func anUnreadableVersionRequirementIsRefusedInOneLine() {
    let yaml =
      "hosts:\n  - {name: a, vcpus: 1, memory_mb: 512, disk_gb: 1}\n"
      + "images:\n  - {name: old, properties: {img_hv_type: qemu, img_hv_requested_version: recent}}"
    let message = "image `old`: img_hv_requested_version `recent` should look like >=8.0 or >=6.0, <9"
    #expect(throws: RegionFileError(path: "r.yaml", message: message)) {
      try RegionSpec.parse(yaml: yaml, path: "r.yaml")
    }
  }
}
