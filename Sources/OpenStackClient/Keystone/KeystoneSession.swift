import Foundation
import OpenStackWire
import ServerGroupsCore

/// A logged-in Keystone v3 session: one token with its service catalog, reused until it expires and renewed
/// once when a service answers 401. The token never leaves this actor except as a request header.
package actor KeystoneSession {
  /// What a successful login gave.
  struct Issued: Sendable {
    var token: String
    var body: KeystoneToken
  }

  package let config: CloudConfig
  let executor: RequestExecutor
  let now: @Sendable () -> Date
  private var issued: Issued?
  private var pending: Task<Issued, any Error>?

  /// A token is renewed this long before Keystone says it expires, so it cannot expire in flight.
  static let expiryMargin: TimeInterval = 60

  package init(
    config: CloudConfig, executor: RequestExecutor, now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.config = config
    self.executor = executor
    self.now = now
  }

  /// A valid token, logging in first when there is none or it is about to expire.
  package func token() async throws(CloudError) -> String {
    try await current().token
  }

  /// Replaces `stale` with a new token (a service refused it). If someone else already renewed it, that token
  /// is returned without logging in again.
  package func renew(replacing stale: String) async throws(CloudError) -> String {
    if let issued, issued.token != stale, isFresh(issued) { return issued.token }
    issued = nil
    return try await current().token
  }

  /// Who the token acts as.
  package func caller() async throws(CloudError) -> Caller {
    let body = try await current().body
    return Caller(
      projectID: ProjectID(body.projectID), userID: UserID(body.userID), roles: body.coreRoles)
  }

  /// The endpoint of a service for the configured region and interface.
  package func endpoint(_ service: ServiceKind) async throws(CloudError) -> String {
    let body = try await current().body
    if service == .identity { return config.identityV3URL }
    let interface = Self.interfaceName(config.interface)
    let candidates = body.catalog.filter { $0.type == service.catalogType }
    for candidate in candidates {
      if let url = candidate.url(interface: interface, region: config.regionName) { return url }
    }
    if candidates.isEmpty && body.catalog.isEmpty && body.projectID.isEmpty {
      throw .unsupported(ClientMessages.noProjectScope(cloud: config.name, domain: config.auth.domainScope))
    }
    throw .unsupported(
      ClientMessages.missingService(service, region: config.regionName, interface: interface))
  }

  /// The token body (with the catalog), logging in first when needed.
  func issuedBody() async throws(CloudError) -> KeystoneToken { try await current().body }

  /// `publicURL` (an old openrc spelling) is `public`.
  static func interfaceName(_ text: String) -> String {
    let lowered = text.lowercased()
    return lowered.hasSuffix("url") ? String(lowered.dropLast(3)) : lowered
  }

  private func isFresh(_ issued: Issued) -> Bool {
    issued.body.expiresAt.timeIntervalSince(now()) > Self.expiryMargin
  }

  private func current() async throws(CloudError) -> Issued {
    if let issued, isFresh(issued) { return issued }
    // Calls that arrive while a login is under way wait for it instead of logging in again.
    let task: Task<Issued, any Error>
    if let pending {
      task = pending
    } else {
      let config = self.config
      let executor = self.executor
      task = Task { try await Self.login(config: config, executor: executor) }
      pending = task
    }
    do {
      let fresh = try await task.value
      if pending == task { pending = nil }
      issued = fresh
      return fresh
    } catch {
      if pending == task { pending = nil }
      throw (error as? CloudError) ?? .transport("\(error)")
    }
  }

  /// `POST /v3/auth/tokens`.
  private static func login(config: CloudConfig, executor: RequestExecutor) async throws(CloudError)
    -> Issued
  {
    let url = config.identityV3URL + "/auth/tokens"
    let request = TransportRequest(
      method: "POST", url: url,
      headers: [
        ("Content-Type", "application/json"), ("Accept", "application/json"),
        ("User-Agent", userAgent),
      ],
      body: config.auth.tokenRequestBody.bytes)
    let response = try await executor.send(request, service: .identity)
    switch response.status {
    case 200, 201: break
    case 401:
      throw .unauthorized(
        ClientMessages.credentialsRefused(
          cloud: config.name, authURL: URLParts.redacted(config.identityV3URL)))
    case 404: throw .notFound(ClientMessages.identityNotFound(authURL: URLParts.redacted(config.identityV3URL)))
    default: throw RequestExecutor.fault(response, request: request, service: .identity)
    }
    guard let token = response.header("X-Subject-Token"), !token.isEmpty else {
      throw .transport(
        ClientMessages.unexpectedBody(
          .identity, method: "POST", url: url, problem: "no X-Subject-Token header"))
    }
    let json = try RequestExecutor.json(response, request: request, service: .identity)
    if json["token"] != nil, json["token"]?["project"] == nil {
      throw .unsupported(ClientMessages.noProjectScope(cloud: config.name, domain: config.auth.domainScope))
    }
    let body = try RequestExecutor.decode(request, service: .identity) { () throws(WireError) in
      try KeystoneToken(body: json)
    }
    return Issued(token: token, body: body)
  }

  /// What sgtutor calls itself in requests.
  static let userAgent = "sgtutor (python-openstackclient compatible)"
}
