import ServerGroupsCore

extension SimulatedCloud {
  /// `GET /os-hypervisors/detail`, for admins only.
  func listHypervisors(as caller: Caller) throws(CloudError) -> [Hypervisor] {
    guard caller.isAdmin else { throw .policyRefused("os_compute_api:os-hypervisors:list-detail") }
    return state.hosts.indices.map { index in
      let record = state.hosts[index]
      let host = state.hostStates[index]
      let spec = record.spec
      return Hypervisor(
        id: record.hypervisorID, hostname: spec.name, state: host.isUp ? "up" : "down",
        status: host.isEnabled ? "enabled" : "disabled", hostIP: record.hostIP,
        vcpus: spec.usableVCPUs, vcpusUsed: spec.usableVCPUs - host.freeVCPUs,
        memoryMB: spec.usableRAMMB, memoryMBUsed: spec.usableRAMMB - host.freeRAMMB,
        localGB: spec.usableDiskGB, localGBUsed: spec.usableDiskGB - host.freeDiskGB,
        runningVMs: record.servers.count, availabilityZone: spec.availabilityZone,
        hypervisorType: spec.properties.hypervisorType, hypervisorVersion: spec.properties.hypervisorVersion,
        cpuArch: spec.properties.architecture)
    }
  }

  /// `GET /limits` for the caller's project.
  func limits(as caller: Caller) -> Limits {
    let used = state.usage[caller.projectID, default: ProjectUsage()]
    let quotas = quotas(for: caller.projectID)
    return Limits(
      maxInstances: quotas.instances, maxCores: quotas.cores, maxRAMMB: quotas.ramMB,
      maxServerGroups: quotas.serverGroups, maxServerGroupMembers: quotas.serverGroupMembers,
      instancesUsed: used.instances, coresUsed: used.cores, ramUsedMB: used.ramMB,
      serverGroupsUsed: used.serverGroups)
  }
}
