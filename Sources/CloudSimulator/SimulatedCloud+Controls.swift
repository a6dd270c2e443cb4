import Foundation
import ServerGroupsCore

extension SimulatedCloud {
  package func hostSnapshots() -> [HostSnapshot] {
    state.hosts.indices.map { index in
      let record = state.hosts[index]
      let host = state.hostStates[index]
      let spec = record.spec
      return HostSnapshot(
        name: spec.name, availabilityZone: spec.availabilityZone, isUp: host.isUp, isEnabled: host.isEnabled,
        vcpus: spec.usableVCPUs, ramMB: spec.usableRAMMB, diskGB: spec.usableDiskGB,
        vcpusUsed: spec.usableVCPUs - host.freeVCPUs, ramUsedMB: spec.usableRAMMB - host.freeRAMMB,
        diskUsedGB: spec.usableDiskGB - host.freeDiskGB, isFilled: record.filler != nil, servers: record.servers)
    }
  }

  @discardableResult
  package func perform(_ action: HostAction, on name: String) throws -> [EvacuationOutcome] {
    let index = try hostIndex(name)
    if action == .evacuate, state.hostStates[index].isUp {
      throw CloudError.badRequest("Compute service of \(name) is still in use.")
    }
    let time = tick()
    switch action {
    case .fail: state.hostStates[index].isUp = false
    case .recover: state.hostStates[index].isUp = true
    case .disable: state.hostStates[index].isEnabled = false
    case .enable: state.hostStates[index].isEnabled = true
    case .fill: fill(index)
    case .drain: drain(index)
    case .evacuate:
      // Every server of the failed host goes through the scheduler with its group's policy; one with no
      // qualifying host goes to ERROR and stays where it was (Nova's outcome).
      return state.hosts[index].servers.compactMap { evacuate($0, from: index, to: nil, at: time) }
    }
    return []
  }

  /// Uses up the host's free capacity with load from outside the project.
  private func fill(_ index: Int) {
    let host = state.hostStates[index]
    var filler = state.hosts[index].filler ?? ServerSize(vcpus: 0, ramMB: 0, diskGB: 0, flavorName: "other load")
    filler.vcpus += max(0, host.freeVCPUs)
    filler.ramMB += max(0, host.freeRAMMB)
    filler.diskGB += max(0, host.freeDiskGB)
    state.hosts[index].filler = filler
    state.hostStates[index].freeVCPUs = min(0, host.freeVCPUs)
    state.hostStates[index].freeRAMMB = min(0, host.freeRAMMB)
    state.hostStates[index].freeDiskGB = min(0, host.freeDiskGB)
  }

  /// Gives a filled host its capacity back.
  private func drain(_ index: Int) {
    guard let filler = state.hosts[index].filler else { return }
    state.hostStates[index].freeVCPUs += filler.vcpus
    state.hostStates[index].freeRAMMB += filler.ramMB
    state.hostStates[index].freeDiskGB += filler.diskGB
    state.hosts[index].filler = nil
  }

