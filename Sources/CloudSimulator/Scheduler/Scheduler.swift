import ServerGroupsCore

/// Nova's filter scheduler as a pure function: placement's resource pre-filter, then the enabled filters,
/// then the weighers, best host first, ties to the earlier host. Every decision carries its reasons.
package struct Scheduler: Sendable {
  package let spec: SchedulerSpec
  /// Regions with at most this many hosts get a verdict for every host; larger ones get a readable digest.
  package let detailLimit: Int
  /// The enabled filters this scheduler runs, in the region's order (names it does not know are skipped here;
  /// `RegionSpec.problem()` refuses them in region files).
  let filters: [Filter]
  /// What each host reports to the capability and image filters, indexed like the host table.
  let hostProperties: [HostProperties]
  /// Each host's allocation ratios, for the weighers, indexed like the host table.
  let overcommit: [Overcommit]

  /// A scheduler for a region whose hosts are `hosts` (indexed like the host tables it is given); hosts it is
  /// not told about have allocation ratios of 1 and report the default properties.
  package init(spec: SchedulerSpec, hosts: [HostSpec] = [], detailLimit: Int = 16) {
    self.spec = spec
    self.detailLimit = detailLimit
    self.filters = spec.enabledFilters.compactMap(Filter.init(rawValue:))
    self.hostProperties = hosts.map(\.properties)
    self.overcommit = hosts.map(Overcommit.init)
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
    let limit = group?.maxServerPerHost ?? 1
    // Hosts chosen earlier in this request count too: they are in `membersOnHost` but not in the group's map.
    let context = FilterContext(
      request: request, group: group, limit: limit,
      groupHasHosts: request.group?.membersOnHost.values.contains { $0 > 0 } == true || !consumed.isEmpty,
      names: names, hostProperties: hostProperties, hostOvercommit: overcommit)
    let running = filters.filter { $0.applies(context) }

    var verdicts: [HostVerdict] = []
    var removedShown = [Int](repeating: 0, count: Stage.allCases.count)
    var omitted = 0
    var survivors: [Int] = []
    survivors.reserveCapacity(hosts.count)
    // The survivors' raw weights, computed in this same pass over the host table, as runs of equal ones.
    var runs = WeightRunBuilder()
    let screen = FilterScreen(running, limit: limit)
    let (size, ignored, noneConsumed) = (request.size, request.ignoredHost ?? -1, consumed.isEmpty)
    for index in hosts.indices {
      let state = noneConsumed ? hosts[index] : (consumed[index] ?? hosts[index])
      let held = membersOnHost[index]
      var stage: Stage? = nil
      // The host being evacuated first: it still holds the server's own resources, so blaming Placement's lack
      // of room there would name the wrong reason. Then Placement's pre-filter, then the enabled filters in
      // their configured order.
      if index == ignored {
        stage = .ignored
      } else if !state.isEnabled {
        stage = .disabled
      } else if !state.fits(size) {
        stage = .noRoom
      } else if let only = request.requestedHost, index != only {
        stage = .notRequested
      } else if screen.needsEveryFilter || !screen.keeps(state, held: held) {
        for filter in running {
          if let removed = filter.removes(index, state, held: held, context) {
            stage = removed
            break
          }
        }
      }
      guard let stage else {
        let stretch = index < overcommit.count ? overcommit[index] : Overcommit()
        runs.add(RawWeights(state, stretch, members: held), slot: survivors.count)
        survivors.append(index)
        continue
      }
      if detailed || removedShown[stage.rawValue] < 3 {
        removedShown[stage.rawValue] += 1
        verdicts.append(
          removedVerdict(stage, index: index, state: state, context: context, membersOnHost: membersOnHost))
      } else {
        omitted += 1
      }
    }
    guard !survivors.isEmpty else {
      return Decision(verdicts: verdicts, omitted: omitted, chosen: nil)
    }

    let weighing = Weighing(weighers: Weigher.active(spec, policy: group?.policy), spec: spec, runs: runs.finish())
    let shown: [Int]
    if detailed {
      shown = Array(survivors.indices)
    } else {
      shown = weighing.topThree
      omitted += survivors.count - shown.count
    }
    for slot in shown {
      verdicts.append(
        HostVerdict(
          host: names[survivors[slot]], removedBy: nil, reason: "passed every filter", weights: weighing.terms(slot),
          score: weighing.score(slot)))
    }
    return Decision(verdicts: verdicts, omitted: omitted, chosen: survivors[weighing.best])
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

/// Why a host left the running.
enum Stage: Int, CaseIterable {
  case disabled, noRoom, ignored, notRequested, down, capabilities, image, antiAffinity, affinity
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
