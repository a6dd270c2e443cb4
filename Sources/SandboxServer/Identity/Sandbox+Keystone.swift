import Foundation
import HTTPTypes
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// Keystone v3: version documents, tokens (issue, validate, check, revoke) and the catalog.
  func keystone(_ request: SandboxRequest, _ path: [String]) async -> SandboxReply {
    let v3URL = request.root + Routes.identityPrefix + "/v3/"
    switch (request.method, path) {
    case (.get, []): return .json(300, KeystoneVersions.root(v3URL: v3URL))
    case (.get, ["v3"]): return .json(200, KeystoneVersions.v3(url: v3URL))
    case (.post, ["v3", "auth", "tokens"]): return issueToken(request)
    case (.get, ["v3", "auth", "tokens"]), (.head, ["v3", "auth", "tokens"]): return validateToken(request)
    case (.delete, ["v3", "auth", "tokens"]):
      switch subjectToken(request, action: "identity:revoke_token") {
      case .failure(let error): return keystoneError(error)
      case .success(let (subject, _, _)):
        tokens.revoke(subject)
        return .empty(204)
      }
    case (.get, ["v3", "auth", "catalog"]):
      guard authenticate(request) != nil else { return keystoneError(.unauthorized) }
      return .json(200, .object([("catalog", .array(catalog(request.root).map(\.body)))]))
    case (.get, _) where Self.projectAndDomainRoutes.contains { PathPattern.match(path, $0) != nil }:
      return projectsAndDomains(request, path)
    case (_, ["v3", "auth", "tokens"]), (_, ["v3"]), (_, []):
      return keystoneError(.methodNotAllowed)
    default:
      return keystoneError(.notFound("The resource could not be found."))
    }
  }

  func keystoneError(_ error: KeystoneError) -> SandboxReply { .json(error.status, error.body) }

  /// `POST /v3/auth/tokens`: 201 with the token in `X-Subject-Token` and the body with the catalog.
  private func issueToken(_ request: SandboxRequest) -> SandboxReply {
    guard Self.acceptsContentType(request) else {
      return keystoneError(.badRequest("Request content type is not supported."))
    }
    guard let body = request.json, !body.isNull else {
      return keystoneError(.badRequest("The request body is not valid JSON."))
    }
    let parsed: KeystoneAuthRequest
    switch KeystoneAuthRequest.parse(body) {
    case .success(let value): parsed = value
    case .failure(let error): return keystoneError(error)
    }
    let directory = workshop.directory
    var credentialID: String?
    let user: Directory.User
    let methods: [String]
    switch parsed {
    case .password(let name, let password, let project):
      guard
        let found = directory.users.first(where: { name.matches(id: $0.id, name: $0.name) && $0.password == password })
      else { return keystoneError(.unauthorized) }
      guard hasRole(found, onScopeOf: body, project: project) else { return keystoneError(.unauthorized) }
      user = found
      methods = ["password"]
    case .applicationCredential(let id, let name, let owner, let secret):
      if let scope = body["auth"]?["scope"], !scope.isNull { return keystoneError(.applicationCredentialScoped) }
      let match = directory.applicationCredentials.first { credential in
        guard credential.secret == secret else { return false }
        if let id { return credential.id == id }
        guard credential.name == name, let owner, let holder = directory.user(id: credential.userID) else {
          return false
        }
        return owner.matches(id: holder.id, name: holder.name)
      }
      guard let match, let holder = directory.user(id: match.userID) else { return keystoneError(.unauthorized) }
      user = holder
      credentialID = match.id
      methods = ["application_credential"]
    case .token(let token, let project):
      guard let session = tokens.session(for: token, now: now()), let holder = directory.user(id: session.userID),
        hasRole(holder, onScopeOf: body, project: project)
      else { return keystoneError(.unauthorized) }
      user = holder
      credentialID = session.applicationCredentialID
      methods = session.methods.contains("token") ? session.methods : session.methods + ["token"]
    }
    // Keystone's explicit `"scope": "unscoped"` (Horizon's login asks for it, then rescopes to a project).
    let unscoped = body["auth"]?["scope"]?.stringValue == "unscoped"
    let (token, session) = tokens.issue(
      userID: user.id, methods: methods, applicationCredentialID: credentialID, unscoped: unscoped, now: now())
    return .json(
      201, tokenBody(session, user: user, root: request.root).body, headers: [("X-Subject-Token", token)])
  }

  /// Whether `user` has a role on the scope the token request names. Every sandbox user has one role, on
  /// its own project: another project, a domain or the system scope is Keystone's 401 ("User … has no
  /// access to project …", shown to clients as the generic text). No scope means the user's own project.
  private func hasRole(_ user: Directory.User, onScopeOf body: JSONValue, project: KeystoneName?) -> Bool {
    guard let scope = body["auth"]?["scope"], !scope.isNull, scope.stringValue != "unscoped" else { return true }
    guard let project, let own = workshop.directory.project(id: user.projectID) else { return false }
    return project.matches(id: own.id, name: own.name)
  }

  /// `GET`/`HEAD /v3/auth/tokens`: the subject token's body, when both tokens are valid and the caller may.
  private func validateToken(_ request: SandboxRequest) -> SandboxReply {
    let head = request.method == .head
    switch subjectToken(request, action: head ? "identity:check_token" : "identity:validate_token") {
    case .failure(let error): return keystoneError(error)
    case .success(let (subject, session, user)):
      if head { return .empty(200, headers: [("X-Subject-Token", subject)]) }
      return .json(
        200, tokenBody(session, user: user, root: request.root).body, headers: [("X-Subject-Token", subject)])
    }
  }

  /// The `X-Subject-Token` of a validate, check or revoke, as Keystone orders the checks: the caller's
  /// token (401), the subject token (404), then the default policy: the admin role or the token's own
  /// user (`rule:token_subject`), otherwise 403 for `action`.
  private func subjectToken(_ request: SandboxRequest, action: String)
    -> Result<(String, TokenStore.Session, Directory.User), KeystoneError>
  {
    guard let (caller, callerUser) = authenticate(request) else { return .failure(.unauthorized) }
    let subject = request.header("X-Subject-Token") ?? ""
    guard let session = tokens.session(for: subject, now: now()), let user = workshop.directory.user(id: session.userID)
    else { return .failure(.notFound("Could not find token: \(subject).")) }
    guard caller.isAdmin || user.id == callerUser.id else { return .failure(.forbiddenAction(action)) }
    return .success((subject, session, user))
  }

  private func tokenBody(_ session: TokenStore.Session, user: Directory.User, root: String) -> KeystoneToken {
    let directory = workshop.directory
    let project = directory.project(id: user.projectID)
    let credential = session.applicationCredentialID.flatMap { id in
      directory.applicationCredentials.first { $0.id == id }
    }
    var token = KeystoneToken(
      methods: session.methods, userID: user.id, userName: user.name, projectID: user.projectID,
      projectName: project?.name ?? "", roles: directory.tokenRoles(for: user), issuedAt: session.issuedAt,
      expiresAt: session.expiresAt, auditID: session.auditID, catalog: catalog(root),
      applicationCredential: credential.map { ($0.id, $0.name) })
    token.isUnscoped = session.unscoped
    return token
  }

  /// The service catalog: every service at this server, under one region, public/internal/admin alike.
  func catalog(_ root: String) -> [CatalogService] {
    let urls = Routes.endpoints(root: root)
    let services: [(String, String, String)] = [
      ("identity", "keystone", root + Routes.identityPrefix), ("compute", "nova", urls.compute),
      ("image", "glance", urls.image), ("network", "neutron", urls.network),
      ("placement", "placement", root + "/placement"),
      // Marks a sgtutor sandbox: sgtutor reports progress to the room only where its catalog lists this.
      ("sgtutor", "sgtutor", root + "/sgtutor/v1"),
    ]
    return services.enumerated().map { index, service in
      CatalogService(
        id: String(format: "%032x", index + 1), type: service.0, name: service.1,
        endpoints: ["public", "internal", "admin"].enumerated().map { position, interface in
          CatalogEndpoint(
            id: String(format: "%032x", 100 + index * 3 + position), interface: interface, region: regionName,
            url: service.2)
        })
    }
  }
}