  /// `POST /servers/{id}/action {"evacuate": {"host": ...}}` (admins): the server's host must be down; the
  /// scheduler picks a new one (only `host` when given) with the group's policy honoured, as on a boot.
  /// Without a valid host the server goes to ERROR on its old host, as Nova leaves it.
  @discardableResult
  package func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest, as caller: Caller) throws
    -> EvacuationOutcome
  {
    guard let record = state.servers[id], serverVisible(record, to: caller) else {
      throw CloudError.serverNotFound(id.rawValue)
    }
    guard caller.isAdmin else { throw CloudError.policyRefused("os_compute_api:os-evacuate") }
    guard let source = record.hostIndex else {
      throw CloudError.conflict(
        "Cannot 'evacuate' instance \(id) while it is in vm_state "
          + (record.server.status == .error ? "error" : "building"))
    }
    let target = try request.host.map { try hostIndex($0) }
    if let target, target == source { throw CloudError.badRequest("The target host can't be the same one.") }
    guard !state.hostStates[source].isUp else {
      throw CloudError.badRequest("Compute service of \(state.hostNames[source]) is still in use.")
    }
    let time = tick()
    // The region answers at the lower of the asked and its own highest microversion.
    var answered = request
    answered.microversion = min(request.microversion, maxMicroversion)
    let stopping = answered.leavesServerStopped
    guard let outcome = evacuate(id, from: source, to: target, at: time, stopping: stopping) else {
      throw CloudError.serverNotFound(id.rawValue)
    }
    return outcome
  }

  /// Moves one server off `source` (onto `target` only, when given), or puts it in ERROR with the reason. The
  /// rebuilt server keeps its state (ACTIVE or SHUTOFF), or with `stopping` (2.95 and later) is left SHUTOFF.
  private func evacuate(
    _ id: ServerID, from source: Int, to target: Int?, at time: Date, stopping: Bool = false
  ) -> EvacuationOutcome? {
    guard var record = state.servers[id] else { return nil }
    let wasStopped = record.server.status == .shutoff
    let name = state.hostNames[source]
    // Only what the scheduler needs of the group: holding its record would copy its members and per-host counts
    // when `unplace` and `place` change them below.
    let summary = record.groupID.flatMap { state.groups[$0] }.map { Self.summary($0.group) }
    let asks = requirements(flavor: record.server.flavorID, image: record.server.imageID)
    var request = ScheduleRequest(
      size: record.size, count: 1,
      group: record.groupID.flatMap { state.groups[$0] }.map {
        GroupContext(summary: Self.summary($0.group), membersOnHost: $0.membersOnHost)
      },
      ignoredHost: source, extraSpecs: asks.extraSpecs, imageProperties: asks.imageProperties)
    request.requestedHost = target
    let result = scheduler.schedule(request, hosts: state.hostStates, names: state.hostNames)
    request.group = nil
    let decision = result.decisions.first
    var trace = SchedulingTrace(
      serverID: id, serverName: record.server.name, group: summary, position: 1,
      requestSize: 1, chosenHost: nil, failure: result.failure, hosts: decision?.verdicts ?? [],
      omittedHosts: decision?.omitted ?? 0)
    trace.operation = "evacuate"
    let outcome: EvacuationOutcome
    if let chosen = result.chosen.first ?? nil {
      unplace(record, from: source)
      trace.chosenHost = state.hostNames[chosen]
      record.server.fault = nil
      place(&record, on: chosen, at: time, trace: trace)
      if stopping || wasStopped { record.server.status = .shutoff }
      outcome = EvacuationOutcome(
        serverID: id, serverName: record.server.name, fromHost: name, toHost: state.hostNames[chosen], message: nil)
    } else {
      let message = result.failure ?? Fault.noValidHostNotEnoughHosts
      fail(&record, code: 500, message: message, at: time, trace: trace)
      outcome = EvacuationOutcome(
        serverID: id, serverName: record.server.name, fromHost: name, toHost: nil, message: message)
    }
    state.servers[id] = record
    return outcome
  }

  package func schedulingTrace(for server: ServerID) throws -> SchedulingTrace {
    try schedulingTrace(for: server, as: defaultCaller)
  }

  func schedulingTrace(for server: ServerID, as caller: Caller) throws -> SchedulingTrace {
    guard let record = state.servers[server], serverVisible(record, to: caller) else {
      throw CloudError.serverNotFound(server.rawValue)
    }
    guard let trace = record.trace else {
      throw CloudError.notFound("No scheduling record for \(record.server.name): it was never scheduled.")
    }
    return trace
  }

  package func reset() {
    state = RegionState(spec: region, seed: seed)
    hostIDCache = [:]
    stateReplaced = true
  }

  package func quotaOverrides(for project: ProjectID) -> [String: Int] { state.quotaOverrides?[project] ?? [:] }

  package func setQuotas(_ limits: [String: Int]?, for project: ProjectID) {
    var all = state.quotaOverrides ?? [:]
    if let limits {
      all[project, default: [:]].merge(limits) { _, new in new }
    } else {
      all[project] = nil
    }
    state.quotaOverrides = all
  }

  /// A project's quotas: the region's, with what an admin changed for the project.
  func quotas(for project: ProjectID) -> QuotaSpec {
    var quotas = region.quotas
    for (key, value) in state.quotaOverrides?[project] ?? [:] {
      switch key {
      case "instances": quotas.instances = value
      case "cores": quotas.cores = value
      case "ram": quotas.ramMB = value
      case "server_groups": quotas.serverGroups = value
      case "server_group_members": quotas.serverGroupMembers = value
      default: break
      }
    }
    return quotas
  }

  package func checkpoint() throws -> SimulatorCheckpoint {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    do {
      return SimulatorCheckpoint(
        data: try encoder.encode(SavedRegion(regionName: region.name, seed: seed, state: state)))
    } catch {
      // Empty data would be a checkpoint that cannot be restored; no checkpoint at all is the honest answer.
      throw CloudError.other(status: 500, "The state could not be saved: \(error).")
    }
  }

  package func restore(_ checkpoint: SimulatorCheckpoint) throws {
    guard let saved = try? JSONDecoder().decode(SavedRegion.self, from: checkpoint.data) else {
      throw CloudError.badRequest("The saved state could not be read.")
    }
    guard saved.regionName == region.name, saved.state.hostNames == state.hostNames else {
      throw CloudError.badRequest("The saved state belongs to another region.")
    }
    if let problem = saved.state.savedProblem() {
      throw CloudError.badRequest("The saved state is damaged: \(problem).")
    }
    state = saved.state
    stateReplaced = true
  }

  func hostIndex(_ name: String) throws(CloudError) -> Int {
    guard let index = state.hostIndex[name] else {
      throw .notFound("Compute host \(name) could not be found.")
    }
    return index
  }
}

/// What a checkpoint holds.
struct SavedRegion: Codable, Sendable {
  var regionName: String
  var seed: UInt64
  var state: RegionState
}
