import ServerGroupsCore

extension Scheduler {
  /// The verdict for a host a stage removed, worded for a newcomer.
  func removedVerdict(
    _ stage: Stage, index: Int, state: HostState, request: ScheduleRequest, membersOnHost: [Int], names: [String],
    limit: Int
  ) -> HostVerdict {
    let name = names[index]
    let groupName = request.group?.summary.name ?? ""
    switch stage {
    case .disabled:
      return HostVerdict(
        host: name, removedBy: "Placement", reason: "its compute service is disabled, so placement does not offer it")
    case .noRoom:
      let size = request.size
      return HostVerdict(
        host: name, removedBy: "Placement",
        reason:
          "not enough room for \(size.flavorName) (needs \(size.vcpus) vCPU, \(size.ramMB) MB RAM, \(size.diskGB) GB disk; "
          + "free \(max(0, state.freeVCPUs)) vCPU, \(max(0, state.freeRAMMB)) MB, \(max(0, state.freeDiskGB)) GB)")
    case .ignored:
      return HostVerdict(host: name, removedBy: "ignore_hosts", reason: "it is the host being evacuated")
    case .down:
      return HostVerdict(
        host: name, removedBy: "ComputeFilter", reason: "the host is down: its compute service is not reporting")
    case .antiAffinity:
      let count = membersOnHost[index]
      return HostVerdict(
        host: name, removedBy: "ServerGroupAntiAffinityFilter",
        reason: "already holds \(count) member\(count == 1 ? "" : "s") of \(groupName), max \(limit)")
    case .affinity:
      let homes = membersOnHost.indices.filter { membersOnHost[$0] > 0 }.prefix(3).map { names[$0] }
      return HostVerdict(
        host: name, removedBy: "ServerGroupAffinityFilter",
        reason: "holds no member of \(groupName); affinity keeps every member on \(homes.joined(separator: ", "))")
    }
  }

  /// The verdict for a host that passed every filter: each weigher's share of its score.
  func survivorVerdict(
    index: Int, state: HostState, members: Int, group: GroupSummary?, extremes: Extremes, names: [String]
  ) -> HostVerdict {
    func ratio(_ value: Int, _ maximum: Int) -> Double { maximum == 0 ? 0 : Double(value) / Double(maximum) }
    var terms = [
      WeightTerm(
        weigher: "RAMWeigher", raw: Double(state.freeRAMMB), normalized: ratio(state.freeRAMMB, extremes.ram),
        multiplier: spec.ramWeightMultiplier),
      WeightTerm(
        weigher: "CPUWeigher", raw: Double(state.freeVCPUs), normalized: ratio(state.freeVCPUs, extremes.cpu),
        multiplier: spec.cpuWeightMultiplier),
      WeightTerm(
        weigher: "DiskWeigher", raw: Double(state.freeDiskGB), normalized: ratio(state.freeDiskGB, extremes.disk),
        multiplier: spec.diskWeightMultiplier),
      WeightTerm(
        weigher: "IoOpsWeigher", raw: Double(state.ioOps), normalized: ratio(state.ioOps, extremes.io),
        multiplier: spec.ioOpsWeightMultiplier),
    ]
    let range = Double(extremes.maxMembers - extremes.minMembers)
    if group?.policy == .softAffinity {
      terms.append(
        WeightTerm(
          weigher: "ServerGroupSoftAffinityWeigher", raw: Double(members),
          normalized: range > 0 ? Double(members - extremes.minMembers) / range : 0,
          multiplier: spec.softAffinityWeightMultiplier))
    } else if group?.policy == .softAntiAffinity {
      terms.append(
        WeightTerm(
          weigher: "ServerGroupSoftAntiAffinityWeigher", raw: Double(-members),
          normalized: range > 0 ? Double(extremes.maxMembers - members) / range : 0,
          multiplier: spec.softAntiAffinityWeightMultiplier))
    }
    let score = terms.reduce(0) { $0 + $1.contribution }
    return HostVerdict(host: names[index], removedBy: nil, reason: "passed every filter", weights: terms, score: score)
  }
}
