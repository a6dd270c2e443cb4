import Foundation
import ServerGroupsCore

extension SimulatedCloud {
  /// `POST /servers`: validates, checks quotas, records the servers as group members, then schedules
  /// them all at once: all placed (ACTIVE) or all ERROR with Nova's fault.
  func createServers(_ request: ServerCreateRequest, as caller: Caller) throws(CloudError) -> ServerCreation {
    try check(request.microversion)
    try request.validateShape()
    let hintedGroup = try request.validatedGroupHint()
    guard caller.isMember else { throw .policyRefused("os_compute_api:servers:create") }
    guard let flavor = state.flavors.first(where: { $0.id == request.flavorID }) else {
      throw .flavorNotFound(request.flavorID.rawValue)
    }
    let image = try resolveImage(request.imageID)
    let network = try resolveNetworks(request.networks)
    var groupRecord: GroupRecord?
    if let id = hintedGroup {
      guard let record = state.groups[id], groupVisible(record, to: caller) else {
        throw .hintedGroupNotFound(id.rawValue)
      }
      groupRecord = record
    }
    let count = try allowedCount(request, flavor: flavor, caller: caller)
    if let record = groupRecord {
      let limit = quotas(for: caller.projectID).serverGroupMembers
      if limit >= 0, record.membersByUser[caller.userID, default: 0].clampedAdding(count) > limit {
        throw .groupMemberQuotaExceeded
      }
    }
    // What the scheduler needs of the group, taken before the group's record changes; the copy is dropped so the
    // record's members and per-host counts are then changed in place (holding it would copy them on every boot).
    let groupSummary = groupRecord.map { Self.summary($0.group) }
    var groupContext = groupRecord.map {
      GroupContext(summary: Self.summary($0.group), membersOnHost: $0.membersOnHost)
    }
    groupRecord = nil

    let now = tick()
    let reservation = newReservationID()
    let size = ServerSize(flavor)
    var records: [ServerRecord] = []
    for position in 1...count {
      let name = count > 1 ? "\(request.name)-\(position)" : request.name
      var server = Server(
        id: ServerID(newUUID()), name: name, status: .build, flavorID: flavor.id, imageID: image?.id,
        projectID: caller.projectID, userID: caller.userID, created: now, updated: now,
        metadata: request.metadata, reservationID: reservation, availabilityZone: nil)
      server.diskConfig = request.diskConfig
      records.append(ServerRecord(server: server, serial: nextSerial(), size: size, groupID: hintedGroup))
    }
    if let id = hintedGroup {
      state.groups[id]?.group.members.append(contentsOf: records.map(\.server.id))
      state.groups[id]?.membersByUser[caller.userID, default: 0] += count
    }
    var usage = state.usage[caller.projectID, default: ProjectUsage()]
    usage.instances = usage.instances.clampedAdding(count)
    usage.cores = usage.cores.clampedAdding(count.clampedMultiplied(by: flavor.vcpus))
    usage.ramMB = usage.ramMB.clampedAdding(count.clampedMultiplied(by: flavor.ramMB))
    state.usage[caller.projectID] = usage

    let built = now.addingTimeInterval(1)
    if let summary = groupSummary, let unsupported = unsupportedPolicyMessage(summary.policy) {
      for index in records.indices {
        fail(&records[index], code: 400, message: unsupported, at: built, trace: nil)
      }
    } else {
      let asks = requirements(flavor: flavor.id, image: image?.id)
      let result = scheduler.schedule(
        ScheduleRequest(
          size: size, count: count, group: groupContext, extraSpecs: asks.extraSpecs,
          imageProperties: asks.imageProperties),
        hosts: state.hostStates, names: state.hostNames)
      groupContext = nil
      for index in records.indices {
        let decision = index < result.decisions.count ? result.decisions[index] : nil
        let trace = SchedulingTrace(
          serverID: records[index].server.id, serverName: records[index].server.name, group: groupSummary,
          position: index + 1, requestSize: count, chosenHost: nil, failure: result.failure,
          hosts: decision?.verdicts ?? [], failedWithRequest: result.failure != nil && index != result.failedAt,
          omittedHosts: decision?.omitted ?? 0)
        if let failure = result.failure {
          fail(&records[index], code: 500, message: failure, at: built, trace: trace)
        } else if let host = result.chosen[index] {
          var placed = trace
          placed.chosenHost = state.hostNames[host]
          place(&records[index], on: host, at: built, trace: placed)
        }
      }
    }
    for record in records {
      state.servers[record.server.id] = record
      if let network, record.server.status == .active {
        let address = nextAddress(on: network)
        state.servers[record.server.id]?.server.networks = [network.name: [address]]
      }
    }
    var first = view(records[0], for: caller)
    first.status = .build
    first.fault = nil
    var answer = records.map { view($0, for: caller) }
    answer[0] = first
    return ServerCreation(servers: answer, reservationID: reservation)
  }

