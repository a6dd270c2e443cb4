import Foundation
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// A participant on the same step this long is shown as stuck.
  static let stuckAfter: TimeInterval = 10 * 60
  /// A participant's cached groups, servers and hosts are listed again after this long even without a change
  /// (servers finish building with time).
  static let cacheLifetime: TimeInterval = 5

  /// The participants: every project but the instructor's, with its member user.
  var participantProjects: [(project: Directory.Project, member: Directory.User?)] {
    let directory = workshop.directory
    return directory.projects.filter { $0.name != Directory.instructorProject }.map { project in
      (project, directory.users.first { $0.projectID == project.id && $0.role == .member })
    }
  }

  /// `GET /sgtutor/v1/room`'s body: every participant's progress, groups, servers and hosts (from the
  /// participant's own copy of the region, or the shared one filtered by project), the message and the last actions.
  func roomSnapshot() async -> JSONValue {
    let now = now()
    var hostsByRegion: [String: [HostSnapshot]] = [:]
    var participants: [JSONValue] = []
    for (project, member) in participantProjects {
      let entry = workshop.entry(forProject: ProjectID(project.id))
      // Read before listing: a change made while listing moves the stamp, so the next snapshot lists again.
      let stamp = room.regionStamp(entry.key)
      var cloudPart = room.cached(projectID: project.id, stamp: stamp, now: now, maxAge: Self.cacheLifetime)
      if cloudPart == nil {
        if hostsByRegion[entry.key] == nil { hostsByRegion[entry.key] = await entry.region.controls.hostSnapshots() }
        let built = await cloudBody(project, member: member, entry: entry, hosts: hostsByRegion[entry.key] ?? [])
        room.cache(projectID: project.id, stamp: stamp, built: now, pairs: built)
        cloudPart = built
      }
      participants.append(.object(personalBody(project, member: member, entry: entry, now: now) + (cloudPart ?? [])))
    }
    let first = workshop.entries[0]
    var roomHosts = hostsByRegion[first.key] ?? []
    if hostsByRegion[first.key] == nil { roomHosts = await first.region.controls.hostSnapshots() }
    let actions = room.actions.map { time, text in
      JSONValue.object([("time", .timestamp(time)), ("text", .string(text))])
    }
    return .object([
      ("participants", .array(participants)),
      ("hosts", .array(roomHosts.map { hostBody($0, servers: nil) })),
      ("message", messageBody(room.message)),
      ("actions", .array(actions)),
      ("shared_hosts", .bool(workshop.sharedHosts)),
      ("stuck_after_seconds", .int(Int(Self.stuckAfter))),
      ("generated_at", .timestamp(now)),
    ])
  }

  /// The participant, progress and last request (cheap: read fresh for every snapshot).
  private func personalBody(
    _ project: Directory.Project, member: Directory.User?, entry: Workshop.Entry, now: Date
  ) -> [(String, JSONValue)] {
    let userIDs = workshop.directory.users.filter { $0.projectID == project.id }.map(\.id)
    let progress = userIDs.compactMap { room.progress(userID: $0) }.max { $0.reported < $1.reported }
    let onStep = progress.map { max(0, Int(now.timeIntervalSince($0.stepStarted))) }
    return [
      ("name", .string(project.name)), ("user", .optional(member?.name)), ("project_id", .string(project.id)),
      ("region", .string(entry.key)),
      ("lesson", .optional(progress?.lesson)), ("lesson_title", .optional(progress?.lessonTitle)),
      ("step", progress.map { .int($0.step) } ?? .null), ("step_title", .optional(progress?.stepTitle)),
      ("step_started", progress.map { .timestamp($0.stepStarted) } ?? .null),
      ("seconds_on_step", onStep.map(JSONValue.int) ?? .null),
      ("hints_asked", .int(progress?.hintsAsked ?? 0)), ("solutions_shown", .int(progress?.solutionsShown ?? 0)),
      ("checks_passed", .int(progress?.checksPassed ?? 0)),
      ("stuck", .bool((onStep ?? 0) >= Int(Self.stuckAfter))),
      ("last_request", room.lastRequest(projectID: project.id).map(JSONValue.timestamp) ?? .null),
    ] + tutorCodeBody(member: member, now: now)
  }

  /// With `--tutor-codes`, the participant's current one-time sign-in code for the browser tutor and its expiry.
  private func tutorCodeBody(member: Directory.User?, now: Date) -> [(String, JSONValue)] {
    guard let tutor = browserTutor, tutor.setup.codes, let member else { return [] }
    let code = tutor.code(userID: member.id, now: now)
    return [("tutor_code", .string(code.shown)), ("tutor_code_expires", .timestamp(code.expires))]
  }

  /// The participant's groups, servers and hosts (the costly part: cached until their region changes).
  private func cloudBody(
    _ project: Directory.Project, member: Directory.User?, entry: Workshop.Entry, hosts: [HostSnapshot]
  ) async -> [(String, JSONValue)] {
    let caller = Caller(projectID: ProjectID(project.id), userID: UserID(member?.id ?? ""), roles: [.admin])
    let cloud = entry.region.cloud(for: caller)
    var groups: [ServerGroup] = []
    var servers: [Server] = []
    var problem: String?
    do {
      groups = try await cloud.listServerGroups(ServerGroupListQuery())
      servers = try await cloud.listServers(ServerListQuery()).filter { $0.status != .deleted }
    } catch {
      problem = "\(error)"
    }
    let own = Set(servers.map(\.id))
    let downHosts = Set(hosts.filter { !$0.isUp }.map(\.name))
    var pairs: [(String, JSONValue)] = [
      ("has_error", .bool(servers.contains { $0.status == .error })),
      ("on_down_host", .bool(servers.contains { $0.host.map(downHosts.contains) ?? false })),
      ("groups", .array(groups.map(groupBody))),
      ("servers", .array(servers.map(serverBody))),
      ("hosts", .array(hosts.map { hostBody($0, servers: own) })),
    ]
    if let problem { pairs.append(("error", .string(problem))) }
    return pairs
  }

  private func groupBody(_ group: ServerGroup) -> JSONValue {
    .object([
      ("id", .string(group.id.rawValue)), ("name", .string(group.name)), ("policy", .string(group.policy.rawValue)),
      ("rules", .object(group.rules.maxServerPerHost.map { [("max_server_per_host", .int($0))] } ?? [])),
      ("members", .array(group.members.map { .string($0.rawValue) })),
    ])
  }

  private func serverBody(_ server: Server) -> JSONValue {
    .object([
      ("id", .string(server.id.rawValue)), ("name", .string(server.name)), ("status", .string(server.status.rawValue)),
      ("host", .optional(server.host)), ("host_status", .optional(server.hostStatus?.rawValue)),
      ("groups", .array(server.serverGroups.map { .string($0.rawValue) })),
    ])
  }

  /// A host: name, zone, up/down, enabled, full; with `servers`, the participant's servers on it in arrival order.
  private func hostBody(_ host: HostSnapshot, servers own: Set<ServerID>?) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("name", .string(host.name)), ("zone", .string(host.availabilityZone)), ("up", .bool(host.isUp)),
      ("enabled", .bool(host.isEnabled)), ("full", .bool(host.isFilled)),
      ("vcpus", .int(host.vcpus)), ("vcpus_used", .int(host.vcpusUsed)),
      ("ram_mb", .int(host.ramMB)), ("ram_used_mb", .int(host.ramUsedMB)),
    ]
    if let own {
      pairs.append(("servers", .array(host.servers.filter(own.contains).map { .string($0.rawValue) })))
    }
    return .object(pairs)
  }

  func messageBody(_ message: RoomMessage?) -> JSONValue {
    guard let message else { return .null }
    return .object([("id", .int(message.id)), ("text", .string(message.text)), ("sent", .timestamp(message.sent))])
  }
}
