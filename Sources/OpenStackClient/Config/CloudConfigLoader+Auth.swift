import OpenStackWire
import ServerGroupsCore

/// From flat settings to a `CloudConfig`: the auth method, TLS and the compute pin.
extension CloudConfigLoader {
  func makeConfig(
    cloud: String, settings: [String: ConfigSetting], source: String?
  ) throws(CloudConfigError) -> CloudConfig {
    guard let authURL = settings["auth_url"]?.value else {
      let missing =
        cloud == Self.envvarsName ? "OS_AUTH_URL is not set" : "no auth_url in \(source ?? "its clouds.yaml")"
      throw CloudConfigError("cloud \"\(cloud)\" has \(missing): set auth_url (or OS_AUTH_URL, --os-auth-url)")
    }
    // `2` and `2.0` (common in clouds.yaml) ask for no microversion in particular.
    let pin = settings["compute_api_version"].flatMap { ["2", "2.0"].contains($0.value) ? nil : $0 }
    if let pin, Microversion(parsing: pin.value) == nil {
      throw CloudConfigError(
        "\(pin.origin.naming(key: "compute_api_version")) \(pin.value) is not a compute microversion: "
          + "use 2.N, such as 2.64")
    }
    return CloudConfig(
      name: cloud, authURL: authURL, auth: try Self.auth(from: settings, cloud: cloud),
      regionName: settings["region_name"]?.value, interface: settings["interface"]?.value ?? "public",
      caCertificatePath: settings["cacert"].map { expandHome($0.value) },
      verifyTLS: Self.verifiesTLS(settings), computeAPIVersion: pin?.value,
      computeAPIVersionSource: pin?.origin.naming(key: "compute_api_version"), source: source)
  }

  private func expandHome(_ path: String) -> String {
    path == "~" ? home : path.hasPrefix("~/") ? home + path.dropFirst() : path
  }

  /// openstacksdk reads `insecure` as true only when it is `true` (any case; YAML's other booleans were already
  /// turned into `true`/`false`), and `insecure` wins over `verify`. `verify: 'False'` (a string) fails in the CLI;
  /// sgtutor reads it as false (a deliberate leniency).
  static func verifiesTLS(_ settings: [String: ConfigSetting]) -> Bool {
    if settings["insecure"]?.value.lowercased() == "true" { return false }
    guard let verify = settings["verify"]?.value.lowercased() else { return true }
    return !["false", "no", "off", "0"].contains(verify)
  }

  static func auth(from settings: [String: ConfigSetting], cloud: String) throws(CloudConfigError) -> CloudConfig.Auth {
    func value(_ key: String) -> String? { settings[key]?.value }
    let hasUser = value("username") != nil || value("user_id") != nil
    // The CLI picks password auth when auth_type is unset. sgtutor also infers application credentials and tokens
    // (where the CLI fails with "Missing value username"), but never over a username or user ID.
    let type =
      value("auth_type")
      ?? (hasUser
        ? "password"
        : value("application_credential_secret") != nil || value("application_credential_id") != nil
          ? "v3applicationcredential" : value("token") != nil ? "token" : "password")
    let project: KeystoneName? =
      value("project_id") != nil || value("project_name") != nil
      ? KeystoneName(
        id: value("project_id"), name: value("project_name"),
        domainID: value("project_domain_id") ?? value("default_domain_id"),
        domainName: value("project_domain_name") ?? value("default_domain_name"))
      : nil
    let user = KeystoneName(
      id: value("user_id"), name: value("username"),
      domainID: value("user_domain_id") ?? value("default_domain_id"),
      domainName: value("user_domain_name") ?? value("default_domain_name"))
    switch type {
    case "password", "v3password":
      guard hasUser else {
        throw CloudConfigError(
          "cloud \"\(cloud)\": password auth needs username or user_id (clouds.yaml, OS_USERNAME or --os-username)")
      }
      guard let password = value("password") else {
        throw CloudConfigError(
          "cloud \"\(cloud)\": password auth needs a password (clouds.yaml, secure.yaml, OS_PASSWORD or --os-password)")
      }
      let domain: KeystoneName? =
        project == nil && (value("domain_id") != nil || value("domain_name") != nil)
        ? KeystoneName(id: value("domain_id"), name: value("domain_name")) : nil
      return .password(user: user, password: Secret(password), project: project, domain: domain)
    case "v3applicationcredential", "applicationcredential":
      guard let secret = value("application_credential_secret") else {
        throw CloudConfigError("cloud \"\(cloud)\": application credential auth needs application_credential_secret")
      }
      let id = value("application_credential_id")
      let name = value("application_credential_name")
      guard id != nil || (name != nil && hasUser) else {
        throw CloudConfigError(
          "cloud \"\(cloud)\": application credential auth needs application_credential_id, "
            + "or application_credential_name with username or user_id")
      }
      return .applicationCredential(id: id, name: name, user: hasUser ? user : nil, secret: Secret(secret))
    case "token", "v3token":
      guard let token = value("token") else { throw CloudConfigError("cloud \"\(cloud)\": token auth needs token") }
      return .token(Secret(token), project: project)
    case "v2password", "v2token":
      throw CloudConfigError(
        "cloud \"\(cloud)\": auth_type \"\(type)\" is Keystone v2, which sgtutor does not speak; use password or token")
    default:
      throw CloudConfigError(
        "cloud \"\(cloud)\": auth_type \"\(type)\" is not supported; use password, v3applicationcredential or token")
    }
  }
}
