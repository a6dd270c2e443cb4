import Foundation
import ServerGroupsCore

/// A simulated OpenStack region that validates, schedules and fails as Nova does, and can say why.
/// The actor runs each request to completion before the next, so concurrent boots can never race the
/// group policies (Nova needs a late check on the compute host for that; here it cannot happen).
package actor SimulatedCloud: Cloud, SimulatorControls {
  package let region: RegionSpec
  package let seed: UInt64
  let scheduler: Scheduler
  let minMicroversion: Microversion
  let maxMicroversion: Microversion
  var state: RegionState
  /// `hostId` values are hashes of project and host; they are computed once each.
  var hostIDCache: [String: String] = [:]
  /// True until a store has taken the whole state (at first, and after a reset or a restore from a checkpoint).
  var stateReplaced = true
  /// The caller used by the `Cloud` methods: the region's first member user (`demo` in the standard region).
  package nonisolated let defaultCaller: Caller
  /// With a wall clock (`sgtutor serve`), times follow it (whole seconds, never going back); without one,
  /// the seeded clock moves one second per change, so the same seed gives the same session.
  let wallClock: (@Sendable () -> Date)?

  /// A region built from `region`, with every ID and time fixed by `seed`.
  package init(region: RegionSpec = .standard, seed: UInt64 = 1, wallClock: (@Sendable () -> Date)? = nil) {
    self.region = region
    self.seed = seed
    self.wallClock = wallClock
    self.scheduler = Scheduler(spec: region.scheduler, hosts: region.hosts)
    self.minMicroversion = Microversion(parsing: region.minMicroversion) ?? .v2_1
    self.maxMicroversion = Microversion(parsing: region.maxMicroversion) ?? .v2_75
    let state = RegionState(spec: region, seed: seed)
    self.state = state
    let user =
      state.users.first { !$0.roles.contains(.admin) && $0.roles.contains(.member) } ?? state.users[0]
    self.defaultCaller = Caller(projectID: user.projectID, userID: user.id, roles: Set(user.roles))
  }

  /// The same region seen by another caller (the sandbox server makes one per token).
  package nonisolated func session(as caller: Caller) -> SimulatedSession {
    SimulatedSession(cloud: self, caller: caller)
  }

  /// The caller for a user of the region, by name.
  package func caller(named name: String) -> Caller? {
    guard let user = state.users.first(where: { $0.name == name }) else { return nil }
    return Caller(projectID: user.projectID, userID: user.id, roles: Set(user.roles))
  }

  /// Every project and its users, for the sandbox's Keystone.
  package func directory() -> [(
    project: String, projectID: ProjectID, users: [(name: String, id: UserID, roles: [Role])]
  )] {
    state.projects.map { project in
      (
        project.name, project.id,
        state.users.filter { $0.projectID == project.id }.map { ($0.name, $0.id, $0.roles) }
      )
    }
  }

  // MARK: Shared helpers

  /// Advances the simulated clock by one second; periodic resource reports reset the hosts' build counts.
  @discardableResult
  func tick() -> Date {
    if let wallClock {
      let now = Date(timeIntervalSince1970: wallClock().timeIntervalSince1970.rounded(.down))
      state.clock = max(now, state.clock)
    } else {
      state.clock = state.clock.addingTimeInterval(1)
    }
    if state.clock >= state.nextReport {
      for index in state.hostStates.indices { state.hostStates[index].ioOps = 0 }
      state.reportEpoch += 1
      let interval = TimeInterval(region.scheduler.resourceReportInterval)
      while state.nextReport <= state.clock { state.nextReport = state.nextReport.addingTimeInterval(interval) }
    }
    return state.clock
  }

  /// Draws from the seeded generator without holding an access to `state` across the draw.
  func newUUID() -> String {
    var rng = state.rng
    defer { state.rng = rng }
    return rng.uuid()
  }

  func newReservationID() -> String {
    var rng = state.rng
    defer { state.rng = rng }
    return rng.reservationID()
  }

  func nextSerial() -> Int {
    state.serial += 1
    return state.serial
  }

  /// Refuses a microversion outside the region's range with Nova's 406.
  func check(_ version: Microversion) throws(CloudError) {
    guard version >= minMicroversion, version <= maxMicroversion else {
      throw .notAcceptable(
        "Version \(version) is not supported by the API. Minimum is \(minMicroversion) and maximum is \(maxMicroversion)."
      )
    }
  }

  func hostID(project: ProjectID, host: String) -> String {
    let key = project.rawValue + host
    if let cached = hostIDCache[key] { return cached }
    let value = SHA224.hexDigest(key)
    hostIDCache[key] = value
    return value
  }

  /// `host_status` as Nova derives it from the compute service.
  func hostStatus(_ index: Int) -> HostStatus {
    let host = state.hostStates[index]
    if !host.isUp { return .down }
    return host.isEnabled ? .up : .maintenance
  }

  /// A server as `caller` sees it: `hostId` for everyone; the host name and `host_status` only for admins,
  /// as Nova's default policies (`servers:show:host_status`, `os-extended-server-attributes`) allow.
  func view(_ record: ServerRecord, for caller: Caller) -> Server {
    var server = record.server
    if let index = record.hostIndex {
      let name = state.hostNames[index]
      server.hostID = hostID(project: server.projectID, host: name)
      server.hostStatus = caller.isAdmin ? hostStatus(index) : nil
      server.host = caller.isAdmin ? name : nil
    } else {
      server.host = nil
      server.hostID = ""
      server.hostStatus = nil
    }
    if let group = record.groupID, state.groups[group] != nil {
      server.serverGroups = [group]
    } else {
      server.serverGroups = []
    }
    return server
  }

  func groupVisible(_ record: GroupRecord, to caller: Caller) -> Bool {
    caller.isAdmin || record.group.projectID == caller.projectID
  }

  func serverVisible(_ record: ServerRecord, to caller: Caller) -> Bool {
    caller.isAdmin || record.server.projectID == caller.projectID
  }

  // MARK: Cloud (as the default caller)

  package func describe() async throws -> CloudDescription { describe(as: defaultCaller) }
  package func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    try createServerGroup(request, as: defaultCaller)
  }
  package func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    try listServerGroups(query, as: defaultCaller)
  }
  package func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup {
    try showServerGroup(id, as: defaultCaller)
  }
  package func deleteServerGroup(_ id: ServerGroupID) async throws { try deleteServerGroup(id, as: defaultCaller) }
  package func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    try createServers(request, as: defaultCaller)
  }
  package func listServers(_ query: ServerListQuery) async throws -> [Server] {
    try listServers(query, as: defaultCaller)
  }
  package func showServer(_ id: ServerID) async throws -> Server { try showServer(id, as: defaultCaller) }
  package func deleteServer(_ id: ServerID) async throws { try deleteServer(id, as: defaultCaller) }
  package func listFlavors() async throws -> [Flavor] { state.flavors }
  package func listImages() async throws -> [Image] { state.images }
  package func listNetworks() async throws -> [Network] { state.networks }
  package func listHypervisors() async throws -> [Hypervisor] { try listHypervisors(as: defaultCaller) }
  package func limits() async throws -> Limits { limits(as: defaultCaller) }

  func describe(as caller: Caller) -> CloudDescription {
    CloudDescription(
      name: "simulator", isSimulator: true, caller: caller, minMicroversion: minMicroversion,
      maxMicroversion: maxMicroversion)
  }
}
