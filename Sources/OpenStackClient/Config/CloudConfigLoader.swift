import ServerGroupsCore
import Yams

/// Finds and merges a cloud's settings as python-openstackclient does.
package struct CloudConfigLoader: Sendable {
  /// Environment variables.
  package var environment: [String: String]
  /// The user's home folder (`~`).
  package var home: String
  /// The current folder.
  package var workingDirectory: String
  /// Reads a file's text, nil when it does not exist; throws when it exists but cannot be read.
  package var readFile: @Sendable (String) throws -> String?

  package init(
    environment: [String: String], home: String, workingDirectory: String,
    readFile: @escaping @Sendable (String) throws -> String?
  ) {
    self.environment = environment
    self.home = home
    self.workingDirectory = workingDirectory
    self.readFile = readFile
  }

  /// Where clouds.yaml is looked for, first match wins (`OS_CLIENT_CONFIG_FILE` goes first).
  package var configFiles: [String] { files(named: "clouds", override: environment["OS_CLIENT_CONFIG_FILE"]) }
  /// Where secure.yaml is looked for (`OS_CLIENT_SECURE_FILE` goes first).
  package var secureFiles: [String] { files(named: "secure", override: environment["OS_CLIENT_SECURE_FILE"]) }

  private func files(named base: String, override: String?) -> [String] {
    let configHome = environment["XDG_CONFIG_HOME"].map { $0 + "/openstack" } ?? home + "/.config/openstack"
    let folders = [workingDirectory, configHome, "/etc/openstack"]
    var paths = folders.flatMap { folder in ["yaml", "yml", "json"].map { "\(folder)/\(base).\($0)" } }
    if let override, !override.isEmpty { paths.insert(override, at: 0) }
    return paths
  }

  /// Resolves the cloud to use.
  /// - Parameter options: `--os-*` command-line options without the `--os-` prefix and with `-` as `_`
  ///   (`cloud`, `auth_url`, `username`, `password`, `project_name`, `region_name`, `insecure`, …).
  package func resolve(options: [String: String] = [:]) throws(CloudConfigError) -> CloudConfig {
    let cloudName = options["cloud"] ?? environment["OS_CLOUD"]
    var settings: [String: String] = [:]
    var source: String?
    if let cloudName, !cloudName.isEmpty {
      let (clouds, file) = try loadClouds()
      guard let file else {
        throw CloudConfigError(
          "no clouds.yaml found for cloud \"\(cloudName)\"; looked in \(configFiles.prefix(4).joined(separator: ", ")) and /etc/openstack")
      }
      guard let entry = clouds[cloudName] else {
        let known = clouds.keys.sorted()
        throw CloudConfigError(
          "cloud \"\(cloudName)\" is not in \(file)"
            + (known.isEmpty ? "" : "; it has: \(known.joined(separator: ", "))"))
      }
      settings = entry
      source = file
    }
    // OS_* variables sit over the file, as openstackclient's option defaults do.
    for (variable, value) in environment where variable.hasPrefix("OS_") && !value.isEmpty {
      let key = String(variable.dropFirst(3)).lowercased()
      guard !["cloud", "client_config_file", "client_secure_file"].contains(key) else { continue }
      settings[Self.canonical(key)] = value
    }
    for (key, value) in options where key != "cloud" { settings[Self.canonical(key)] = value }

    guard let authURL = settings["auth_url"], !authURL.isEmpty else {
      if cloudName == nil {
        throw CloudConfigError(
          "no cloud configured: use --os-cloud NAME (or OS_CLOUD) with a clouds.yaml, or source an openrc file that sets OS_AUTH_URL")
      }
      throw CloudConfigError("cloud \"\(cloudName ?? "")\" has no auth_url in \(source ?? "its clouds.yaml")")
    }
    return CloudConfig(
      name: cloudName ?? "envvars", authURL: authURL, auth: try auth(from: settings, cloud: cloudName ?? "envvars"),
      regionName: settings["region_name"], interface: settings["interface"] ?? "public",
      caCertificatePath: settings["cacert"],
      verifyTLS: !(Self.isTrue(settings["insecure"]) || settings["verify"].map { !Self.isTrue($0) } == true),
      computeAPIVersion: settings["compute_api_version"], source: source)
  }

  /// Maps the few spellings openstackclient treats as one (`os_tenant_name`, `endpoint_type`, …).
  static func canonical(_ key: String) -> String {
    switch key {
    case "tenant_name": "project_name"
    case "tenant_id": "project_id"
    case "endpoint_type": "interface"
    case "user_name": "username"
    case "region": "region_name"
    default: key
    }
  }

  static func isTrue(_ value: String?) -> Bool {
    guard let value else { return false }
    return ["true", "yes", "1", "on"].contains(value.lowercased())
  }

  private func auth(from settings: [String: String], cloud: String) throws(CloudConfigError) -> CloudConfig.Auth {
    let type =
      settings["auth_type"]
      ?? (settings["application_credential_secret"] != nil ? "v3applicationcredential" : settings["token"] != nil ? "token" : "password")
    let project: CloudConfig.Named? =
      settings["project_id"] != nil || settings["project_name"] != nil
      ? CloudConfig.Named(
        id: settings["project_id"], name: settings["project_name"],
        domainID: settings["project_domain_id"] ?? settings["default_domain_id"] ?? settings["domain_id"],
        domainName: settings["project_domain_name"] ?? settings["default_domain_name"] ?? settings["domain_name"])
      : nil
    let user = CloudConfig.Named(
      id: settings["user_id"], name: settings["username"],
      domainID: settings["user_domain_id"] ?? settings["default_domain_id"] ?? settings["domain_id"],
      domainName: settings["user_domain_name"] ?? settings["default_domain_name"] ?? settings["domain_name"])
    switch type {
    case "password", "v3password":
      guard user.id != nil || user.name != nil else {
        throw CloudConfigError("cloud \"\(cloud)\": password auth needs username or user_id")
      }
      guard let password = settings["password"] else {
        throw CloudConfigError(
          "cloud \"\(cloud)\": password auth needs a password (clouds.yaml, secure.yaml, OS_PASSWORD or --os-password)")
      }
      let domain: CloudConfig.Named? =
        project == nil && (settings["domain_id"] != nil || settings["domain_name"] != nil)
        ? CloudConfig.Named(id: settings["domain_id"], name: settings["domain_name"]) : nil
      return .password(user: user, password: Secret(password), project: project, domain: domain)
    case "v3applicationcredential", "applicationcredential":
      guard let secret = settings["application_credential_secret"] else {
        throw CloudConfigError("cloud \"\(cloud)\": application credential auth needs application_credential_secret")
      }
      let id = settings["application_credential_id"]
      let name = settings["application_credential_name"]
      guard id != nil || (name != nil && (user.id != nil || user.name != nil)) else {
        throw CloudConfigError(
          "cloud \"\(cloud)\": application credential auth needs application_credential_id, or application_credential_name with username or user_id")
      }
      return .applicationCredential(
        id: id, name: name, user: user.id != nil || user.name != nil ? user : nil, secret: Secret(secret))
    case "token", "v3token":
      guard let token = settings["token"] else { throw CloudConfigError("cloud \"\(cloud)\": token auth needs token") }
      return .token(Secret(token), project: project)
    default:
      throw CloudConfigError(
        "cloud \"\(cloud)\": auth_type \"\(type)\" is not supported; use password, v3applicationcredential or token")
    }
  }

  /// The first clouds.yaml found, merged with the first secure.yaml found, as cloud name → flat settings.
  private func loadClouds() throws(CloudConfigError) -> ([String: [String: String]], String?) {
    guard let (file, text) = try firstFile(configFiles) else { return ([:], nil) }
    var clouds = try Self.parseClouds(text, path: file)
    if let (secureFile, secureText) = try firstFile(secureFiles) {
      for (name, values) in try Self.parseClouds(secureText, path: secureFile) {
        clouds[name, default: [:]].merge(values) { _, secure in secure }
      }
    }
    return (clouds, file)
  }

  private func firstFile(_ paths: [String]) throws(CloudConfigError) -> (String, String)? {
    for path in paths {
      do {
        if let text = try readFile(path) { return (path, text) }
      } catch {
        throw CloudConfigError("\(path) could not be read: \(error)")
      }
    }
    return nil
  }

  /// Parses clouds.yaml's `clouds:` map; nested `auth:` keys are flattened beside the others.
  static func parseClouds(_ text: String, path: String) throws(CloudConfigError) -> [String: [String: String]] {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      let first = String(describing: error).split(separator: "\n").first.map(String.init) ?? ""
      throw CloudConfigError("\(path) is not valid YAML: \(first)")
    }
    guard let clouds = root?.mapping?["clouds"]?.mapping else {
      throw CloudConfigError("\(path) has no `clouds:` section")
    }
    var result: [String: [String: String]] = [:]
    for (key, value) in clouds {
      guard let name = key.string, let entry = value.mapping else { continue }
      var flat: [String: String] = [:]
      for (field, content) in entry {
        guard let field = field.string else { continue }
        if field == "auth", let auth = content.mapping {
          for (authField, authValue) in auth {
            if let authField = authField.string, let scalar = authValue.scalar?.string { flat[authField] = scalar }
          }
        } else if let scalar = content.scalar?.string {
          flat[field] = scalar
        }
      }
      result[name] = flat
    }
    return result
  }
}
