import ServerGroupsCore

/// A weigher Nova's `all_weighers` runs that changes a choice here, with what it measures (nova/scheduler/weights).
enum Weigher: Int, CaseIterable {
  case ram, cpu, disk, ioOps, softAffinity, softAntiAffinity

  /// The class name, as `weight_classes` and the trace spell it.
  var className: String {
    switch self {
    case .ram: "RAMWeigher"
    case .cpu: "CPUWeigher"
    case .disk: "DiskWeigher"
    case .ioOps: "IoOpsWeigher"
    case .softAffinity: "ServerGroupSoftAffinityWeigher"
    case .softAntiAffinity: "ServerGroupSoftAntiAffinityWeigher"
    }
  }

  /// The weigher's `minval`: raw weights below it are raised to it and it is the bottom of the normalisation.
  /// The resource and I/O weighers set 0; the soft weighers set none, so the smallest weight is the bottom.
  var minimum: Double? {
    switch self {
    case .ram, .cpu, .disk, .ioOps: 0
    case .softAffinity, .softAntiAffinity: nil
    }
  }

  func multiplier(_ spec: SchedulerSpec) -> Double {
    switch self {
    case .ram: spec.ramWeightMultiplier
    case .cpu: spec.cpuWeightMultiplier
    case .disk: spec.diskWeightMultiplier
    case .ioOps: spec.ioOpsWeightMultiplier
    case .softAffinity: spec.softAffinityWeightMultiplier
    case .softAntiAffinity: spec.softAntiAffinityWeightMultiplier
    }
  }

  /// The weigher's `_weigh_object`: free RAM and disk are physical (`free_ram_mb`, `free_disk_mb`); only free
  /// vCPUs carry the allocation ratio. The soft weighers count the group's members on the host (anti: negated).
  @inline(__always)
  func raw(_ state: HostState, _ overcommit: Overcommit, members: Int) -> Double {
    switch self {
    case .ram: Double(overcommit.physicalFreeRAMMB(state))
    case .cpu: overcommit.freeVCPUs(state)
    case .disk: Double(overcommit.physicalFreeDiskMB(state))
    case .ioOps: Double(state.ioOps)
    case .softAffinity: Double(members)
    case .softAntiAffinity: Double(-members)
    }
  }

  /// The weighers that take part for a request into a group of `policy`: those `weight_classes` enables; a soft
  /// weigher only for its own policy (for any other it weighs every host 0, which adds nothing).
  static func active(_ spec: SchedulerSpec, policy: Policy?) -> [Weigher] {
    allCases.filter { weigher in
      guard spec.hasWeigher(weigher.className) else { return false }
      switch weigher {
      case .softAffinity: return policy == .softAffinity
      case .softAntiAffinity: return policy == .softAntiAffinity
      default: return true
      }
    }
  }
}

/// One host's raw weights for every weigher, computed once, in the filter pass that let the host through: the
/// resource and I/O weighers' already raised to their `minval` of 0, the soft weighers' from the group's members
/// on the host.
struct RawWeights: Equatable {
  let ram: Double
  let cpu: Double
  let disk: Double
  let ioOps: Double
  let members: Int

  @inline(__always)
  init(_ state: HostState, _ overcommit: Overcommit, members: Int) {
    // The resource and I/O weighers' minval is 0: a negative weight counts as 0.
    ram = Swift.max(Weigher.ram.raw(state, overcommit, members: 0), 0)
    cpu = Swift.max(Weigher.cpu.raw(state, overcommit, members: 0), 0)
    disk = Swift.max(Weigher.disk.raw(state, overcommit, members: 0), 0)
    ioOps = Swift.max(Weigher.ioOps.raw(state, overcommit, members: 0), 0)
    self.members = members
  }

  /// The raw weight `weigher` gives this host.
  @inline(__always)
  func value(_ weigher: Weigher) -> Double {
    switch weigher {
    case .ram: ram
    case .cpu: cpu
    case .disk: disk
    case .ioOps: ioOps
    case .softAffinity: Double(members)
    case .softAntiAffinity: Double(-members)
    }
  }
}

/// Consecutive surviving hosts with the same raw weights, which therefore have the same terms and score: a region
/// of equal hosts (ten thousand empty ones, say) is weighed once per run rather than once per host.
struct WeightRun {
  let weights: RawWeights
  /// The first host's slot (its place among the survivors) and how many follow it.
  let start: Int
  var length: Int
}

/// Gathers the surviving hosts' raw weights as runs, slot by slot; the run being extended is kept aside, so a host
/// equal to the one before it costs one comparison.
struct WeightRunBuilder {
  private var runs: [WeightRun] = []
  private var current: WeightRun?

  /// Adds the host in `slot` (the next slot).
  @inline(__always)
  mutating func add(_ weights: RawWeights, slot: Int) {
    if current?.weights == weights {
      current?.length += 1
    } else {
      if let current { runs.append(current) }
      current = WeightRun(weights: weights, start: slot, length: 1)
    }
  }

  /// The runs, in slot order.
  consuming func finish() -> [WeightRun] {
    if let current { runs.append(current) }
    return runs
  }
}

