import ServerGroupsCore

/// A weigher Nova's `all_weighers` runs that changes a choice here, with what it measures (nova/scheduler/weights).
enum Weigher: CaseIterable {
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
  func raw(_ state: HostState, members: Int) -> Double {
    switch self {
    case .ram: Double(state.physicalFreeRAMMB)
    case .cpu: state.weighedFreeVCPUs
    case .disk: Double(state.physicalFreeDiskMB)
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

/// Every surviving host's weight terms, computed once: the choice is the best of `scores`, and the trace shows
/// the same `raw`, `normalized` and scores. As `nova/weights.py` does it: each weigher's raw weights (clamped to
/// its `minval`) are normalised to `(w − min) ÷ (max − min)`, where `min` is the `minval` when the weigher has one,
/// otherwise the smallest weight, and `max` the largest (all 0 when they are equal); a host's score is the sum of
/// `multiplier × normalised` in weigher order. With a single host left Nova weighs nothing: every score is 0.
struct Weighing {
  let weighers: [Weigher]
  let multipliers: [Double]
  /// How many hosts are weighed.
  let count: Int
  /// `raw[slot * weighers.count + column]`: weigher `column`'s raw weight of the host in `slot` (its place among
  /// the survivors), already raised to the weigher's `minval`.
  private let raw: [Double]
  /// Per weigher, the bottom and top of the normalisation.
  private let low: [Double]
  private let high: [Double]
  /// Per slot, the host's score: the sum of its terms' contributions, in weigher order.
  private(set) var scores: [Double]

  init(weighers: [Weigher], spec: SchedulerSpec, hosts count: Int, raw weigh: (Int, Weigher) -> Double) {
    self.weighers = weighers
    multipliers = weighers.map { $0.multiplier(spec) }
    self.count = count
    let width = weighers.count
    var raw = [Double](repeating: 0, count: count * width)
    var low = weighers.map { $0.minimum ?? .infinity }
    var high = [Double](repeating: -.infinity, count: width)
    for slot in 0..<count {
      for (column, weigher) in weighers.enumerated() {
        var value = weigh(slot, weigher)
        if let minimum = weigher.minimum, value < minimum { value = minimum }
        raw[slot * width + column] = value
        if value < low[column] { low[column] = value }
        if value > high[column] { high[column] = value }
      }
    }
    self.raw = raw
    self.low = low
    self.high = high
    scores = []
    scores = (0..<count).map { slot in
      var score = 0.0
      for column in 0..<width { score += multipliers[column] * normalized(slot, column) }
      return score
    }
  }

  /// Weigher `column`'s normalised weight of the host in `slot`; 0 when the weigher's weights are all equal, and
  /// for a lone host, which Nova does not weigh.
  func normalized(_ slot: Int, _ column: Int) -> Double {
    guard count > 1, high[column] != low[column] else { return 0 }
    return (raw[slot * weighers.count + column] - low[column]) / (high[column] - low[column])
  }

  /// The first slot with the highest score (Nova sorts stably, and `host_subset_size` 1 takes the first).
  var best: Int {
    var best = 0
    for slot in scores.indices where scores[slot] > scores[best] { best = slot }
    return best
  }

  /// The terms of the host in `slot`, in weigher order; their contributions add up to `scores[slot]`.
  func terms(_ slot: Int) -> [WeightTerm] {
    weighers.indices.map { column in
      WeightTerm(
        weigher: weighers[column].className, raw: raw[slot * weighers.count + column],
        normalized: normalized(slot, column), multiplier: multipliers[column])
    }
  }
}
