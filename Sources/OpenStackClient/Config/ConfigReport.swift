import OpenStackWire

/// `sgtutor config show`: the resolved configuration, secrets masked, each value with where it came from, and what
/// sgtutor will do with it (where it logs in, the scope it asks for, the region, interface, TLS and microversion).
package enum ConfigReport {
  /// Keys whose values are never shown.
  static let secretKeys: Set<String> = ["password", "token", "application_credential_secret", "passcode"]

  /// Keys in the order a user reads them; others follow alphabetically.
  static let order = [
    "auth_url", "auth_type", "username", "user_id", "user_domain_name", "user_domain_id", "password",
    "project_name", "project_id", "project_domain_name", "project_domain_id", "domain_name", "domain_id",
    "default_domain", "default_domain_id", "default_domain_name", "application_credential_id",
    "application_credential_name", "application_credential_secret", "token", "region_name", "interface", "cacert",
    "verify", "insecure", "identity_api_version", "compute_api_version",
  ]

  /// The value as it may be shown: secrets as `***`, a `user:password@` in a URL dropped.
  static func shown(_ key: String, _ value: String) -> String {
    if secretKeys.contains(key) || key.contains("secret") || key.contains("password") { return "***" }
    return key.hasSuffix("url") ? URLParts.redacted(value) : value
  }

  /// The report, one value per line, then a summary.
  package static func render(_ resolution: CloudResolution) -> String {
    let name = resolution.name
    var lines = ["cloud: \(name)" + (name == CloudConfigLoader.envvarsName ? " (the OS_* variables)" : "")]
    if let file = resolution.cloudsFile { lines.append("clouds.yaml: \(file)") }
    if let file = resolution.secureFile { lines.append("secure.yaml: \(file)") }
    if let profile = resolution.profile { lines.append("profile: \(profile)") }
    lines.append("")
    let settings = resolution.settings
    let keys =
      order.filter { settings[$0] != nil }
      + settings.keys.filter { !order.contains($0) && !ignored.contains($0) }.sorted()
    let width = (keys.map(\.count).max() ?? 0) + 1
    let rows = keys.compactMap { key in settings[key].map { (key, shown(key, $0.value), $0.origin.description) } }
    let valueWidth = min((rows.map(\.1.count).max() ?? 0) + 2, 48)
    for (key, value, origin) in rows {
      let label = (key + ":").padding(to: width)
      lines.append("  \(label) \(value.padding(to: valueWidth)) \(origin)")
    }
    lines.append("")
    if let config = resolution.config {
      lines += summary(config)
    } else if let problem = resolution.problem {
      lines.append("sgtutor cannot use this cloud: \(problem)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Selectors and file overrides that are not settings of the cloud itself.
  static let ignored: Set<String> = ["cloud", "client_config_file", "client_secure_file", "cloud_name"]

  static func summary(_ config: CloudConfig) -> [String] {
    var lines = ["sgtutor will:"]
    lines.append("  log in at \(URLParts.redacted(config.identityV3URL))/auth/tokens with \(method(config.auth))")
    lines.append("  ask for \(scope(config.auth))")
    lines.append(
      "  use the catalog's compute, image and network endpoints for region \(config.regionName ?? "(any)"), "
        + "interface \(config.interface)")
    if !config.verifyTLS {
      lines.append("  NOT check the cloud's TLS certificate")
    } else if let ca = config.caCertificatePath {
      lines.append("  check the cloud's TLS certificate against \(ca)")
    } else {
      lines.append("  check the cloud's TLS certificate against the system's CAs")
    }
    if let pin = config.computeAPIVersion {
      lines.append("  send compute microversion \(pin) exactly (\(config.computeAPIVersionSource ?? "pinned"))")
    } else {
      lines.append("  use the cloud's highest compute microversion up to 2.64 (2.71 for server show)")
    }
    return lines
  }

  static func method(_ auth: CloudConfig.Auth) -> String {
    switch auth {
    case .password(let user, _, _, _): "a password for the user \(named(user))"
    case .applicationCredential(let id, let name, let user, _):
      "the application credential \(id ?? name ?? "?")" + (user.map { " of the user \(named($0))" } ?? "")
    case .token: "a token"
    }
  }

  static func scope(_ auth: CloudConfig.Auth) -> String {
    switch auth {
    case .password(_, _, let project?, _), .token(_, let project?): "a token scoped to the project \(named(project))"
    case .password(_, _, nil, let domain?):
      "a token scoped to the domain \(domain.id ?? domain.name ?? "?") (Nova will need a project)"
    case .applicationCredential: "a token scoped to the application credential's project"
    case .password, .token: "an unscoped token (Nova will need a project)"
    }
  }

  static func named(_ thing: KeystoneName) -> String {
    if let id = thing.id { return "with ID \(id)" }
    let domain =
      thing.domainID.map { " in the domain with ID \($0)" } ?? thing.domainName.map { " in the domain \($0)" }
    return (thing.name ?? "?") + (domain ?? " in the domain with ID default")
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
