import ServerGroupsCore

/// Says in a sentence why a server is where it is ("db-3 went to compute-3 because compute-1 and compute-2
/// already hold members of DB Cluster"), from the scheduler's trace, or from the state alone on a real cloud.
package enum PlacementExplainer {
  /// The sentence for one server.
  package static func why(_ server: Server, in state: CloudState, language: Language) -> String {
    let say = { (id: MessageID, args: [String]) in Messages.text(id, arguments: args, in: language)
    }
    guard let trace = state.traces[server.id] else {
      if server.status == .error {
        return say(.detailOtherFault, [server.name, server.fault?.message ?? ""])
      }
      return say(.whyNoTrace, [server.name, state.hostName(of: server) ?? say(.unknownValue, [])])
    }
    if trace.failedWithRequest { return say(.whyFailedWithRequest, [server.name]) }
    let reasons = refusals(in: trace, for: server, state: state, language: language)
    guard let chosen = trace.chosenHost else {
      let because =
        reasons.isEmpty ? (trace.failure ?? say(.unknownValue, [])) : joined(reasons, language)
      return say(.whyRefused, [server.name, because])
    }
    if !reasons.isEmpty {
      return say(.whyPlaced, [server.name, chosen, joined(reasons, language)])
    }
    let verdict = trace.hosts.first { $0.host == chosen }
    let score = number(verdict?.score ?? 0, language)
    if let soft = verdict?.weights.first(where: {
      $0.weigher.contains("Soft") && $0.contribution != 0
    }) {
      return say(.whyPlacedSoft, [server.name, chosen, score, soft.weigher])
    }
    return say(.whyPlacedFirstChoice, [server.name, chosen, score])
  }

  /// One clause per kind of refusal, group filters first.
  private static func refusals(
    in trace: SchedulingTrace, for server: Server, state: CloudState, language: Language
  ) -> [String] {
    let say = { (id: MessageID, args: [String]) in Messages.text(id, arguments: args, in: language)
    }
    let groupName =
      trace.group.map { Messages.quoted($0.name, in: language) } ?? say(.unknownValue, [])
    var byStage: [(stage: String, hosts: [String])] = []
    for verdict in trace.hosts {
      guard var stage = verdict.removedBy else { continue }
      // Placement drops disabled hosts as well as full ones; they read differently.
      if stage == "Placement", verdict.reason.contains("disabled") { stage = "ComputeFilter" }
      if let index = byStage.firstIndex(where: { $0.stage == stage }) {
        byStage[index].hosts.append(verdict.host)
      } else {
        byStage.append((stage, [verdict.host]))
      }
    }
    let rank = { (stage: String) -> Int in
      stage.hasPrefix("ServerGroup") ? 0 : (stage == "ComputeFilter" ? 2 : 1)
    }
    return byStage.sorted { rank($0.stage) < rank($1.stage) }.map { entry in
      let hosts = Messages.list(entry.hosts, in: language)
      switch entry.stage {
      case "ServerGroupAntiAffinityFilter":
        return say(
          entry.hosts.count == 1 ? .reasonHoldMember : .reasonHoldMembers, [hosts, groupName])
      case "ServerGroupAffinityFilter":
        let home = groupHosts(of: trace, excluding: server, state: state)
        return say(.reasonAffinity, [hosts, groupName, Messages.list(home, in: language)])
      case "ComputeFilter":
        return say(.reasonDown, [hosts])
      case "ignore_hosts":
        return say(.reasonEvacuated, [hosts])
      case "Placement", "RamFilter", "DiskFilter", "CoreFilter":
        return say(.reasonNoRoom, [hosts])
      default:
        return say(.reasonOther, [hosts, entry.stage])
      }
    }
  }

  /// Clauses that may hold commas themselves: `a, and b` rather than `a and b`.
  private static func joined(_ reasons: [String], _ language: Language) -> String {
    guard reasons.count > 1 else { return reasons.first ?? "" }
    return Messages.text(
      .reasonsAnd, reasons.dropLast().joined(separator: ", "), reasons[reasons.count - 1],
      in: language)
  }

  /// Hosts of the other members of the trace's group.
  private static func groupHosts(
    of trace: SchedulingTrace, excluding server: Server, state: CloudState
  ) -> [String] {
    guard let summary = trace.group, let group = state.groups.first(where: { $0.id == summary.id })
    else { return [] }
    var hosts: [String] = []
    for member in state.members(of: group) where member.id != server.id {
      if let host = state.hostName(of: member), !hosts.contains(host) { hosts.append(host) }
    }
    return hosts
  }

  /// A score with two decimals, with the language's decimal mark (also `why`'s weights).
  package static func number(_ value: Double, _ language: Language) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }  // never a trap on a strange score
    let hundredths = Int((abs(value) * 100).rounded())
    let fraction = hundredths % 100
    let text =
      "\(value < 0 && hundredths > 0 ? "-" : "")\(hundredths / 100)\(language == .nb ? "," : ".")\(fraction < 10 ? "0" : "")\(fraction)"
    return text
  }
}
