import ServerGroupsCore

/// What `POST /v3/auth/tokens` asks for: who authenticates, how, and the project to scope to.
package enum KeystoneAuthRequest: Sendable, Equatable {
  /// A user and password (user by ID, or by name within a domain), scoped to a project.
  case password(user: KeystoneName, password: String, project: KeystoneName?)
  /// An application credential, by ID or by name plus its user; it carries its own project.
  case applicationCredential(id: String?, name: String?, user: KeystoneName?, secret: String)
  /// An existing token, rescoped (or not) to a project.
  case token(String, project: KeystoneName?)

  /// Reads a token request body; the error is Keystone's 400 text.
  package static func parse(_ body: JSONValue) -> Result<KeystoneAuthRequest, KeystoneError> {
    guard let identity = body["auth"]?["identity"] else {
      return .failure(.badRequest("'identity' is a required property"))
    }
    guard let methods = identity["methods"]?.arrayValue?.compactMap(\.stringValue), let method = methods.first else {
      return .failure(.badRequest("'methods' is a required property"))
    }
    let project = body["auth"]?["scope"]?["project"].flatMap(KeystoneName.init(json:))
    switch method {
    case "password":
      guard let user = identity["password"]?["user"], let name = KeystoneName(json: user),
        let password = user["password"]?.stringValue
      else { return .failure(.badRequest("Invalid password credentials.")) }
      return .success(.password(user: name, password: password, project: project))
    case "application_credential":
      guard let credential = identity["application_credential"], let secret = credential["secret"]?.stringValue
      else { return .failure(.badRequest("'secret' is a required property")) }
      return .success(
        .applicationCredential(
          id: credential["id"]?.stringValue, name: credential["name"]?.stringValue,
          user: credential["user"].flatMap(KeystoneName.init(json:)), secret: secret))
    case "token":
      guard let id = identity["token"]?["id"]?.stringValue else {
        return .failure(.badRequest("'id' is a required property"))
      }
      return .success(.token(id, project: project))
    default:
      return .failure(.unauthorized)
    }
  }

  /// The body a client sends for this request (the reverse of `parse`).
  package var body: JSONValue {
    var auth: [(String, JSONValue)] = []
    switch self {
    case .password(let user, let password, let project):
      var userPairs = user.pairs
      userPairs.append(("password", .string(password)))
      auth.append(
        (
          "identity",
          .object([
            ("methods", .array([.string("password")])), ("password", .object([("user", .object(userPairs))])),
          ])
        ))
      if let project { auth.append(("scope", .object([("project", .object(project.pairs))]))) }
    case .applicationCredential(let id, let name, let user, let secret):
      var credential: [(String, JSONValue)] = []
      if let id { credential.append(("id", .string(id))) }
      if let name { credential.append(("name", .string(name))) }
      if let user { credential.append(("user", .object(user.pairs))) }
      credential.append(("secret", .string(secret)))
      auth.append(
        (
          "identity",
          .object([
            ("methods", .array([.string("application_credential")])),
            ("application_credential", .object(credential)),
          ])
        ))
    case .token(let token, let project):
      auth.append(
        (
          "identity",
          .object([("methods", .array([.string("token")])), ("token", .object([("id", .string(token))]))])
        ))
      if let project { auth.append(("scope", .object([("project", .object(project.pairs))]))) }
    }
    return .object([("auth", .object(auth))])
  }
}

/// A Keystone user or project reference: by ID, or by name within a domain (by domain ID or name).
package struct KeystoneName: Sendable, Equatable, CustomStringConvertible {
  package var id: String?
  package var name: String?
  package var domainID: String?
  package var domainName: String?

  package init(id: String? = nil, name: String? = nil, domainID: String? = nil, domainName: String? = nil) {
    self.id = id
    self.name = name
    self.domainID = domainID
    self.domainName = domainName
  }

  /// The ID, else the name: how messages name it.
  package var description: String { id ?? name ?? "?" }

  init?(json: JSONValue) {
    guard json.objectPairs != nil else { return nil }
    id = json["id"]?.stringValue
    name = json["name"]?.stringValue
    domainID = json["domain"]?["id"]?.stringValue
    domainName = json["domain"]?["name"]?.stringValue
    if id == nil && name == nil { return nil }
  }

  /// Whether this reference names the given entity of the `default` domain (the only one the sandbox has).
  package func matches(id candidateID: String, name candidateName: String) -> Bool {
    if let id { return id == candidateID }
    guard name == candidateName else { return false }
    let domainOK = domainID.map { $0 == "default" } ?? true
    let domainNameOK = domainName.map { $0.lowercased() == "default" } ?? true
    return domainOK && domainNameOK
  }

  var pairs: [(String, JSONValue)] {
    var pairs: [(String, JSONValue)] = []
    if let id { pairs.append(("id", .string(id))) }
    if let name { pairs.append(("name", .string(name))) }
    if let domainID {
      pairs.append(("domain", .object([("id", .string(domainID))])))
    } else if let domainName {
      pairs.append(("domain", .object([("name", .string(domainName))])))
    }
    return pairs
  }
}

/// Keystone's own errors, with its body shape `{"error": {"code", "message", "title"}}`.
package enum KeystoneError: Error, Equatable, Sendable {
  case badRequest(String)
  case unauthorized
  /// An application credential's token request that names a scope (the credential carries its own).
  case applicationCredentialScoped
  /// The default policy refuses the action (`identity:validate_token`, `identity:list_projects`).
  case forbiddenAction(String)
  case notFound(String)
  case methodNotAllowed

  package var status: Int {
    switch self {
    case .badRequest: 400
    case .unauthorized, .applicationCredentialScoped: 401
    case .forbiddenAction: 403
    case .notFound: 404
    case .methodNotAllowed: 405
    }
  }

  package var message: String {
    switch self {
    case .badRequest(let text), .notFound(let text): text
    case .unauthorized: "The request you have made requires authentication."
    case .applicationCredentialScoped:
      "Error authenticating with application credential: Application credentials cannot request a scope."
    case .forbiddenAction(let action): "You are not authorized to perform the requested action: \(action)."
    case .methodNotAllowed: "The method is not allowed for the requested URL."
    }
  }

  package var title: String {
    switch self {
    case .badRequest: "Bad Request"
    case .unauthorized, .applicationCredentialScoped: "Unauthorized"
    case .forbiddenAction: "Forbidden"
    case .notFound: "Not Found"
    case .methodNotAllowed: "Method Not Allowed"
    }
  }

  /// Keystone's error body.
  package var body: JSONValue {
    .object([
      ("error", .object([("code", .int(status)), ("message", .string(message)), ("title", .string(title))]))
    ])
  }
}
