import ServerGroupsCore

/// A filter of Nova's `enabled_filters` that the simulator runs, named as Nova names it, in Nova's default order.
package enum Filter: String, CaseIterable, Sendable {
  case compute = "ComputeFilter"
  case computeCapabilities = "ComputeCapabilitiesFilter"
  case imageProperties = "ImagePropertiesFilter"
  case serverGroupAntiAffinity = "ServerGroupAntiAffinityFilter"
  case serverGroupAffinity = "ServerGroupAffinityFilter"

  /// The stage that removes host `index`, or nil when it passes. ComputeFilter drops a host whose compute service
  /// is down; the capability and image filters match the flavor's extra specs and the image's properties; the
  /// group filters enforce the hard policies (nova/scheduler/filters/affinity_filter.py).
  func removes(_ index: Int, _ state: HostState, held: Int, _ context: FilterContext) -> Stage? {
    switch self {
    case .compute:
      return state.isUp ? nil : .down
    case .computeCapabilities:
      guard !context.request.extraSpecs.isEmpty else { return nil }
      let unmet = HostRequirements.unmetExtraSpec(
        context.request.extraSpecs, host: context.properties(index), name: context.names[index], state: state)
      return unmet == nil ? nil : .capabilities
    case .imageProperties:
      guard !context.request.imageProperties.isEmpty else { return nil }
      return HostRequirements.supportsImage(context.request.imageProperties, host: context.properties(index))
        ? nil : .image
    case .serverGroupAntiAffinity:
      return context.group?.policy == .antiAffinity && held >= context.limit ? .antiAffinity : nil
    case .serverGroupAffinity:
      return context.group?.policy == .affinity && context.groupHasHosts && held == 0 ? .affinity : nil
    }
  }
}

/// What the filters need besides the host itself, fixed for one server's decision.
struct FilterContext {
  let request: ScheduleRequest
  let group: GroupSummary?
  /// The anti-affinity group's `max_server_per_host` (1 when unset).
  let limit: Int
  /// Whether an affinity group already has a host (from earlier members or earlier servers of this request).
  let groupHasHosts: Bool
  let names: [String]
  let hostProperties: [HostProperties]

  /// A host's properties; hosts the scheduler was not told about report the defaults.
  func properties(_ index: Int) -> HostProperties {
    index < hostProperties.count ? hostProperties[index] : HostProperties()
  }
}
