import ServerGroupsCore

extension Scheduler {
  /// The verdict for a host a stage removed, worded for a newcomer.
  func removedVerdict(
    _ stage: Stage, index: Int, state: HostState, context: FilterContext, membersOnHost: [Int]
  ) -> HostVerdict {
    let request = context.request
    let names = context.names
    let limit = context.limit
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
      return HostVerdict(
        host: name, removedBy: "ignore_hosts",
        reason: "it is the host being evacuated: the server is moving away from it because it is down")
    case .notRequested:
      return HostVerdict(host: name, removedBy: "requested_destination", reason: "the request names another host")
    case .down:
      return HostVerdict(
        host: name, removedBy: "ComputeFilter", reason: "the host is down: its compute service is not reporting")
    case .capabilities:
      let host = context.properties(index)
      let unmet = HostRequirements.unmetExtraSpec(
        request.extraSpecs, host: host, name: name, state: state, overcommit: context.overcommit(index))
      let found = unmet?.found.map { "the host has `\($0)`" } ?? "the host reports no such capability"
      return HostVerdict(
        host: name, removedBy: "ComputeCapabilitiesFilter",
        reason: "the flavor's extra spec `\(unmet?.key ?? "")` asks for `\(unmet?.requirement ?? "")`; \(found)")
    case .image:
      let host = context.properties(index)
      let asks = request.imageProperties.filter { ["hw_architecture", "img_hv_type", "hw_vm_mode"].contains($0.key) }
        .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      var wanted = asks.joined(separator: ", ")
      if let version = request.imageProperties["img_hv_requested_version"] {
        wanted += (wanted.isEmpty ? "" : ", ") + "hypervisor version \(version)"
      }
      let offers = host.supportedInstances.map { $0.joined(separator: "/") }.joined(separator: ", ")
      return HostVerdict(
        host: name, removedBy: "ImagePropertiesFilter",
        reason: "the image asks for \(wanted); the host offers \(offers), version \(host.versionText)")
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
}
