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
  @inline(__always)
  func removes(_ index: Int, _ state: HostState, held: Int, _ context: FilterContext) -> Stage? {
    switch self {
    case .compute:
      return state.isUp ? nil : .down
    case .computeCapabilities:
      let unmet = HostRequirements.unmetExtraSpec(
        context.request.extraSpecs, host: context.properties(index), name: context.names[index], state: state,
        overcommit: context.overcommit(index))
      return unmet == nil ? nil : .capabilities
    case .imageProperties:
      return HostRequirements.supportsImage(context.request.imageProperties, host: context.properties(index))
        ? nil : .image
    case .serverGroupAntiAffinity:
      return held >= context.limit ? .antiAffinity : nil
    case .serverGroupAffinity:
      return held == 0 ? .affinity : nil
    }
  }

  /// Whether the filter can remove any host from this decision; the others pass every host and are not run
  /// (no extra specs, no image properties, a group of another policy, an affinity group with no host yet).
  func applies(_ context: FilterContext) -> Bool {
    switch self {
    case .compute: true
    case .computeCapabilities: !context.request.extraSpecs.isEmpty
    case .imageProperties: !HostRequirements.imageAsks(context.request.imageProperties).isEmpty
    case .serverGroupAntiAffinity: context.group?.policy == .antiAffinity
    case .serverGroupAffinity: context.group?.policy == .affinity && context.groupHasHosts
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
  let hostOvercommit: [Overcommit]

  /// A host's properties; hosts the scheduler was not told about report the defaults.
  func properties(_ index: Int) -> HostProperties {
    index < hostProperties.count ? hostProperties[index] : HostProperties()
  }

  func overcommit(_ index: Int) -> Overcommit {
    index < hostOvercommit.count ? hostOvercommit[index] : Overcommit()
  }
}
