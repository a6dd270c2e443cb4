import ServerGroupsCore

extension Check {
  /// Evaluates the check on a snapshot. `commands` are the argument lists of the commands that succeeded
  /// during the step (only `ran` looks at them).
  package func evaluate(in state: CloudState, commands: [[String]] = [], language: Language)
    -> CheckResult
  {
    let say = { (id: MessageID, args: [String]) in Messages.text(id, arguments: args, in: language)
    }
    let quote = { (name: String) in Messages.quoted(name, in: language) }
    let members = { (count: Int) in
      count == 1 ? say(.countMember, []) : say(.countMembers, [String(count)])
    }
    switch self {
    case .groupExists(let name, let policy, let rule):
      let goal: String =
        if let policy, let rule {
          say(.goalGroupExistsWithRule, [quote(name), policy.rawValue, String(rule)])
        } else if let policy {
          say(.goalGroupExistsWithPolicy, [quote(name), policy.rawValue])
        } else { say(.goalGroupExists, [quote(name)]) }
      let candidates = state.groups.filter { $0.name == name }
      guard !candidates.isEmpty else {
        return CheckResult(passed: false, goal: goal, detail: say(.detailNoGroup, [quote(name)]))
      }
      let matching = candidates.filter { group in
        (policy == nil || group.policy == policy)
          && (rule == nil || group.rules.maxServerPerHost == rule)
      }
      if !matching.isEmpty { return CheckResult(passed: true, goal: goal) }
      let group = candidates[candidates.count - 1]
      if let policy, group.policy != policy {
        return CheckResult(
          passed: false, goal: goal, detail: say(.detailPolicyIs, [group.policy.rawValue]))
      }
      let detail =
        group.rules.maxServerPerHost.map { say(.detailRuleIs, [String($0)]) }
        ?? say(.detailRuleUnset, [])
      return CheckResult(passed: false, goal: goal, detail: detail)

    case .groupAbsent(let name):
      let goal = say(.goalGroupAbsent, [quote(name)])
      let present = state.groups.contains { $0.name == name }
      return CheckResult(
        passed: !present, goal: goal,
        detail: present ? say(.detailGroupStillThere, [quote(name)]) : nil)

    case .activeMembers(let name, let count):
      let goal = say(.goalActiveMembers, [quote(name), members(count)])
      return withGroup(name, goal, state, language) { group in
        let active = state.members(of: group).filter { $0.status == .active }
        return CheckResult(
          passed: active.count == count, goal: goal, detail: memberCounts(group, state, language))
      }

    case .membersOnDistinctHosts(let name, let count):
      let goal = say(.goalDistinctHosts, [quote(name), members(count)])
      return withGroup(name, goal, state, language) { group in
        let perHost = state.activeMembersPerHost(of: group)
        let active = perHost.reduce(0) { $0 + $1.servers.count }
        if let shared = perHost.first(where: { $0.servers.count > 1 }) {
          let names = Messages.list(shared.servers.map(\.name), in: language)
          return CheckResult(
            passed: false, goal: goal, detail: say(.detailShare, [names, shared.host]))
        }
        return CheckResult(
          passed: active == count, goal: goal, detail: memberCounts(group, state, language))
      }

    case .membersOnOneHost(let name, let count):
      let goal = say(.goalOneHost, [quote(name), members(count)])
      return withGroup(name, goal, state, language) { group in
        let perHost = state.activeMembersPerHost(of: group)
        let active = perHost.reduce(0) { $0 + $1.servers.count }
        if perHost.count > 1 {
          return CheckResult(
            passed: false, goal: goal,
            detail: say(.detailSpread, [Messages.list(perHost.map(\.host), in: language)]))
        }
        return CheckResult(
          passed: active == count, goal: goal, detail: memberCounts(group, state, language))
      }

    case .memberInError(let name):
      let goal = say(.goalMemberInError, [quote(name)])
      return withGroup(name, goal, state, language) { group in
        let members = state.members(of: group)
        if members.contains(where: state.hasNoValidHostFault) {
          return CheckResult(passed: true, goal: goal)
        }
        if let other = members.first(where: { $0.status == .error }) {
          let message = other.fault?.message ?? ""
          return CheckResult(
            passed: false, goal: goal, detail: say(.detailOtherFault, [other.name, message]))
        }
        return CheckResult(passed: false, goal: goal, detail: say(.detailNoMemberInError, []))
      }

    case .errorMembers(let name, let count):
      let goal = say(.goalErrorMembers, [quote(name), members(count)])
      return withGroup(name, goal, state, language) { group in
        let errors = state.members(of: group).filter { $0.status == .error }
        return CheckResult(
          passed: errors.count == count, goal: goal, detail: memberCounts(group, state, language))
      }

    case .membersOnUpHosts(let name, let count):
      let goal = say(.goalMembersOnUpHosts, [quote(name), members(count)])
      return withGroup(name, goal, state, language) { group in
        let up = state.members(of: group).filter {
          $0.status == .active && state.hostName(of: $0) != nil && !state.isOnDownHost($0)
        }
        let down = state.downHosts
        let detail =
          down.isEmpty
          ? memberCounts(group, state, language)
          : say(.detailHostsDown, [Messages.list(down, in: language)])
        return CheckResult(passed: up.count == count, goal: goal, detail: detail)
      }

    case .membersOnDownHosts(let name, let count):
      let goal = say(.goalMembersOnDownHosts, [quote(name), members(count)])
      return withGroup(name, goal, state, language) { group in
        let lost = state.members(of: group).filter(state.isOnDownHost)
        let down = state.downHosts
        let detail =
          down.isEmpty
          ? say(.detailNoHostDown, []) : say(.detailHostsDown, [Messages.list(down, in: language)])
        return CheckResult(passed: lost.count == count, goal: goal, detail: detail)
      }

    case .placementCounts(let name, let counts):
      let wanted = counts.map(String.init).joined(separator: "/")
      let goal = say(.goalPlacementCounts, [quote(name), wanted])
      return withGroup(name, goal, state, language) { group in
        let now = state.activeMembersPerHost(of: group).map(\.servers.count).sorted(by: >)
        let shown = now.isEmpty ? say(.nothing, []) : now.map(String.init).joined(separator: "/")
        return CheckResult(
          passed: now == counts, goal: goal, detail: say(.detailCountsNow, [shown]))
      }

    case .maxPerHost(let name, let max, let count):
      let goal = say(.goalMaxPerHost, [quote(name), String(max), members(count)])
      return withGroup(name, goal, state, language) { group in
        let perHost = state.activeMembersPerHost(of: group)
        if let crowded = perHost.first(where: { $0.servers.count > max }) {
          let names = Messages.list(crowded.servers.map(\.name), in: language)
          return CheckResult(
            passed: false, goal: goal, detail: say(.detailHostHolds, [crowded.host, names]))
        }
        let active = perHost.reduce(0) { $0 + $1.servers.count }
        return CheckResult(
          passed: active == count, goal: goal, detail: memberCounts(group, state, language))
      }

    case .groupHostFull(let name):
      let goal = say(.goalGroupHostFull, [quote(name)])
      return withGroup(name, goal, state, language) { group in
        guard state.isSimulator, !state.hosts.isEmpty else {
          return CheckResult(passed: false, goal: goal, detail: say(.detailNeedsSimulator, []))
        }
        let hosts = state.activeMembersPerHost(of: group).map(\.host)
        guard !hosts.isEmpty else {
          return CheckResult(passed: false, goal: goal, detail: say(.detailNoActiveMember, []))
        }
        if let roomy = hosts.first(where: { host in
          !(state.hosts.first { $0.name == host }?.isFilled ?? false)
        }) {
          return CheckResult(passed: false, goal: goal, detail: say(.detailHostHasRoom, [roomy]))
        }
        return CheckResult(passed: true, goal: goal)
      }

    case .hostDown(let host):
      let down = state.downHosts
      guard let host else {
        let goal = say(.goalAnyHostDown, [])
        return CheckResult(passed: !down.isEmpty, goal: goal, detail: say(.detailNoHostDown, []))
      }
      let goal = say(.goalHostDown, [host])
      if !state.hosts.isEmpty, !state.hosts.contains(where: { $0.name == host }) {
        return CheckResult(passed: false, goal: goal, detail: say(.detailUnknownHost, [host]))
      }
      return CheckResult(
        passed: down.contains(host), goal: goal, detail: say(.detailHostUp, [host]))

    case .allHostsUp:
      let down = state.downHosts
      return CheckResult(
        passed: down.isEmpty, goal: say(.goalAllHostsUp, []),
        detail: say(.detailHostsDown, [Messages.list(down, in: language)]))

    case .activeServers(let count):
      let active = state.servers.filter { $0.status == .active }.count
      let errors = state.servers.filter { $0.status == .error }.count
      return CheckResult(
        passed: active == count,
        goal: say(
          .goalActiveServers,
          [count == 1 ? say(.countServer, []) : say(.countServers, [String(count)])]),
        detail: say(.detailMemberCounts, [String(active), String(errors)]))

    case .nothingLeft:
      let empty = state.groups.isEmpty && state.servers.isEmpty
      return CheckResult(
        passed: empty, goal: say(.goalNothingLeft, []),
        detail: say(.detailLeft, [String(state.groups.count), String(state.servers.count)]))

    case .ran(let words):
      let goal = say(.goalRan, [words.joined(separator: " ")])
      let passed = commands.contains { CommandWords.normalized($0).starts(with: words) }
      return CheckResult(passed: passed, goal: goal, detail: say(.detailNotYetRun, []))
    }
  }

