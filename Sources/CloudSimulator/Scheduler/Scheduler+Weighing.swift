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

/// Every surviving host's weight terms, computed once: the choice is the best of `scores`, and the trace shows
/// the same raw weights, normalised by the same `normalized(slot, column)`, and the same scores. As
/// `nova/weights.py` does it: each weigher's raw weights (raised to its `minval`) are normalised to
/// `(w − min) ÷ (max − min)`, where `min` is the `minval` when the weigher has one, otherwise the smallest weight,
/// and `max` the largest (all 0 when they are equal); a host's score is the sum of `multiplier × normalised` in
/// weigher order. With a single host left Nova weighs nothing: every score is 0.
struct Weighing {
  let weighers: [Weigher]
  let multipliers: [Double]
  /// How many hosts are weighed.
  let count: Int
  /// `raw[column * count + slot]`: weigher `column`'s raw weight of the host in `slot` (its place among the
  /// survivors), already raised to the weigher's `minval`.
  private let raw: [Double]
  /// Per weigher, the bottom of the normalisation and its span (`max − min`; 0 when every weight is equal).
  private let low: [Double]
  private let span: [Double]
  /// Per slot, the host's score: the sum of its terms' contributions, in weigher order.
  let scores: [Double]

  /// Weighs the hosts `survivors` names in `hosts`, where `consumed` holds the ones this request already used.
  init(
    weighers: [Weigher], spec: SchedulerSpec, survivors: [Int], hosts: [HostState], consumed: [Int: HostState],
    overcommit: [Overcommit], membersOnHost: [Int]
  ) {
    self.weighers = weighers
    let multipliers = weighers.map { $0.multiplier(spec) }
    self.multipliers = multipliers
    let count = survivors.count
    self.count = count
    let width = weighers.count
    // Each weigher (all six are handled below) writes its column for every slot.
    var raw = [Double](unsafeUninitializedCapacity: count * width) { _, initialized in initialized = count * width }
    var low = [Double](repeating: 0, count: width)
    var high = [Double](repeating: 0, count: width)
    // Where each weigher's column is (-1 when it does not take part), so one pass over the host table fills all.
    var at = [Int](repeating: -1, count: Weigher.allCases.count)
    for (column, weigher) in weighers.enumerated() { at[weigher.rawValue] = column }
    let (ram, cpu) = (at[Weigher.ram.rawValue], at[Weigher.cpu.rawValue])
    let (disk, io) = (at[Weigher.disk.rawValue], at[Weigher.ioOps.rawValue])
    let (near, apart) = (at[Weigher.softAffinity.rawValue], at[Weigher.softAntiAffinity.rawValue])
    for column in 0..<width {
      low[column] = weighers[column].minimum ?? .infinity
      high[column] = -.infinity
    }
    raw.withUnsafeMutableBufferPointer { raw in
      low.withUnsafeMutableBufferPointer { low in
        high.withUnsafeMutableBufferPointer { high in
          @inline(__always) func put(_ column: Int, _ slot: Int, _ value: Double) {
            raw[column &* count &+ slot] = value
            if value < low[column] { low[column] = value }
            if value > high[column] { high[column] = value }
          }
          for slot in 0..<count {
            let index = survivors[slot]
            let state = consumed.isEmpty ? hosts[index] : (consumed[index] ?? hosts[index])
            let stretch = index < overcommit.count ? overcommit[index] : Overcommit()
            // The resource and I/O weighers' minval is 0: a negative weight counts as 0.
            if ram >= 0 { put(ram, slot, Swift.max(Weigher.ram.raw(state, stretch, members: 0), 0)) }
            if cpu >= 0 { put(cpu, slot, Swift.max(Weigher.cpu.raw(state, stretch, members: 0), 0)) }
            if disk >= 0 { put(disk, slot, Swift.max(Weigher.disk.raw(state, stretch, members: 0), 0)) }
            if io >= 0 { put(io, slot, Swift.max(Weigher.ioOps.raw(state, stretch, members: 0), 0)) }
            let members = membersOnHost[index]
            if near >= 0 { put(near, slot, Weigher.softAffinity.raw(state, stretch, members: members)) }
            if apart >= 0 { put(apart, slot, Weigher.softAntiAffinity.raw(state, stretch, members: members)) }
          }
        }
      }
    }
    let span = weighers.indices.map { count > 1 && high[$0] != low[$0] ? high[$0] - low[$0] : 0 }
    self.raw = raw
    self.low = low
    self.span = span
    var scores = [Double](repeating: 0, count: count)
    // Column by column, so each host's terms are added in weigher order; a weigher whose weights are all equal
    // adds 0 to every host and is skipped.
    scores.withUnsafeMutableBufferPointer { scores in
      raw.withUnsafeBufferPointer { raw in
        for column in 0..<width where span[column] != 0 {
          let (multiplier, bottom, range) = (multipliers[column], low[column], span[column])
          let weights = UnsafeBufferPointer(rebasing: raw[(column * count)..<((column + 1) * count)])
          // The same arithmetic as `normalize` (this column's span is not 0), without its branch, so it vectorises.
          for slot in 0..<count { scores[slot] += multiplier * ((weights[slot] - bottom) / range) }
        }
      }
    }
    self.scores = scores
  }

  @inline(__always)
  private static func normalize(_ value: Double, _ low: Double, _ span: Double) -> Double {
    span == 0 ? 0 : (value - low) / span
  }

  /// Weigher `column`'s normalised weight of the host in `slot`.
  func normalized(_ slot: Int, _ column: Int) -> Double {
    Self.normalize(raw[column * count + slot], low[column], span[column])
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
        weigher: weighers[column].className, raw: raw[column * count + slot], normalized: normalized(slot, column),
        multiplier: multipliers[column])
    }
  }
}
