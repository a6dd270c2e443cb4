import ServerGroupsCore

/// A filter of Nova's `enabled_filters` that the simulator runs, named as Nova names it.
package enum Filter: String, CaseIterable, Sendable {
  case compute = "ComputeFilter"
  case serverGroupAntiAffinity = "ServerGroupAntiAffinityFilter"
  case serverGroupAffinity = "ServerGroupAffinityFilter"

  /// The stage that removes a host, or nil when it passes: ComputeFilter drops a host whose compute service is
  /// down; the group filters enforce the hard policies (nova/scheduler/filters/affinity_filter.py).
  func removes(_ state: HostState, held: Int, group: GroupSummary?, limit: Int, groupHasHosts: Bool) -> Stage? {
    switch self {
    case .compute:
      return state.isUp ? nil : .down
    case .serverGroupAntiAffinity:
      return group?.policy == .antiAffinity && held >= limit ? .antiAffinity : nil
    case .serverGroupAffinity:
      return group?.policy == .affinity && groupHasHosts && held == 0 ? .affinity : nil
    }
  }
}
