import Foundation

/// The scheduler's record of why a server went where it did (`why`): the simulator keeps it, and so does a
/// sgtutor sandbox for a participant's own servers; a real cloud does not.
package protocol SchedulingExplainer: Sendable {
  /// The scheduler's record for a server.
  func schedulingTrace(for server: ServerID) async throws -> SchedulingTrace
}

/// Powers only the simulator has: a real cloud offers none of them. The shell asks
/// `cloud as? any SimulatorControls` and says so plainly when the answer is nil.
package protocol SimulatorControls: SchedulingExplainer {
  /// Every compute host with its capacity, usage and servers, for the placement diagram.
  func hostSnapshots() async -> [HostSnapshot]
  /// Does `action` to the host called `name`; answers where its servers went for `.evacuate` (which needs the
  /// host to be down), nothing otherwise.
  @discardableResult
  func perform(_ action: HostAction, on name: String) async throws -> [EvacuationOutcome]
  /// The scheduler's record for a server.
  func schedulingTrace(for server: ServerID) async throws -> SchedulingTrace
  /// Back to the region's starting state, same seed.
  func reset() async
  /// The quotas an admin set for a project (`os-quota-sets` keys such as `instances` or `ram`); the rest are
  /// the region's defaults.
  func quotaOverrides(for project: ProjectID) async -> [String: Int]
  /// Sets some of a project's quotas (they apply to the next request), or with nil puts back the defaults.
  func setQuotas(_ limits: [String: Int]?, for project: ProjectID) async
  /// The whole state, to restore later.
  func checkpoint() async throws -> SimulatorCheckpoint
  /// Goes back to a saved state; refuses one that does not belong to this region.
  func restore(_ checkpoint: SimulatorCheckpoint) async throws
  /// What changed since the last call, as rows for a store (`complete`: every row, whatever changed).
  func takeChanges(complete: Bool) async throws -> RegionChanges
  /// Goes back to the state a store kept as rows; refuses rows that do not belong to this region.
  func restore(_ rows: RegionRows) async throws
}

/// A region's state as a store keeps it: one row per server and per group, and the rest (hosts, usage, counters,
/// the clock) in one small row whose size does not grow with the number of servers.
package struct RegionRows: Sendable, Equatable {
  package var meta: Data
  /// Server ID → the server's record (JSON).
  package var servers: [String: Data]
  /// Server group ID → the group's record (JSON).
  package var groups: [String: Data]

  package init(meta: Data, servers: [String: Data], groups: [String: Data]) {
    self.meta = meta
    self.servers = servers
    self.groups = groups
  }
}

/// The rows a region changed since its changes were last taken, as values: the store encodes them, so the
/// encoding does not hold up the region's actor.
package struct RegionChanges: Sendable {
  /// One row for the store, encoded by it.
  package typealias Row = any Encodable & Sendable
  /// The region's own row: its name, seed and state without servers and groups (hosts, clock, counters).
  package var meta: Row
  /// Server ID → its record, or nil when the server was deleted.
  package var servers: [String: Row?]
  /// Server group ID → its record, or nil when the group was deleted.
  package var groups: [String: Row?]
  /// True when the rows are the whole region (its first save, or after a reset or restore): the store drops
  /// every row of the region that is not listed.
  package var isComplete: Bool

  package init(meta: Row, servers: [String: Row?], groups: [String: Row?], isComplete: Bool) {
    self.meta = meta
    self.servers = servers
    self.groups = groups
    self.isComplete = isComplete
  }
}

/// A compute host as the diagram draws it.
package struct HostSnapshot: Sendable, Equatable, Codable {
  package var name: String
  package var availabilityZone: String
  package var isUp: Bool
  package var isEnabled: Bool
  /// Capacity after allocation ratios and reservations.
  package var vcpus: Int
  package var ramMB: Int
  package var diskGB: Int
  package var vcpusUsed: Int
  package var ramUsedMB: Int
  package var diskUsedGB: Int
  /// True when `fill` has used up the host.
  package var isFilled: Bool
  /// Servers on the host (any project), in arrival order.
  package var servers: [ServerID]

  package init(
    name: String, availabilityZone: String, isUp: Bool, isEnabled: Bool, vcpus: Int, ramMB: Int, diskGB: Int,
    vcpusUsed: Int, ramUsedMB: Int, diskUsedGB: Int, isFilled: Bool, servers: [ServerID]
  ) {
    self.name = name
    self.availabilityZone = availabilityZone
    self.isUp = isUp
    self.isEnabled = isEnabled
    self.vcpus = vcpus
    self.ramMB = ramMB
    self.diskGB = diskGB
    self.vcpusUsed = vcpusUsed
    self.ramUsedMB = ramUsedMB
    self.diskUsedGB = diskUsedGB
    self.isFilled = isFilled
    self.servers = servers
  }
}

/// What happened to one server when its host was evacuated.
package struct EvacuationOutcome: Sendable, Equatable, Codable {
  package var serverID: ServerID
  package var serverName: String
  package var fromHost: String
  /// The new host, or nil when no host qualified (the server is then ERROR, still on its old host).
  package var toHost: String?
  package var message: String?

  package init(serverID: ServerID, serverName: String, fromHost: String, toHost: String?, message: String?) {
    self.serverID = serverID
    self.serverName = serverName
    self.fromHost = fromHost
    self.toHost = toHost
    self.message = message
  }
}

/// A saved simulator state, to go back to (a lesson step's start) or to keep on disk (the sandbox's `--state`).
package struct SimulatorCheckpoint: Sendable, Equatable {
  /// The state as JSON.
  package var data: Data
  package init(data: Data) { self.data = data }
}
