import ServerGroupsCore

/// What two clouds must share to be "the same outcome" of a command, whatever the servers are called and
/// whichever equal host the scheduler chose: each group's name, policy and rule with its members counted per
/// host (largest first), in ERROR and on hosts that are down; the servers in no group by status; and which
/// hosts are down, disabled or filled. A `wrong:` line rehearsed from a step's start and the learner's own
/// commands that reach the same shape are the same mistake.
package struct StateShape: Sendable, Equatable {
  struct GroupShape: Sendable, Equatable, Comparable {
    var name: String
    var policy: String
    var maxServerPerHost: Int?
    /// ACTIVE members per host that is up, largest first.
    var activeCounts: [Int]
    var onDownHosts: Int
    var inError: Int
    /// Members in any other status (BUILD, SHUTOFF, …).
    var other: Int

    /// Every field, so equal multisets of groups sort alike.
    var key: String {
      "\(name)|\(policy)|\(maxServerPerHost ?? 0)|\(activeCounts)|\(onDownHosts)|\(inError)|\(other)"
    }

    static func < (lhs: GroupShape, rhs: GroupShape) -> Bool { lhs.key < rhs.key }
  }

  var groups: [GroupShape]
  /// Statuses of the servers in no group, sorted (`ACTIVE`, `ACTIVE`, `ERROR`).
  var loose: [String]
  var downHosts: [String]
  var disabledHosts: [String]
  var filledHosts: [String]

  package init(_ state: CloudState) {
    groups = state.groups.map { group in
      let members = state.members(of: group)
      var perHost: [String: Int] = [:]
      var down = 0
      var error = 0
      var other = 0
      for member in members {
        if member.status == .error {
          error += 1
        } else if state.isOnDownHost(member) {
          down += 1
        } else if member.status == .active, let host = state.hostName(of: member) {
          perHost[host, default: 0] += 1
        } else {
          other += 1
        }
      }
      return GroupShape(
        name: group.name, policy: group.policy.rawValue, maxServerPerHost: group.rules.maxServerPerHost,
        activeCounts: perHost.values.sorted(by: >), onDownHosts: down, inError: error, other: other)
    }.sorted()
    let grouped = Set(state.groups.flatMap(\.members))
    loose = state.servers.filter { !grouped.contains($0.id) }.map(\.status.rawValue).sorted()
    downHosts = state.downHosts.sorted()
    disabledHosts = state.hosts.filter { !$0.isEnabled }.map(\.name).sorted()
    filledHosts = state.hosts.filter(\.isFilled).map(\.name).sorted()
  }
}
