import ServerGroupsCore

/// Nova's filter scheduler as a pure function: placement's resource pre-filter, then the enabled filters,
/// then the weighers, best host first, ties to the earlier host. Every decision carries its reasons.
package struct Scheduler: Sendable {
  package var spec: SchedulerSpec
  /// Regions with at most this many hosts get a verdict for every host; larger ones get a readable digest.
  package var detailLimit: Int

  package init(spec: SchedulerSpec, detailLimit: Int = 16) {
    self.spec = spec
    self.detailLimit = detailLimit
  }

  /// Schedules every server of `request` against `hosts` (indexed like `names`), all or nothing.
  package func schedule(_ request: ScheduleRequest, hosts: [HostState], names: [String]) -> ScheduleResult {
    let hostCount = hosts.count

    var membersOnHost = [Int](repeating: 0, count: hostCount)
    if let group = request.group {
      for (index, count) in group.membersOnHost where index < hostCount { membersOnHost[index] = count }
    }
    var consumed: [Int: HostState] = [:]
    var result = ScheduleResult()
    for position in 0..<request.count {
      let decision = decide(
        request, hosts: hosts, consumed: consumed, membersOnHost: membersOnHost, names: names)
      result.decisions.append(decision)
      guard let chosen = decision.chosen else {
        // Placement answers once per request, for one server's resources, from the state before the request:
        // when it offered nothing at all, Nova's message has no reason (and a trailing space).
        let candidates = hosts.contains { $0.isEnabled && $0.fits(request.size) }
        result.failure = candidates ? Fault.noValidHostNotEnoughHosts : Fault.noValidHostNoCandidates
        result.failedAt = position
        return result
      }
      var state = consumed[chosen] ?? hosts[chosen]
      state.consume(request.size)
      consumed[chosen] = state
      membersOnHost[chosen] += request.group == nil ? 0 : 1
    }
    result.chosen = result.decisions.map(\.chosen)
    return result
  }

  /// One server's decision: filter every host, weigh the survivors, take the best.
  private func decide(
    _ request: ScheduleRequest, hosts: [HostState], consumed: [Int: HostState], membersOnHost: [Int], names: [String]
  ) -> Decision {
    let detailed = hosts.count <= detailLimit
    let group = request.group?.summary
    let computeFilter = spec.enabledFilters.contains("ComputeFilter")
    let antiAffinity = group?.policy == .antiAffinity && spec.enabledFilters.contains("ServerGroupAntiAffinityFilter")
    let affinity = group?.policy == .affinity && spec.enabledFilters.contains("ServerGroupAffinityFilter")
    let limit = group?.maxServerPerHost ?? 1
    // Hosts chosen earlier in this request count too: they are in `membersOnHost` but not in the group's map.
    let groupHasHosts =
      affinity && (request.group?.membersOnHost.values.contains { $0 > 0 } == true || !consumed.isEmpty)

    var verdicts: [HostVerdict] = []
    var removedShown = [Int](repeating: 0, count: Stage.allCases.count)
    var omitted = 0
    var survivors: [Int] = []
    survivors.reserveCapacity(hosts.count)
    var maxRAM = 0
    var maxCPU = 0
    var maxDisk = 0
    var maxIO = 0
    var minMembers = Int.max
    var maxMembers = Int.min

    hosts.withUnsafeBufferPointer { table in
      membersOnHost.withUnsafeBufferPointer { members in
        for index in 0..<table.count {
          let state = consumed.isEmpty ? table[index] : (consumed[index] ?? table[index])
          let held = members[index]
          var stage: Stage? = nil
          if !state.isEnabled {
            stage = .disabled
          } else if !state.fits(request.size) {
            stage = .noRoom
          } else if index == request.ignoredHost {
            stage = .ignored
          } else if computeFilter && !state.isUp {
            stage = .down
          } else if antiAffinity && held >= limit {
            stage = .antiAffinity
          } else if groupHasHosts && held == 0 {
            stage = .affinity
          }
          if let stage {
            if detailed || removedShown[stage.rawValue] < 3 {
              removedShown[stage.rawValue] += 1
              verdicts.append(
                removedVerdict(
                  stage, index: index, state: state, request: request, membersOnHost: membersOnHost, names: names,
                  limit: limit))
            } else {
              omitted += 1
            }
            continue
          }
          survivors.append(index)
          if state.freeRAMMB > maxRAM { maxRAM = state.freeRAMMB }
          if state.freeVCPUs > maxCPU { maxCPU = state.freeVCPUs }
          if state.freeDiskGB > maxDisk { maxDisk = state.freeDiskGB }
          if state.ioOps > maxIO { maxIO = state.ioOps }
          if held < minMembers { minMembers = held }
          if held > maxMembers { maxMembers = held }
        }
      }
    }
    guard !survivors.isEmpty else {
      return Decision(verdicts: verdicts, omitted: omitted, chosen: nil)
    }

    let softAffinity = group?.policy == .softAffinity
    let softAntiAffinity = group?.policy == .softAntiAffinity
    let memberRange = Double(maxMembers - minMembers)
    // Nova normalises the resource and I/O weighers with minval 0: value ÷ largest value (0 when all are 0).
    let ramScale = maxRAM == 0 ? 0 : spec.ramWeightMultiplier / Double(maxRAM)
    let cpuScale = maxCPU == 0 ? 0 : spec.cpuWeightMultiplier / Double(maxCPU)
    let diskScale = maxDisk == 0 ? 0 : spec.diskWeightMultiplier / Double(maxDisk)
    let ioScale = maxIO == 0 ? 0 : spec.ioOpsWeightMultiplier / Double(maxIO)
    // The soft weighers are min–max normalised over the surviving hosts.
    var memberScale = 0.0
    var memberBase = 0
    if memberRange > 0 && softAffinity {
      memberScale = spec.softAffinityWeightMultiplier / memberRange
      memberBase = minMembers
    } else if memberRange > 0 && softAntiAffinity {
      memberScale = -spec.softAntiAffinityWeightMultiplier / memberRange
      memberBase = maxMembers
    }
    var best = survivors[0]
    var bestScore = -Double.infinity
    var top = TopThree()
    hosts.withUnsafeBufferPointer { table in
      membersOnHost.withUnsafeBufferPointer { members in
        for index in survivors {
          let state = consumed.isEmpty ? table[index] : (consumed[index] ?? table[index])
          var score = Double(state.freeRAMMB) * ramScale + Double(state.freeVCPUs) * cpuScale
          score += Double(state.freeDiskGB) * diskScale + Double(state.ioOps) * ioScale
          score += Double(members[index] - memberBase) * memberScale
          if score > bestScore {
            bestScore = score
            best = index
          }
          if !detailed { top.offer(index, score) }
        }
      }
    }

    let shown: [Int]
    if detailed {
      shown = survivors
    } else {
      shown = top.indices
      omitted += survivors.count - shown.count
    }
    let extremes = Extremes(
      ram: maxRAM, cpu: maxCPU, disk: maxDisk, io: maxIO, minMembers: minMembers, maxMembers: maxMembers)
    for index in shown {
      let state = consumed[index] ?? hosts[index]
      verdicts.append(
        survivorVerdict(
          index: index, state: state, members: membersOnHost[index], group: group, extremes: extremes, names: names))
    }
    return Decision(verdicts: verdicts, omitted: omitted, chosen: best)
  }

}

