import OpenStackWire
import ServerGroupsCore

extension CloudConfig.Auth {
  /// The body of `POST /v3/auth/tokens` for this way of logging in. A user or project named without a
  /// domain is looked up in the `default` domain, as most clouds expect.
  package var keystoneRequest: KeystoneAuthRequest {
    switch self {
    case .password(let user, let password, let project, _):
      return .password(
        user: user.keystoneName, password: password.value, project: project?.keystoneName)
    case .applicationCredential(let id, let name, let user, let secret):
      return .applicationCredential(
        id: id, name: name, user: user?.keystoneName, secret: secret.value)
    case .token(let token, let project):
      return .token(token.value, project: project?.keystoneName)
    }
  }
}

extension CloudConfig.Auth {
  /// The token request body: `keystoneRequest`'s, plus a domain scope for a password login with a domain and no
  /// project (keystoneauth's domain-scoped token).
  package var tokenRequestBody: JSONValue {
    let body = keystoneRequest.body
    guard case .password(_, _, nil, let domain?) = self,
      case .object(var root) = body, let index = root.firstIndex(where: { $0.0 == "auth" }),
      case .object(var auth) = root[index].1
    else { return body }
    var reference: [(String, JSONValue)] = []
    if let id = domain.id {
      reference.append(("id", .string(id)))
    } else if let name = domain.name {
      reference.append(("name", .string(name)))
    }
    auth.append(("scope", .object([("domain", .object(reference))])))
    root[index].1 = .object(auth)
    return .object(root)
  }

  /// The domain a domain-scoped login asks for, for messages.
  package var domainScope: String? {
    guard case .password(_, _, nil, let domain?) = self else { return nil }
    return domain.id ?? domain.name
  }
}

extension KeystoneName {
  /// The reference as sent to Keystone: by ID alone, or by name within a domain (`default` when the
  /// configuration gave none).
  var keystoneName: KeystoneName {
    if let id { return KeystoneName(id: id) }
    if domainID == nil && domainName == nil { return KeystoneName(name: name, domainID: "default") }
    return KeystoneName(
      name: name, domainID: domainID, domainName: domainID == nil ? domainName : nil)
  }
}

extension CloudConfig {
  /// The Keystone v3 URL: `auth_url` as given when it names `/v3`, otherwise with `/v3` added (as keystoneauth
  /// finds it for an unversioned URL).
  package var identityV3URL: String {
    var url = authURL
    while url.hasSuffix("/") { url.removeLast() }
    if url.hasSuffix("/v3") { return url }
    return url + "/v3"
  }
}
