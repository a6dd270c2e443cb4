import Foundation
import HTTPTypes
import OpenStackWire
import ServerGroupsCore
import Synchronization

extension Sandbox {
  /// `/sgtutor/...`: the room page and its files, and the `v1` API (room, its events and actions, progress, message).
  func sgtutor(_ request: SandboxRequest, _ path: [String]) async -> SandboxReply {
    switch (request.method, path) {
    case (.get, ["room"]), (.head, ["room"]): return webFile("room.html")
    case (.get, ["room.css"]), (.head, ["room.css"]): return webFile("room.css")
    case (.get, ["room.js"]), (.head, ["room.js"]): return webFile("room.js")
    case (.get, ["tutor"]), (.head, ["tutor"]): return webFile("tutor.html")
    case (.get, ["tutor.css"]), (.head, ["tutor.css"]): return webFile("tutor.css")
    case (.get, ["tutor.js"]), (.head, ["tutor.js"]): return webFile("tutor.js")
    case (_, let rest) where rest.starts(with: ["v1", "tutor"]):
      return await tutorRoute(request, Array(rest.dropFirst(2)))
    case (.get, ["v1"]):
      let about: JSONValue = .object([("version", .string("1")), ("room", .string(request.root + "/sgtutor/room"))])
      return .json(200, .object([("sgtutor", about)]))
    case (.get, ["v1", "room", "events"]): return roomEvents(request)
    case (_, ["v1", "progress"]): return await progressRoute(request)
    case (.get, ["v1", "message"]):
      guard authenticate(request) != nil else { return unauthorized(request) }
      return .json(200, .object([("message", messageBody(room.message))]))
    case (_, let rest) where rest.starts(with: ["v1", "room"]):
      guard let (caller, user) = authenticate(request) else { return unauthorized(request) }
      guard caller.isAdmin else { return .json(403, NovaFault.body(.policyRefused("sgtutor:room"))) }
      do {
        return try await roomRoute(request, Array(rest.dropFirst(2)), user: user)
      } catch let error as CloudError {
        return .json(error.status == 0 ? 500 : error.status, NovaFault.body(error))
      } catch {
        return .json(500, NovaFault.body(.other(status: 500, "Unexpected API Error. \(error)")))
      }
    default: return Self.unrouted
    }
  }

  /// The admin routes under `/sgtutor/v1/room`.
  private func roomRoute(
    _ request: SandboxRequest, _ path: [String], user: Directory.User
  ) async throws -> SandboxReply {
    switch (request.method, path) {
    case (.get, []): return .json(200, await roomSnapshot())
    case (.post, ["ticket"]):
      var random = SystemRandomNumberGenerator()
      let ticket = room.issueTicket(userID: user.id, token: Token.hex(40, using: &random), now: now())
      return .json(
        201, .object([("ticket", .string(ticket)), ("expires_in", .int(Int(RoomHub.ticketLifetime)))]))
    case (.post, let rest) where PathPattern.match(rest, "hosts/*/*") != nil:
      return try await hostAction(host: rest[1], action: rest[2], by: user)
    case (.put, ["message"]):
      let body = try roomBody(request)
      guard let text = body["message"]?.stringValue, text.count <= 500 else {
        throw CloudError.badRequest("Give the message as {\"message\": \"text\"} (at most 500 characters).")
      }
      let message = room.setMessage(text.trimmingCharacters(in: .whitespacesAndNewlines), at: now())
      record(message.map { "\(user.name) sent the room a message: \($0.text)" } ?? "\(user.name) cleared the message")
      return .json(200, .object([("message", messageBody(message))]))
    case (.post, let rest) where PathPattern.match(rest, "participants/*/reset") != nil:
      return try await resetParticipant(rest[1], by: user)
    default: throw CloudError.notFound(NovaFault.unroutedMessage)
    }
  }

  private func roomBody(_ request: SandboxRequest) throws(CloudError) -> JSONValue {
    guard let body = request.json, body.objectPairs != nil else {
      throw .badRequest("The request body must be a JSON object.")
    }
    return body
  }

  /// One line on the serve terminal and on the page.
  func record(_ line: String) {
    log("room: " + line)
    room.recordAction(line, at: now())
  }

  /// `POST /sgtutor/v1/room/hosts/{host}/{fail|recover|disable|enable}`: in every region at once.
  private func hostAction(host: String, action: String, by user: Directory.User) async throws -> SandboxReply {
    let known = await workshop.entries[0].region.controls.hostSnapshots().map(\.name)
    guard known.contains(host) else { throw CloudError.notFound("Compute host \(host) could not be found.") }
    let verbs: [HostAction: String] = [
      .fail: "failed", .recover: "recovered", .disable: "disabled", .enable: "enabled",
    ]
    guard let chosen = HostAction(rawValue: action), let verb = verbs[chosen] else {
      throw CloudError.notFound("Unknown host action \(action): use fail, recover, disable or enable.")
    }
    for entry in workshop.entries { try await entry.region.controls.perform(chosen, on: host) }
    if action == "enable" { disabledReasons.withLock { $0[host] = nil } }
    for entry in workshop.entries { try await persist(entry.key) }
    let scope = workshop.entries.count == 1 ? "the shared region" : "all \(workshop.entries.count) regions"
    record("\(user.name) \(verb) \(host) in \(scope)")
    let hosts = await workshop.entries[0].region.controls.hostSnapshots()
    let state = hosts.first { $0.name == host }
    return .json(
      200,
      .object([
        ("host", .string(host)), ("up", .bool(state?.isUp ?? false)), ("enabled", .bool(state?.isEnabled ?? false)),
        ("regions", .int(workshop.entries.count)),
      ]))
  }

  /// `POST /sgtutor/v1/room/participants/{project_id}/reset`: deletes the project's servers and groups.
  private func resetParticipant(_ projectID: String, by user: Directory.User) async throws -> SandboxReply {
    guard let target = participantProjects.first(where: { $0.project.id == projectID || $0.project.name == projectID })
    else { throw CloudError.notFound("Participant project \(projectID) could not be found.") }
    let entry = workshop.entry(forProject: ProjectID(target.project.id))
    let caller = Caller(
      projectID: ProjectID(target.project.id), userID: UserID(target.member?.id ?? ""), roles: [.admin])
    let cloud = entry.region.cloud(for: caller)
    let servers = try await cloud.listServers(ServerListQuery()).filter { $0.status != .deleted }
    for server in servers { try await cloud.deleteServer(server.id) }
    let groups = try await cloud.listServerGroups(ServerGroupListQuery())
    for group in groups { try await cloud.deleteServerGroup(group.id) }
    try await persist(entry.key)
    record("\(user.name) reset \(target.project.name): \(servers.count) servers and \(groups.count) groups deleted")
    return .json(
      200,
      .object([
        ("project_id", .string(target.project.id)), ("servers_deleted", .int(servers.count)),
        ("groups_deleted", .int(groups.count)),
      ]))
  }
}
