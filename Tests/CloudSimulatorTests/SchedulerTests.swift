import CloudSimulator
import ServerGroupsCore
import Testing

/// The scheduler alone, against Nova's formulas worked by hand: each weigher's raw weight, normalised as
/// `nova/weights.py` does (`(w − minval) ÷ (max − minval)`, `minval` 0 for RAM, CPU, disk and I/O, the smallest
/// weight for the soft weighers; all 0 when max equals min), times its multiplier, summed.
@Suite struct SchedulerTests {
  /// One hand-worked decision.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var spec = SchedulerSpec()
    var hosts: [HostState]
    var group: GroupContext?
    /// Expected terms per surviving host, weigher → (raw, normalised), in weigher order.
    var terms: [String: [String: (raw: Double, normalized: Double)]]
    var scores: [String: Double]
    var chosen: String
    var testDescription: String { name }
  }

  static let tiny = ServerSize(vcpus: 1, ramMB: 512, diskGB: 1, flavorName: "m1.tiny")

  /// Three hosts with different free resources and builds in progress.
  static let uneven = [
    HostState(freeVCPUs: 4, freeRAMMB: 4096, freeDiskGB: 100, ioOps: 0),
    HostState(freeVCPUs: 2, freeRAMMB: 8192, freeDiskGB: 50, ioOps: 1),
    HostState(freeVCPUs: 8, freeRAMMB: 2048, freeDiskGB: 200, ioOps: 2),
  ]

  static func group(_ policy: Policy, _ members: [Int: Int]) -> GroupContext {
    GroupContext(
      summary: GroupSummary(id: "g", name: "g", policy: policy, maxServerPerHost: nil), membersOnHost: members)
  }

  static func spec(_ change: (inout SchedulerSpec) -> Void) -> SchedulerSpec {
    var spec = SchedulerSpec()
    change(&spec)
    return spec
  }

  /// Three equal standard hosts: every resource weigher gives each 1 (value ÷ max with minval 0).
  static let equal = Array(repeating: HostState(RegionSpec.standardHost("x")), count: 3)

  static let cases: [Case] = [
    Case(
      name: "default multipliers: RAM, CPU and disk as value ÷ max, I/O × −1",
      hosts: uneven,
      terms: [
        "h1": [
          "RAMWeigher": (4096, 0.5), "CPUWeigher": (4, 0.5), "DiskWeigher": (102_400, 0.5), "IoOpsWeigher": (0, 0),
        ],
        "h2": [
          "RAMWeigher": (8192, 1), "CPUWeigher": (2, 0.25), "DiskWeigher": (51_200, 0.25), "IoOpsWeigher": (1, 0.5),
        ],
        "h3": ["RAMWeigher": (2048, 0.25), "CPUWeigher": (8, 1), "DiskWeigher": (204_800, 1), "IoOpsWeigher": (2, 1)],
      ],
      // h1 0.5 + 0.5 + 0.5 − 0; h2 1 + 0.25 + 0.25 − 0.5; h3 0.25 + 1 + 1 − 1.
      scores: ["h1": 1.5, "h2": 1.0, "h3": 1.25], chosen: "h1"),
    Case(
      name: "ram_weight_multiplier 3 changes the choice",
      spec: spec { $0.ramWeightMultiplier = 3 },
      hosts: uneven, terms: [:],
      // h1 1.5 + 2 × 0.5; h2 1.0 + 2 × 1; h3 1.25 + 2 × 0.25.
      scores: ["h1": 2.5, "h2": 3.0, "h3": 1.75], chosen: "h2"),
    Case(
      name: "weight_classes with the RAM weigher only",
      spec: spec { $0.weightClasses = ["nova.scheduler.weights.ram.RAMWeigher"] },
      hosts: uneven,
      terms: ["h1": ["RAMWeigher": (4096, 0.5)], "h2": ["RAMWeigher": (8192, 1)], "h3": ["RAMWeigher": (2048, 0.25)]],
      scores: ["h1": 0.5, "h2": 1, "h3": 0.25], chosen: "h2"),
    Case(
      name: "weight_classes with the CPU and I/O weighers, I/O multiplier −2",
      spec: spec {
        $0.weightClasses = ["nova.scheduler.weights.cpu.CPUWeigher", "nova.scheduler.weights.io_ops.IoOpsWeigher"]
        $0.ioOpsWeightMultiplier = -2
      },
      hosts: uneven, terms: [:],
      // h1 0.5 − 0; h2 0.25 − 2 × 0.5; h3 1 − 2 × 1.
      scores: ["h1": 0.5, "h2": -0.75, "h3": -1], chosen: "h1"),
    Case(
      name: "soft-anti-affinity, members 2/1/0: min–max normalised −count",
      hosts: equal, group: group(.softAntiAffinity, [0: 2, 1: 1]),
      terms: [
        "h1": ["RAMWeigher": (7680, 1), "ServerGroupSoftAntiAffinityWeigher": (-2, 0)],
        "h2": ["ServerGroupSoftAntiAffinityWeigher": (-1, 0.5)],
        "h3": ["ServerGroupSoftAntiAffinityWeigher": (0, 1)],
      ],
      scores: ["h1": 3, "h2": 3.5, "h3": 4], chosen: "h3"),
    Case(
      name: "soft_anti_affinity_weight_multiplier 0: equal hosts, the first wins",
      spec: spec { $0.softAntiAffinityWeightMultiplier = 0 },
      hosts: equal, group: group(.softAntiAffinity, [0: 2, 1: 1]), terms: [:],
      scores: ["h1": 3, "h2": 3, "h3": 3], chosen: "h1"),
    Case(
      name: "soft-affinity, members 0/2/1, multiplier 2",
      spec: spec { $0.softAffinityWeightMultiplier = 2 },
      hosts: equal, group: group(.softAffinity, [1: 2, 2: 1]),
      terms: [
        "h1": ["ServerGroupSoftAffinityWeigher": (0, 0)], "h2": ["ServerGroupSoftAffinityWeigher": (2, 1)],
        "h3": ["ServerGroupSoftAffinityWeigher": (1, 0.5)],
      ],
      scores: ["h1": 3, "h2": 5, "h3": 4], chosen: "h2"),
    Case(
      name: "soft-affinity weigher left out of weight_classes weighs nothing",
      spec: spec { $0.weightClasses = ["nova.scheduler.weights.ram.RAMWeigher"] },
      hosts: equal, group: group(.softAffinity, [1: 2]),
      terms: ["h2": ["RAMWeigher": (7680, 1)]],
      scores: ["h1": 1, "h2": 1, "h3": 1], chosen: "h1"),
  ]

  @Test(arguments: cases)
  func weightsAndChoiceMatchNovasFormulas(_ test: Case) throws {
    let names = test.hosts.indices.map { "h\($0 + 1)" }
    let result = Scheduler(spec: test.spec).schedule(
      ScheduleRequest(size: Self.tiny, group: test.group), hosts: test.hosts, names: names)
    let decision = try #require(result.decisions.first)
    #expect(result.chosen == [names.firstIndex(of: test.chosen)])
    let verdicts = Dictionary(uniqueKeysWithValues: decision.verdicts.map { ($0.host, $0) })
    for (host, score) in test.scores { #expect(verdicts[host]?.score == score, "\(host)") }
    for (host, expected) in test.terms {
      let terms = Dictionary(uniqueKeysWithValues: (verdicts[host]?.weights ?? []).map { ($0.weigher, $0) })
      for (weigher, value) in expected {
        #expect(terms[weigher]?.raw == value.raw, "\(host) \(weigher)")
        #expect(terms[weigher]?.normalized == value.normalized, "\(host) \(weigher)")
      }
    }
  }

  /// Placement hands out capacity × ratio, but Nova's RAM and disk weighers see physical free space, and its CPU
  /// weigher `vcpus × cpu_allocation_ratio − used`, unrounded.
  @Test func allocationRatiosCountOnlyForTheCPUWeigher() throws {
    let specs = [
      // 2 × 4 = 8 vCPU; 4096 MB × 3 = 12,288 MB for placement; 100 GB × 4 = 400 GB for placement.
      HostSpec(
        name: "dense", vcpus: 2, memoryMB: 4096, diskGB: 100, cpuAllocationRatio: 4, ramAllocationRatio: 3,
        diskAllocationRatio: 4),
      HostSpec(name: "plain", vcpus: 8, memoryMB: 8192, diskGB: 200),
      // 3 × 1.5 = 4.5 vCPU for the weigher, 4 for placement.
      HostSpec(name: "half", vcpus: 3, memoryMB: 8192, diskGB: 200, cpuAllocationRatio: 1.5),
    ]
    let hosts = specs.map(HostState.init)
    let stretch = specs.map(Overcommit.init)
    #expect(hosts.map(\.freeRAMMB) == [12_288, 8192, 8192])
    #expect(hosts.indices.map { stretch[$0].physicalFreeRAMMB(hosts[$0]) } == [4096, 8192, 8192])
    #expect(hosts.indices.map { stretch[$0].physicalFreeDiskMB(hosts[$0]) } == [102_400, 204_800, 204_800])
    #expect(hosts.indices.map { stretch[$0].freeVCPUs(hosts[$0]) } == [8, 8, 4.5] && hosts[2].freeVCPUs == 4)
    #expect(hosts[0].freeDiskGB == 400)

    let result = Scheduler(spec: SchedulerSpec(), hosts: specs).schedule(
      ScheduleRequest(size: Self.tiny), hosts: hosts, names: specs.map(\.name))
    let verdicts = try #require(result.decisions.first).verdicts
    // RAM 4096 / 8192 = 0.5, 1, 1; CPU 8 / 8 = 1, 1, 4.5 / 8 = 0.5625; disk 0.5, 1, 1; I/O all 0.
    #expect(verdicts.map(\.score) == [2, 3, 2.5625])
    #expect(verdicts[2].weights.first { $0.weigher == "CPUWeigher" }?.raw == 4.5)
    // Weighed on placement's capacity instead, `dense` would have won with 1 + 1 + 1.
    #expect(result.chosen == [1])
  }

  /// A host overcommitted beyond its physical RAM weighs 0, not less: the weighers' `minval` is 0.
  @Test func overcommittedRAMWeighsZero() throws {
    let specs = [
      HostSpec(name: "dense", vcpus: 4, memoryMB: 1024, diskGB: 100, ramAllocationRatio: 4),
      HostSpec(name: "plain", vcpus: 4, memoryMB: 2048, diskGB: 100),
    ]
    var dense = HostState(specs[0])
    dense.consume(ServerSize(vcpus: 1, ramMB: 2048, diskGB: 1, flavorName: "m1.small"))
    let plain = HostState(specs[1])
    #expect(Overcommit(specs[0]).physicalFreeRAMMB(dense) == -1024 && dense.freeRAMMB == 2048)
    let result = Scheduler(spec: SchedulerSpec(), hosts: specs).schedule(
      ScheduleRequest(size: Self.tiny), hosts: [dense, plain], names: ["dense", "plain"])
    let ram = try #require(result.decisions.first).verdicts.map { $0.weights.first { $0.weigher == "RAMWeigher" } }
    #expect(ram.map { $0?.raw } == [0, 2048] && ram.map { $0?.normalized } == [0, 1])
  }

  /// Nova does not weigh a single host: its score is 0, and the trace shows the raw weights with nothing added.
  @Test func aSingleSurvivorIsNotWeighed() throws {
    let result = Scheduler(spec: SchedulerSpec()).schedule(
      ScheduleRequest(size: Self.tiny), hosts: [Self.uneven[0]], names: ["only"])
    let verdict = try #require(result.decisions.first?.verdicts.first)
    #expect(verdict.score == 0 && verdict.weights.allSatisfy { $0.normalized == 0 })
    #expect(verdict.weights.first?.raw == 4096)
  }

  /// A down host holding the anti-affinity group's member is removed by whichever filter the region lists first,
  /// and by none that it leaves out.
  @Test(
    arguments: [
      (["ComputeFilter", "ServerGroupAntiAffinityFilter"], "ComputeFilter"),
      (["ServerGroupAntiAffinityFilter", "ComputeFilter"], "ServerGroupAntiAffinityFilter"),
      (["ServerGroupAntiAffinityFilter"], "ServerGroupAntiAffinityFilter"),
      (["ComputeFilter"], "ComputeFilter"),
      ([], nil),
    ] as [([String], String?)])
  func filtersRunInTheConfiguredOrder(_ filters: [String], _ removedBy: String?) throws {
    var spec = SchedulerSpec()
    spec.enabledFilters = filters
    var down = Self.equal[0]
    down.isUp = false
    let result = Scheduler(spec: spec).schedule(
      ScheduleRequest(size: Self.tiny, group: Self.group(.antiAffinity, [0: 1])), hosts: [down, Self.equal[1]],
      names: ["h1", "h2"])
    let verdict = try #require(result.decisions.first?.verdicts.first { $0.host == "h1" })
    #expect(verdict.removedBy == removedBy)
  }

  @Test(arguments: ["RamFilter", "AvailabilityZoneFilter", "computefilter"])
  func unknownFiltersAreRefusedInOneLine(_ name: String) {
    let yaml =
      "hosts:\n  - {name: a, vcpus: 1, memory_mb: 512, disk_gb: 1}\n"
      + "scheduler:\n  enabled_filters: [ComputeFilter, \(name)]"
    let message =
      "scheduler.enabled_filters: `\(name)` is not a filter the simulator runs; use any of ComputeFilter, "
      + "ComputeCapabilitiesFilter, ImagePropertiesFilter, ServerGroupAntiAffinityFilter, ServerGroupAffinityFilter"
    #expect(throws: RegionFileError(path: "r.yaml", message: message)) {
      try RegionSpec.parse(yaml: yaml, path: "r.yaml")
    }
  }

  /// Random hosts, groups and multipliers: the chosen host is the trace's best (first of the highest scores), and
  /// every score is the sum of its terms, in small regions (every host shown) and large ones (a digest).
  @Test(arguments: Array(1...40) as [UInt64])
  func theTracesBestHostIsTheChosenOne(_ seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    func pick(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    var spec = SchedulerSpec()
    let multipliers = [-2.0, -1, -0.5, 0, 0.5, 1, 2, 10]
    spec.ramWeightMultiplier = multipliers[pick(multipliers.count)]
    spec.cpuWeightMultiplier = multipliers[pick(multipliers.count)]
    spec.diskWeightMultiplier = multipliers[pick(multipliers.count)]
    spec.ioOpsWeightMultiplier = multipliers[pick(multipliers.count)]
    spec.softAffinityWeightMultiplier = multipliers[pick(multipliers.count)]
    spec.softAntiAffinityWeightMultiplier = multipliers[pick(multipliers.count)]
    let count = [1, 2, 3, 5, 8, 16, 17, 40][pick(8)]
    let specs = (0..<count).map { _ in
      HostSpec(
        name: "x", vcpus: 1 + pick(8), memoryMB: 1024 * (1 + pick(8)), diskGB: 10 * (1 + pick(8)),
        cpuAllocationRatio: [1, 1.5, 4][pick(3)], ramAllocationRatio: [1, 1.5][pick(2)])
    }
    let hosts = specs.map { spec in
      var host = HostState(spec)
      host.ioOps = pick(3)
      host.isUp = pick(6) != 0
      for _ in 0..<pick(3) { host.consume(Self.tiny) }
      return host
    }
    let policy = Policy.allCases[pick(4)]
    let members = Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, pick(3)) })
    let request = ScheduleRequest(size: Self.tiny, count: 1 + pick(3), group: Self.group(policy, members))
    let result = Scheduler(spec: spec, hosts: specs).schedule(
      request, hosts: hosts, names: (0..<count).map { "h\($0)" })
    for (position, decision) in result.decisions.enumerated() {
      let survivors = decision.verdicts.filter { $0.removedBy == nil }
      for verdict in survivors {
        #expect(verdict.score == verdict.weights.reduce(0) { $0 + $1.contribution })
      }
      let best = survivors.first { verdict in survivors.allSatisfy { ($0.score ?? 0) <= (verdict.score ?? 0) } }
      let chosen = decision.chosen.map { "h\($0)" }
      #expect(best?.host == chosen, "seed \(seed), server \(position + 1)")
    }
  }
}
