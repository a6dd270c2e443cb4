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
      return Self.computeKeeps(state) ? nil : .down
    case .computeCapabilities:
      let unmet = HostRequirements.unmetExtraSpec(
        context.request.extraSpecs, host: context.properties(index), name: context.names[index], state: state,
        overcommit: context.overcommit(index))
      return unmet == nil ? nil : .capabilities
    case .imageProperties:
      return HostRequirements.supportsImage(context.request.imageProperties, host: context.properties(index))
        ? nil : .image
    case .serverGroupAntiAffinity:
      return Self.antiAffinityKeeps(held: held, limit: context.limit) ? nil : .antiAffinity
    case .serverGroupAffinity:
      return Self.affinityKeeps(held: held) ? nil : .affinity
    }
  }

  /// ComputeFilter keeps a host whose compute service is up.
  @inline(__always)
  static func computeKeeps(_ state: HostState) -> Bool { state.isUp }

  /// ServerGroupAntiAffinityFilter keeps a host holding fewer of the group's members than `max_server_per_host`.
  @inline(__always)
  static func antiAffinityKeeps(held: Int, limit: Int) -> Bool { held < limit }

  /// ServerGroupAffinityFilter keeps a host that already holds a member (once the group has a host at all).
  @inline(__always)
  static func affinityKeeps(held: Int) -> Bool { held > 0 }

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

/// The running filters that look only at the host's state and the group's members on it, as flags, so that a
/// host they all keep is let through without visiting each filter; a host one of them removes (or any host, when
/// the capability or image filter runs) goes through the filters in their order, which names the stage.
struct FilterScreen {
  private let checksUp: Bool
  private let checksAntiAffinity: Bool
  private let checksAffinity: Bool
  /// Whether a filter that needs more than the flags above runs.
  let needsEveryFilter: Bool
  private let limit: Int

  init(_ running: [Filter], limit: Int) {
    checksUp = running.contains(.compute)
    checksAntiAffinity = running.contains(.serverGroupAntiAffinity)
    checksAffinity = running.contains(.serverGroupAffinity)
    needsEveryFilter = running.contains(.computeCapabilities) || running.contains(.imageProperties)
    self.limit = limit
  }

  /// Whether every running filter keeps the host (meaningful when `needsEveryFilter` is false).
  @inline(__always)
  func keeps(_ state: HostState, held: Int) -> Bool {
    (!checksUp || Filter.computeKeeps(state))
      && (!checksAntiAffinity || Filter.antiAffinityKeeps(held: held, limit: limit))
      && (!checksAffinity || Filter.affinityKeeps(held: held))
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