  private func withGroup(
    _ name: String, _ goal: String, _ state: CloudState, _ language: Language,
    _ body: (ServerGroup) -> CheckResult
  ) -> CheckResult {
    guard let group = state.group(named: name) else {
      let detail = Messages.text(.detailNoGroup, Messages.quoted(name, in: language), in: language)
      return CheckResult(passed: false, goal: goal, detail: detail)
    }
    return body(group)
  }

  private func memberCounts(_ group: ServerGroup, _ state: CloudState, _ language: Language)
    -> String
  {
    let members = state.members(of: group)
    let active = members.filter { $0.status == .active }.count
    let errors = members.filter { $0.status == .error }.count
    return Messages.text(.detailMemberCounts, String(active), String(errors), in: language)
  }
}

/// Command lines as the tutor compares them: without a leading `openstack` and without global `--os-…` options.
package enum CommandWords {
  /// `["openstack", "--os-compute-api-version", "2.64", "server", "list"]` → `["server", "list"]`.
  package static func normalized(_ argv: [String]) -> [String] {
    var words = argv
    if words.first == "openstack" { words.removeFirst() }
    var result: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      if word.hasPrefix("--os-") {
        // `--os-x value` takes the next word; `--os-x=value` does not.
        index += word.contains("=") ? 1 : 2
        continue
      }
      result.append(word)
      index += 1
    }
    return result
  }
}