  /// `GET /servers/detail`.
  func listServers(_ query: ServerListQuery, as caller: Caller) throws(CloudError) -> [Server] {
    guard caller.isReader else { throw .policyRefused("os_compute_api:servers:detail") }
    let everyProject = query.allProjects && caller.isAdmin
    return state.servers.values
      .filter { everyProject || $0.server.projectID == caller.projectID }
      .filter { query.reservationID == nil || $0.server.reservationID == query.reservationID }
      .sorted { $0.serial > $1.serial }  // Nova lists newest first
      .map { view($0, for: caller) }
  }

  /// `GET /servers/{id}`.
  func showServer(_ id: ServerID, as caller: Caller) throws(CloudError) -> Server {
    guard let record = state.servers[id], serverVisible(record, to: caller) else {
      throw .serverNotFound(id.rawValue)
    }
    return view(record, for: caller)
  }

  /// `DELETE /servers/{id}`: frees the host and leaves the group.
  func deleteServer(_ id: ServerID, as caller: Caller) throws(CloudError) {
    guard let record = state.servers[id], serverVisible(record, to: caller) else {
      throw .serverNotFound(id.rawValue)
    }
    guard caller.isMember else { throw .policyRefused("os_compute_api:servers:delete") }
    tick()
    if let host = record.hostIndex { unplace(record, from: host) }
    if let group = record.groupID, state.groups[group] != nil {
      state.groups[group]?.group.members.removeAll { $0 == id }
      state.groups[group]?.membersByUser[record.server.userID, default: 1] -= 1
    }
    let project = record.server.projectID
    state.usage[project, default: ProjectUsage()].instances -= 1
    state.usage[project, default: ProjectUsage()].cores -= record.size.vcpus
    state.usage[project, default: ProjectUsage()].ramMB -= record.size.ramMB
    state.servers[id] = nil
  }

  // MARK: Helpers

  static func summary(_ group: ServerGroup) -> GroupSummary {
    GroupSummary(id: group.id, name: group.name, policy: group.policy, maxServerPerHost: group.rules.maxServerPerHost)
  }

  /// Nova refuses a group whose enforcing filter is not enabled, with a 400 fault on the server.
  func unsupportedPolicyMessage(_ policy: Policy) -> String? {
    let filters = region.scheduler.enabledFilters
    switch policy {
    case .affinity where !filters.contains("ServerGroupAffinityFilter"):
      return "ServerGroup policy is not supported: ServerGroupAffinityFilter not configured"
    case .antiAffinity where !filters.contains("ServerGroupAntiAffinityFilter"):
      return "ServerGroup policy is not supported: ServerGroupAntiAffinityFilter not configured"
    case .softAffinity where !region.scheduler.hasWeigher("ServerGroupSoftAffinityWeigher"):
      return "ServerGroup policy is not supported: ServerGroupSoftAffinityWeigher not configured"
    case .softAntiAffinity where !region.scheduler.hasWeigher("ServerGroupSoftAntiAffinityWeigher"):
      return "ServerGroup policy is not supported: ServerGroupSoftAntiAffinityWeigher not configured"
    default:
      return nil
    }
  }

  func resolveImage(_ id: ImageID?) throws(CloudError) -> Image? {
    guard let id else { return nil }
    guard let image = state.images.first(where: { $0.id == id }) else { throw .imageNotFound(id.rawValue) }
    return image
  }

  func resolveNetworks(_ request: NetworkRequest) throws(CloudError) -> Network? {
    switch request {
    case .none:
      return nil
    case .auto:
      if state.networks.count > 1 {
        throw .conflict("Multiple possible networks found, use a Network ID to be more specific.")
      }
      return state.networks.first
    case .networks(let ids):
      var found: Network?
      for id in ids {
        guard let network = state.networks.first(where: { $0.id == id }) else { throw .networkNotFound(id.rawValue) }
        found = found ?? network
      }
      return found
    }
  }

