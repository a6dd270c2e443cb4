import Foundation
import HTTPTypes
import OpenStackWire
import ServerGroupsCore
import Synchronization

/// The whole workshop server behind the HTTP edge: Keystone, Nova, Glance and Neutron routes over the
/// workshop's regions. `respond` never throws: every failure becomes the answer the real service gives.
package final class Sandbox: Sendable {
  let workshop: Workshop
  let tokens: TokenStore
  let store: StateStore?
  let minimum: Microversion
  let maximum: Microversion
  /// Flavors, images and networks never change while the sandbox runs; they are read once.
  let flavors: [Flavor]
  let images: [Image]
  let networks: [Network]
  let regionName: String
  let now: @Sendable () -> Date
  /// When the catalog resources were "created" (Glance and Neutron print it).
  let created: String
  /// When the sandbox started (the hypervisors' uptime counts from here).
  let started: Date
  /// Reasons given with `compute service set --disable --disable-reason`, by host (not saved).
  let disabledReasons = Mutex<[String: String]>([:])
  /// The instructor's room: progress, last requests, the message, and the pages that follow it.
  let room: RoomHub
  /// Where the room's actions are logged (the serve terminal; nowhere in tests).
  let log: @Sendable (String) -> Void
  /// The participants' tutor in the browser (`/sgtutor/tutor`), when the sandbox serves it.
  let browserTutor: BrowserTutor?

  /// Requests bodies larger than this are refused with 413 (as oslo's size limiter does).
  package static let maxBodySize = 1 << 20

  package init(
    workshop: Workshop, store: StateStore?, regionName: String = "RegionOne", tokenSeed: UInt64? = nil,
    now: @escaping @Sendable () -> Date = { Date() }, log: @escaping @Sendable (String) -> Void = { _ in },
    tutor: BrowserTutorSetup? = nil
  ) async throws {
    self.workshop = workshop
    self.browserTutor = tutor.map { BrowserTutor(setup: $0, now: now) }
    self.log = log
    self.room = RoomHub(progress: try await store?.allProgress() ?? [:])
    self.store = store
    self.regionName = regionName
    self.now = now
    self.tokens = TokenStore(seed: tokenSeed)
    let instructor = workshop.entries[0].region.cloud(
      for: Caller(projectID: ProjectID(workshop.directory.projects.first?.id ?? ""), userID: "", roles: [.admin]))
    let description = try await instructor.describe()
    minimum = description.minMicroversion
    maximum = description.maxMicroversion
    flavors = try await instructor.listFlavors()
    images = try await instructor.listImages()
    networks = try await instructor.listNetworks()
    started = now()
    created = WireDate.nova(started)
  }

  /// Answers one request.
  func respond(_ request: SandboxRequest) async -> SandboxReply {
    let segments = request.segments
    switch segments.first {
    case nil, "v2.1": return await nova(request, segments)
    case "identity": return await keystone(request, Array(segments.dropFirst()))
    case "v3": return await keystone(request, segments)
    case "image": return await glance(request, Array(segments.dropFirst()))
    case "v2": return await glance(request, segments)
    case "networking": return await neutron(request, Array(segments.dropFirst()))
    case "v2.0": return await neutron(request, segments)
    case "placement": return await placement(request, Array(segments.dropFirst()))
    case "sgtutor": return await sgtutor(request, Array(segments.dropFirst()))
    default: return .json(404, NovaFault.body(.notFound(NovaFault.unroutedMessage)))
    }
  }

  /// Whether a path is Nova's (its answers also carry `x-compute-request-id`); `respond` routes the same way.
  static func isCompute(path: String) -> Bool {
    let first = path.split(separator: "/").first
    return first == nil || first == "v2.1"
  }

  /// The name of the user behind a valid token, for the request log.
  func userName(forToken token: String?) -> String? {
    guard let token, let session = tokens.session(for: token, now: now()) else { return nil }
    return workshop.directory.user(id: session.userID)?.name
  }

  // MARK: Authentication shared by Nova, Glance and Neutron

  /// The caller behind `X-Auth-Token`, or nil (then the answer is keystonemiddleware's 401).
  func authenticate(_ request: SandboxRequest) -> (caller: Caller, user: Directory.User)? {
    guard let (caller, user, scoped) = authenticateAnyScope(request), scoped else { return nil }
    return (caller, user)
  }

  /// The caller of a request whose token may also be unscoped (Keystone's own reads of a user's projects);
  /// an unscoped token's caller has no role.
  func authenticateAnyScope(_ request: SandboxRequest) -> (caller: Caller, user: Directory.User, scoped: Bool)? {
    guard let token = request.header("X-Auth-Token"), let session = tokens.session(for: token, now: now()),
      let user = workshop.directory.user(id: session.userID)
    else { return nil }
    room.touch(projectID: user.projectID, at: now())
    var caller = workshop.directory.caller(for: user)
    if session.unscoped { caller.roles = [] }
    return (caller, user, !session.unscoped)
  }

  /// keystonemiddleware's answer to a missing or bad token.
  func unauthorized(_ request: SandboxRequest) -> SandboxReply {
    .json(
      401, KeystoneError.unauthorized.body,
      headers: [("WWW-Authenticate", "Keystone uri=\"\(request.root)\(Routes.identityPrefix)\"")])
  }

  /// Waits until the region's change is on disk (with `--state`); a failed write becomes a 500.
  func persist(_ key: String) async throws(CloudError) {
    room.regionChanged(key)
    guard let store else { return }
    do {
      try await store.commit(key)
    } catch {
      throw .other(status: 500, "The change could not be saved: \(error)")
    }
  }

  /// Whether a body-carrying request declares JSON (Nova accepts no Content-Type and text/plain too).
  static func acceptsContentType(_ request: SandboxRequest) -> Bool {
    guard let type = request.header("Content-Type")?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces)
    else { return true }
    return ["application/json", "text/plain", ""].contains(type.lowercased())
  }
}

extension Sandbox {
  /// Whether participants can use the tutor in a browser (`/sgtutor/tutor`).
  package var servesTutor: Bool { browserTutor != nil }

  /// The directory (for tests that log in as its users).
  package var directoryForTests: Directory { workshop.directory }
}
