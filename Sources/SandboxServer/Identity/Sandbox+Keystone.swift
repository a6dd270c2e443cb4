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
      guard authenticate(request) != nil else { return keystoneError(.unauthorized) }
      if let subject = request.header("X-Subject-Token") { tokens.revoke(subject) }
      return .empty(204)
    case (.get, ["v3", "auth", "catalog"]):
      guard authenticate(request) != nil else { return keystoneError(.unauthorized) }
      return .json(200, .object([("catalog", .array(catalog(request.root).map(\.body)))]))
    case (.get, ["v3", "auth", "projects"]):
      guard let (_, user) = authenticate(request), let project = workshop.directory.project(id: user.projectID) else {
        return keystoneError(.unauthorized)
      }
      return .json(200, .object([("projects", .array([projectBody(project)]))]))
    case (.get, _) where PathPattern.match(path, "v3/projects/*") != nil:
      let id = path[2]
      guard let (caller, _) = authenticate(request) else { return keystoneError(.unauthorized) }
      guard let project = workshop.directory.project(id: id), caller.isAdmin || caller.projectID.rawValue == id else {
        return keystoneError(.notFound("Could not find project: \(id)."))
      }
      return .json(200, .object([("project", projectBody(project))]))
    case (_, ["v3", "auth", "tokens"]), (_, ["v3"]), (_, []):
      return keystoneError(.methodNotAllowed)
    default:
      return keystoneError(.notFound("The resource could not be found."))
    }
  }

  func keystoneError(_ error: KeystoneError) -> SandboxReply { .json(error.status, error.body) }

  private func projectBody(_ project: Directory.Project) -> JSONValue {
    .object([
      ("id", .string(project.id)), ("name", .string(project.name)), ("domain_id", .string("default")),
      ("description", .string("")), ("enabled", .bool(true)), ("parent_id", .string("default")),
      ("is_domain", .bool(false)), ("tags", .array([])),
    ])
  }

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
      if let project, let own = directory.project(id: found.projectID), !project.matches(id: own.id, name: own.name) {
        return keystoneError(.unauthorized)
      }
      user = found
      methods = ["password"]
    case .applicationCredential(let id, let name, let owner, let secret):
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
    case .token(let token, _):
      guard let session = tokens.session(for: token, now: now()), let holder = directory.user(id: session.userID) else {
        return keystoneError(.unauthorized)
      }
      user = holder
      credentialID = session.applicationCredentialID
      methods = session.methods.contains("token") ? session.methods : session.methods + ["token"]
    }
    let (token, session) = tokens.issue(
      userID: user.id, methods: methods, applicationCredentialID: credentialID, now: now())
    return .json(
      201, tokenBody(session, user: user, root: request.root).body, headers: [("X-Subject-Token", token)])
  }

  /// `GET`/`HEAD /v3/auth/tokens`: the subject token's body, when both tokens are valid.
  private func validateToken(_ request: SandboxRequest) -> SandboxReply {
    guard authenticate(request) != nil else { return keystoneError(.unauthorized) }
    let subject = request.header("X-Subject-Token") ?? ""
    guard let session = tokens.session(for: subject, now: now()), let user = workshop.directory.user(id: session.userID)
    else { return keystoneError(.notFound("Could not find token: \(subject).")) }
    if request.method == .head { return .empty(200, headers: [("X-Subject-Token", subject)]) }
    return .json(200, tokenBody(session, user: user, root: request.root).body, headers: [("X-Subject-Token", subject)])
  }

  private func tokenBody(_ session: TokenStore.Session, user: Directory.User, root: String) -> KeystoneToken {
    let directory = workshop.directory
    let project = directory.project(id: user.projectID)
    let credential = session.applicationCredentialID.flatMap { id in
      directory.applicationCredentials.first { $0.id == id }
    }
    return KeystoneToken(
      methods: session.methods, userID: user.id, userName: user.name, projectID: user.projectID,
      projectName: project?.name ?? "", roles: directory.tokenRoles(for: user), issuedAt: session.issuedAt,
      expiresAt: session.expiresAt, auditID: session.auditID, catalog: catalog(root),
      applicationCredential: credential.map { ($0.id, $0.name) })
  }

  /// The service catalog: every service at this server, under one region, public/internal/admin alike.
  func catalog(_ root: String) -> [CatalogService] {
    let urls = Routes.endpoints(root: root)
    let services: [(String, String, String)] = [
      ("identity", "keystone", root + Routes.identityPrefix), ("compute", "nova", urls.compute),
      ("image", "glance", urls.image), ("network", "neutron", urls.network),
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