/// Every surviving host's weight terms: the choice is the best score, and the trace shows the same raw weights,
/// normalised by the same `normalized(slot, column)`, and the same scores. As `nova/weights.py` does it: each
/// weigher's raw weights (raised to its `minval`) are normalised to `(w − min) ÷ (max − min)`, where `min` is the
/// `minval` when the weigher has one, otherwise the smallest weight, and `max` the largest (all 0 when they are
/// equal); a host's score is the sum of `multiplier × normalised` in weigher order. With a single host left Nova
/// weighs nothing: every score is 0.
struct Weighing {
  let weighers: [Weigher]
  let multipliers: [Double]
  /// The surviving hosts in slot order, as runs of equal raw weights.
  private let runs: [WeightRun]
  /// Per weigher, the bottom of the normalisation and its span (`max − min`; 0 when every weight is equal).
  private let low: [Double]
  private let span: [Double]
  /// Per run, its hosts' score: the sum of their terms' contributions, in weigher order.
  private let scores: [Double]

  /// Weighs the surviving hosts, given as runs of equal raw weights, with the weighers that take part.
  init(weighers: [Weigher], spec: SchedulerSpec, runs: [WeightRun]) {
    self.weighers = weighers
    let multipliers = weighers.map { $0.multiplier(spec) }
    self.multipliers = multipliers
    self.runs = runs
    let hosts = runs.last.map { $0.start + $0.length } ?? 0
    var low = [Double](repeating: 0, count: weighers.count)
    var span = [Double](repeating: 0, count: weighers.count)
    var scores = [Double](repeating: 0, count: runs.count)
    runs.withUnsafeBufferPointer { runs in
      scores.withUnsafeMutableBufferPointer { scores in
        for (column, weigher) in weighers.enumerated() {
          var bottom = weigher.minimum ?? .infinity
          var top = -Double.infinity
          Self.each(weigher, of: runs) { _, value in
            if value < bottom { bottom = value }
            if value > top { top = value }
          }
          low[column] = bottom
          span[column] = hosts > 1 && top != bottom ? top - bottom : 0
          // Column by column, so each host's terms are added in weigher order; a weigher whose weights are all
          // equal adds 0 to every host and is skipped. The same arithmetic as `normalize` (the span is not 0).
          let (multiplier, range) = (multipliers[column], span[column])
          guard range != 0 else { continue }
          Self.each(weigher, of: runs) { run, value in scores[run] += multiplier * ((value - bottom) / range) }
        }
      }
    }
    self.low = low
    self.span = span
    self.scores = scores
  }

  /// Calls `body` with each run and its raw weight for `weigher`, the weigher chosen once outside the loop.
  @inline(__always)
  private static func each(_ weigher: Weigher, of runs: UnsafeBufferPointer<WeightRun>, _ body: (Int, Double) -> Void) {
    switch weigher {
    case .ram: for run in runs.indices { body(run, runs[run].weights.ram) }
    case .cpu: for run in runs.indices { body(run, runs[run].weights.cpu) }
    case .disk: for run in runs.indices { body(run, runs[run].weights.disk) }
    case .ioOps: for run in runs.indices { body(run, runs[run].weights.ioOps) }
    case .softAffinity: for run in runs.indices { body(run, Double(runs[run].weights.members)) }
    case .softAntiAffinity: for run in runs.indices { body(run, Double(-runs[run].weights.members)) }
    }
  }

  /// The run that holds `slot`.
  private func run(of slot: Int) -> Int {
    var (lower, upper) = (0, runs.count - 1)
    while lower < upper {
      let middle = (lower + upper + 1) / 2
      if runs[middle].start <= slot { lower = middle } else { upper = middle - 1 }
    }
    return lower
  }

  @inline(__always)
  private static func normalize(_ value: Double, _ low: Double, _ span: Double) -> Double {
    span == 0 ? 0 : (value - low) / span
  }

  /// Weigher `column`'s normalised weight of the host in `slot`.
  func normalized(_ slot: Int, _ column: Int) -> Double {
    Self.normalize(runs[run(of: slot)].weights.value(weighers[column]), low[column], span[column])
  }

  /// The score of the host in `slot`.
  func score(_ slot: Int) -> Double { scores[run(of: slot)] }

  /// The first slot with the highest score (Nova sorts stably, and `host_subset_size` 1 takes the first).
  var best: Int {
    var best = 0
    for run in scores.indices where scores[run] > scores[best] { best = run }
    return runs[best].start
  }

  /// The three best slots, best first, the earlier slot first on equal scores. Within a run only its first three
  /// slots can be among them: every later one ties with those.
  var topThree: [Int] {
    var top = TopThree()
    for (run, score) in scores.enumerated() {
      for slot in runs[run].start..<(runs[run].start + Swift.min(runs[run].length, 3)) { top.offer(slot, score) }
    }
    return top.indices
  }

  /// The terms of the host in `slot`, in weigher order; their contributions add up to `score(slot)`.
  func terms(_ slot: Int) -> [WeightTerm] {
    let weights = runs[run(of: slot)].weights
    return weighers.indices.map { column in
      WeightTerm(
        weigher: weighers[column].className, raw: weights.value(weighers[column]),
        normalized: normalized(slot, column), multiplier: multipliers[column])
    }
  }
}
