import ServerGroupsCore

/// A snapshot of what the lessons look at: the project's groups and servers, the hosts (simulator only) and
/// the scheduler's traces (simulator only). Checks and debriefs are pure functions of this value.
package struct CloudState: Sendable, Equatable {
  package var isSimulator: Bool
  package var groups: [ServerGroup]
  package var servers: [Server]
  /// Every compute host; empty on a real cloud, where a project only sees `hostId` hashes.
  package var hosts: [HostSnapshot]
  /// Why each server landed where it did, keyed by server.
  package var traces: [ServerID: SchedulingTrace]

  package init(
    isSimulator: Bool = true, groups: [ServerGroup] = [], servers: [Server] = [],
    hosts: [HostSnapshot] = [],
    traces: [ServerID: SchedulingTrace] = [:]
  ) {
    self.isSimulator = isSimulator
    self.groups = groups
    self.servers = servers
    self.hosts = hosts
    self.traces = traces
  }

  /// A cloud with nothing in it and no hosts known.
  package static let empty = CloudState()

  /// Reads the state from a cloud, with hosts and traces when the simulator's controls are given. On a real cloud
  /// only what the lessons made counts, `lessonPrefix`'s first (`sgt-l3-`, the lesson in progress).
  package static func capture(
    cloud: any Cloud, controls: (any SimulatorControls)?, lessonPrefix: String? = nil
  ) async throws -> CloudState {
    let groups = try await cloud.listServerGroups(ServerGroupListQuery())
    let servers = try await cloud.listServers(ServerListQuery())
    guard let controls else {
      // What a lesson made carries its prefix (`sgt-l3-db-1`); checks and text use the names as typed, and the
      // learner's own groups and servers (a "DB Cluster" made with the openstack CLI) are none of a lesson's.
      return CloudState(isSimulator: false, groups: groups, servers: servers).lessonMade(current: lessonPrefix)
    }
    let hosts = await controls.hostSnapshots()
    var traces: [ServerID: SchedulingTrace] = [:]
    for server in servers {
      // A server the simulator has no record for simply gets no trace; the debrief falls back to the state.
      if let trace = try? await controls.schedulingTrace(for: server.id) {
        traces[server.id] = trace
      }
    }
    return CloudState(
      isSimulator: true, groups: groups, servers: servers, hosts: hosts, traces: traces)
  }
}