/// The three best-scoring hosts seen so far (earlier host first on equal scores).
struct TopThree {
  private var entries: [(index: Int, score: Double)] = []

  mutating func offer(_ index: Int, _ score: Double) {
    if entries.count == 3 {
      guard score > entries[2].score else { return }
      entries.removeLast()
    }
    var position = entries.count
    while position > 0 && entries[position - 1].score < score { position -= 1 }
    entries.insert((index, score), at: position)
  }

  var indices: [Int] { entries.map(\.index) }
}

/// The largest (and for member counts, smallest) values among the surviving hosts, for normalising.
struct Extremes {
  var ram: Int
  var cpu: Int
  var disk: Int
  var io: Int
  var minMembers: Int
  var maxMembers: Int
}

/// Why a host left the running.
enum Stage: Int, CaseIterable {
  case disabled, noRoom, ignored, down, antiAffinity, affinity
}

/// What the scheduler decided for a whole request.
package struct ScheduleResult: Sendable {
  /// The chosen host index per server; empty when the request failed.
  package var chosen: [Int?] = []
  /// The fault message when the request failed (every server of it goes to ERROR).
  package var failure: String?
  /// The position (0-based) of the server that could not be placed.
  package var failedAt: Int?
  /// One decision per server the scheduler got to.
  package var decisions: [Decision] = []
}

/// One server's decision with its verdicts.
package struct Decision: Sendable {
  package var verdicts: [HostVerdict]
  package var omitted: Int
  package var chosen: Int?
}
