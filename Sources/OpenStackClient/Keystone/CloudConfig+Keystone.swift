import OpenStackWire

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

extension CloudConfig.Named {
  /// The Keystone reference: by ID alone, or by name within a domain (`default` when none is given).
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