  /// Nova's instance quota check: as many as fit between `min_count` and `max_count`, or a 403. The sums are
  /// checked (a count near `Int.max` is over any quota, never a trap), and no request boots more than the
  /// region's `max_servers_per_request`, so a project without quotas cannot ask for a hundred million servers.
  func allowedCount(_ request: ServerCreateRequest, flavor: Flavor, caller: Caller) throws(CloudError) -> Int {
    let used = state.usage[caller.projectID, default: ProjectUsage()]
    let quotas = quotas(for: caller.projectID)
    func headroom(_ limit: Int, _ used: Int, _ each: Int) -> Int {
      limit < 0 ? Int.max : max(0, limit.clampedSubtracting(used)) / max(each, 1)
    }
    let fits = min(
      headroom(quotas.instances, used.instances, 1), headroom(quotas.cores, used.cores, flavor.vcpus),
      headroom(quotas.ramMB, used.ramMB, flavor.ramMB))
    let ceiling = max(1, quotas.maxServersPerRequest)
    if fits >= request.minCount {
      if request.minCount <= ceiling { return Swift.min(fits, ceiling, request.maxCount) }
      throw .forbidden(
        "Quota exceeded for instances: Requested \(request.minCountDigits ?? String(request.minCount)), "
          + "but this sandbox boots at most \(ceiling) "
          + "servers in one request (region key quotas.max_servers_per_request)")
    }
    let overs: (String, String, Int, Int)
    let wanted = request.maxCount
    // The number asked for, exactly (a count past Int64 is kept as digits), times each server's size.
    func requested(_ each: Int) -> String {
      request.maxCountDigits.map { BigDecimal.product($0, each) } ?? wanted.exactProduct(each)
    }
    if quotas.instances >= 0, used.instances.clampedAdding(wanted) > quotas.instances {
      overs = ("instances", requested(1), used.instances, quotas.instances)
    } else if quotas.cores >= 0, used.cores.clampedAdding(wanted.clampedMultiplied(by: flavor.vcpus)) > quotas.cores {
      overs = ("cores", requested(flavor.vcpus), used.cores, quotas.cores)
    } else if quotas.ramMB >= 0, used.ramMB.clampedAdding(wanted.clampedMultiplied(by: flavor.ramMB)) > quotas.ramMB {
      overs = ("ram", requested(flavor.ramMB), used.ramMB, quotas.ramMB)
    } else {
      overs = ("instances", requested(1), used.instances, quotas.instances)
    }
    throw .forbidden(
      "Quota exceeded for \(overs.0): Requested \(overs.1), but already used \(overs.2) of \(overs.3) \(overs.0)")
  }

  func place(_ record: inout ServerRecord, on host: Int, at time: Date, trace: SchedulingTrace) {
    state.hostStates[host].consume(record.size)
    state.hosts[host].servers.append(record.server.id)
    state.arrivals = (state.arrivals ?? 0) + 1
    record.arrival = state.arrivals
    record.hostIndex = host
    record.placedInReport = state.reportEpoch
    record.server.status = .active
    record.server.updated = time
    record.server.availabilityZone = state.hosts[host].spec.availabilityZone
    record.trace = trace
    if let group = record.groupID { state.groups[group]?.membersOnHost[host, default: 0] += 1 }
  }

  func unplace(_ record: ServerRecord, from host: Int) {
    state.hostStates[host].freeVCPUs += record.size.vcpus
    state.hostStates[host].freeRAMMB += record.size.ramMB
    state.hostStates[host].freeDiskGB += record.size.diskGB
    // Nova's compute stats drop a removed instance from its I/O count if it was still counted as building.
    if record.placedInReport == state.reportEpoch, state.hostStates[host].ioOps > 0 {
      state.hostStates[host].ioOps -= 1
    }
    state.hosts[host].servers.removeAll { $0 == record.server.id }
    if let group = record.groupID, state.groups[group] != nil {
      let left = (state.groups[group]?.membersOnHost[host] ?? 1) - 1
      state.groups[group]?.membersOnHost[host] = left > 0 ? left : nil
    }
  }

  func fail(_ record: inout ServerRecord, code: Int, message: String, at time: Date, trace: SchedulingTrace?) {
    record.server.status = .error
    record.server.updated = time
    record.server.fault = Fault(code: code, message: message, created: time)
    record.trace = trace
  }

  func nextAddress(on network: Network) -> String {
    let next = state.addressCounter[network.name, default: 2] + 1
    state.addressCounter[network.name] = next
    return "10.0.\(next / 254).\(next % 254 + 1)"
  }
}
