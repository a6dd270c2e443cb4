import OpenStackWire

/// Everything needed to talk to one cloud, resolved the way the openstack CLI resolves it (`CloudConfigLoader`).
package struct CloudConfig: Sendable, Equatable, CustomStringConvertible {
  /// The cloud's name in clouds.yaml, or `envvars` when it came from `OS_*` variables alone.
  package var name: String
  package var authURL: String
  package var auth: Auth
  package var regionName: String?
  /// `public` unless set (`internal`, `admin`).
  package var interface: String
  /// A CA bundle to trust (clouds.yaml `cacert`, `OS_CACERT`, `--os-cacert`).
  package var caCertificatePath: String?
  /// False for `verify: false` or `--insecure`.
  package var verifyTLS: Bool
  /// A compute microversion the user pinned (`--os-compute-api-version`), if any.
  package var computeAPIVersion: String?
  /// Where the pin was set, as the user wrote it (`--os-compute-api-version`, `OS_COMPUTE_API_VERSION`,
  /// `compute_api_version in /path/clouds.yaml`), for messages.
  package var computeAPIVersionSource: String?
  /// The file the cloud came from, for messages.
  package var source: String?

  package init(
    name: String, authURL: String, auth: Auth, regionName: String? = nil, interface: String = "public",
    caCertificatePath: String? = nil, verifyTLS: Bool = true, computeAPIVersion: String? = nil,
    computeAPIVersionSource: String? = nil, source: String? = nil
  ) {
    self.name = name
    self.authURL = authURL
    self.auth = auth
    self.regionName = regionName
    self.interface = interface
    self.caCertificatePath = caCertificatePath
    self.verifyTLS = verifyTLS
    self.computeAPIVersion = computeAPIVersion
    self.computeAPIVersionSource = computeAPIVersionSource
    self.source = source
  }

  /// How to get a token from Keystone v3.
  package enum Auth: Sendable, Equatable {
    /// Scoped to the project, else to the domain (a domain-scoped token), else unscoped.
    case password(user: KeystoneName, password: Secret, project: KeystoneName?, domain: KeystoneName?)
    case applicationCredential(id: String?, name: String?, user: KeystoneName?, secret: Secret)
    case token(Secret, project: KeystoneName?)
  }

  /// No secret is ever printed: its description is always `***`.
  package var description: String {
    let who: String
    switch auth {
    case .password(let user, _, let project, _):
      who = "password auth as \(user) in project \(project?.description ?? "-")"
    case .applicationCredential(let id, let name, _, _): who = "application credential \(id ?? name ?? "?")"
    case .token: who = "token auth"
    }
    return "cloud \(name) at \(authURL), \(who), region \(regionName ?? "-"), interface \(interface)"
  }
}

/// A password, application credential secret or token. Its description hides it.
package struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
  package let value: String
  package init(_ value: String) { self.value = value }
  package var description: String { "***" }
  package var debugDescription: String { "***" }
}

/// Why no cloud could be configured, in one line that says what to do.
package struct CloudConfigError: Error, Equatable, CustomStringConvertible {
  package var message: String
  package init(_ message: String) { self.message = message }
  package var description: String { message }
}
