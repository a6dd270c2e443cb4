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
    // Placement answers once per request, for one server's resources, from the state before the request.
    var candidates = 0
    for index in 0..<hostCount where hosts[index].isEnabled && hosts[index].fits(request.size) { candidates += 1 }

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
        result.failure = candidates == 0 ? Fault.noValidHostNoCandidates : Fault.noValidHostNotEnoughHosts
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
    let groupHasHosts = affinity && membersOnHost.contains { $0 > 0 }

    var verdicts: [HostVerdict] = []
    var removedShown: [Stage: Int] = [:]
    var omitted = 0
    var survivors: [Int] = []
    survivors.reserveCapacity(hosts.count)
    var maxRAM = 0
    var maxCPU = 0
    var maxDisk = 0
    var maxIO = 0
    var minMembers = Int.max
    var maxMembers = Int.min

    for index in hosts.indices {
      let state = consumed.isEmpty ? hosts[index] : (consumed[index] ?? hosts[index])
      var stage: Stage? = nil
      if !state.isEnabled {
        stage = .disabled
      } else if !state.fits(request.size) {
        stage = .noRoom
      } else if index == request.ignoredHost {
        stage = .ignored
      } else if computeFilter && !state.isUp {
        stage = .down
      } else if antiAffinity && membersOnHost[index] >= limit {
        stage = .antiAffinity
      } else if groupHasHosts && membersOnHost[index] == 0 {
        stage = .affinity
      }
      if let stage {
        if detailed || removedShown[stage, default: 0] < 3 {
          removedShown[stage, default: 0] += 1
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
      maxRAM = max(maxRAM, state.freeRAMMB)
      maxCPU = max(maxCPU, state.freeVCPUs)
      maxDisk = max(maxDisk, state.freeDiskGB)
      maxIO = max(maxIO, state.ioOps)
      minMembers = min(minMembers, membersOnHost[index])
      maxMembers = max(maxMembers, membersOnHost[index])
    }
    guard !survivors.isEmpty else {
      return Decision(verdicts: verdicts, omitted: omitted, chosen: nil)
    }

    let softAffinity = group?.policy == .softAffinity
    let softAntiAffinity = group?.policy == .softAntiAffinity
    let memberRange = Double(maxMembers - minMembers)
    var best = survivors[0]
    var bestScore = -Double.infinity
    var top: [(index: Int, score: Double)] = []
    for index in survivors {
      let state = consumed.isEmpty ? hosts[index] : (consumed[index] ?? hosts[index])
      var score = spec.ramWeightMultiplier * ratio(state.freeRAMMB, maxRAM)
      score += spec.cpuWeightMultiplier * ratio(state.freeVCPUs, maxCPU)
      score += spec.diskWeightMultiplier * ratio(state.freeDiskGB, maxDisk)
      score += spec.ioOpsWeightMultiplier * ratio(state.ioOps, maxIO)
      if memberRange > 0 {
        if softAffinity {
          score += spec.softAffinityWeightMultiplier * Double(membersOnHost[index] - minMembers) / memberRange
        } else if softAntiAffinity {
          score += spec.softAntiAffinityWeightMultiplier * Double(maxMembers - membersOnHost[index]) / memberRange
        }
      }
      if score > bestScore {
        bestScore = score
        best = index
      }
      if !detailed {
        top.append((index, score))
        if top.count > 6 {
          top.sort { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }
          top.removeLast(top.count - 3)
        }
      }
    }

    let shown: [Int]
    if detailed {
      shown = survivors
    } else {
      top.sort { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }
      shown = top.prefix(3).map(\.index)
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

  /// Nova's normalisation with `minval = 0`: the value over the largest value, or 0 when all are 0.
  private func ratio(_ value: Int, _ maximum: Int) -> Double {
    maximum == 0 ? 0 : Double(value) / Double(maximum)
  }
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
enum Stage: Hashable {
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
