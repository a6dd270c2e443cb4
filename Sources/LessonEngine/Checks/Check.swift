import ServerGroupsCore

/// A condition on the cloud's state that a step asks for. Checks look at state, never at typed text (`ran` is
/// the one exception, for steps that only look around).
package enum Check: Sendable, Equatable {
  /// A group with this name exists; with a policy and a `max_server_per_host` rule when given.
  case groupExists(name: String, policy: Policy?, maxServerPerHost: Int?)
  /// No group has this name.
  case groupAbsent(name: String)
  /// Exactly `count` members of the group are ACTIVE.
  case activeMembers(group: String, count: Int)
  /// Exactly `count` members are ACTIVE, each on a different host.
  case membersOnDistinctHosts(group: String, count: Int)
  /// Exactly `count` members are ACTIVE, all on one host.
  case membersOnOneHost(group: String, count: Int)
  /// At least one member is in ERROR with Nova's "No valid host was found" fault.
  case memberInError(group: String)
  /// Exactly `count` members are in ERROR.
  case errorMembers(group: String, count: Int)
  /// Exactly `count` members are ACTIVE on hosts that are UP.
  case membersOnUpHosts(group: String, count: Int)
  /// Exactly `count` members sit on hosts that are DOWN.
  case membersOnDownHosts(group: String, count: Int)
  /// ACTIVE members per host, largest first, hosts without members left out (`3/1/1/1`).
  case placementCounts(group: String, counts: [Int])
  /// Exactly `count` members ACTIVE and no host holds more than `max` of them.
  case maxPerHost(group: String, max: Int, count: Int)
  /// Every host holding an ACTIVE member of the group has been filled (`host fill`).
  case groupHostFull(group: String)
  /// The host is down; any host when `host` is nil.
  case hostDown(host: String?)
  /// Every host is up.
  case allHostsUp
  /// Exactly `count` servers in the project are ACTIVE.
  case activeServers(count: Int)
  /// No server groups and no servers are left in the project.
  case nothingLeft
  /// A command starting with these words ran successfully during the step (for look-only steps).
  case ran(command: [String])

  /// The check's name as lesson files spell it.
  package var name: String {
    switch self {
    case .groupExists: "groupExists"
    case .groupAbsent: "groupAbsent"
    case .activeMembers: "activeMembers"
    case .membersOnDistinctHosts: "membersOnDistinctHosts"
    case .membersOnOneHost: "membersOnOneHost"
    case .memberInError: "memberInError"
    case .errorMembers: "errorMembers"
    case .membersOnUpHosts: "membersOnUpHosts"
    case .membersOnDownHosts: "membersOnDownHosts"
    case .placementCounts: "placementCounts"
    case .maxPerHost: "maxPerHost"
    case .groupHostFull: "groupHostFull"
    case .hostDown: "hostDown"
    case .allHostsUp: "allHostsUp"
    case .activeServers: "activeServers"
    case .nothingLeft: "nothingLeft"
    case .ran: "ran"
    }
  }
}

extension Check {
  /// The group the check is about, if any.
  package var groupName: String? {
    switch self {
    case .groupExists(let name, _, _), .groupAbsent(let name): name
    case .activeMembers(let group, _), .membersOnDistinctHosts(let group, _), .membersOnOneHost(let group, _),
      .memberInError(let group), .errorMembers(let group, _), .membersOnUpHosts(let group, _),
      .membersOnDownHosts(let group, _), .placementCounts(let group, _), .maxPerHost(let group, _, _),
      .groupHostFull(let group):
      group
    case .hostDown, .allHostsUp, .activeServers, .nothingLeft, .ran: nil
    }
  }
}

/// The outcome of one check: passed or not, the condition as the goal view states it, and what is there now.
package struct CheckResult: Sendable, Equatable {
  package var passed: Bool
  /// The condition ("group «DB Cluster» exists with policy anti-affinity").
  package var goal: String
  /// The state now when it differs ("it has policy affinity"); nil when passed or nothing to add.
  package var detail: String?

  package init(passed: Bool, goal: String, detail: String? = nil) {
    self.passed = passed
    self.goal = goal
    self.detail = detail
  }

  /// `✓ goal` or `✗ goal (detail)`: one line of the goal view.
  package var line: String {
    let mark = passed ? "✓" : "✗"
    if let detail, !passed { return "\(mark) \(goal): \(detail)" }
    return "\(mark) \(goal)"
  }
}
