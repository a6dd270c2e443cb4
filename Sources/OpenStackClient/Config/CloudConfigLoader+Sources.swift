/// Where the loader's raw values come from: files, the environment, options, vendor profiles.
extension CloudConfigLoader {
  /// The `OS_*` variables that python-openstackclient reads as the default of one of its `--os-*` options, and the
  /// key each sets. Only these override a named cloud; every other `OS_*` variable (`OS_INSECURE`,
  /// `OS_ENDPOINT_TYPE`, …) belongs to the separate "envvars" cloud alone.
  /// Source: osc-lib `shell.py` (`--os-cloud`, `--os-region-name`, `--os-cacert`, `--os-cert`, `--os-key`,
  /// `--os-default-domain`, `--os-interface`) and `api/auth.py` (`--os-auth-type` and one `--os-<opt>` per
  /// keystoneauth plugin option, `OS_TENANT_*` as fallbacks), python-openstackclient's `--os-*-api-version`.
  static let optionBackedVariables: [(variable: String, key: String)] = [
    ("OS_CLOUD", "cloud"), ("OS_REGION_NAME", "region_name"), ("OS_CACERT", "cacert"), ("OS_CERT", "cert"),
    ("OS_KEY", "key"), ("OS_DEFAULT_DOMAIN", "default_domain"), ("OS_INTERFACE", "interface"),
    ("OS_AUTH_TYPE", "auth_type"), ("OS_COMPUTE_API_VERSION", "compute_api_version"),
    ("OS_IDENTITY_API_VERSION", "identity_api_version"), ("OS_AUTH_URL", "auth_url"), ("OS_USERNAME", "username"),
    ("OS_USER_ID", "user_id"), ("OS_PASSWORD", "password"), ("OS_TENANT_NAME", "project_name"),
    ("OS_PROJECT_NAME", "project_name"), ("OS_TENANT_ID", "project_id"), ("OS_PROJECT_ID", "project_id"),
    ("OS_USER_DOMAIN_NAME", "user_domain_name"), ("OS_USER_DOMAIN_ID", "user_domain_id"),
    ("OS_PROJECT_DOMAIN_NAME", "project_domain_name"), ("OS_PROJECT_DOMAIN_ID", "project_domain_id"),
    ("OS_DOMAIN_NAME", "domain_name"), ("OS_DOMAIN_ID", "domain_id"), ("OS_DEFAULT_DOMAIN_ID", "default_domain_id"),
    ("OS_DEFAULT_DOMAIN_NAME", "default_domain_name"), ("OS_TOKEN", "token"),
    ("OS_APPLICATION_CREDENTIAL_ID", "application_credential_id"),
    ("OS_APPLICATION_CREDENTIAL_NAME", "application_credential_name"),
    ("OS_APPLICATION_CREDENTIAL_SECRET", "application_credential_secret"), ("OS_SYSTEM_SCOPE", "system_scope"),
    ("OS_TRUST_ID", "trust_id"),
  ]

  /// What the CLI's option parser hands openstacksdk: option-backed variables, then the options typed.
  /// Empty values count as unset, as openstacksdk's `_fix_args` drops them.
  func arguments(options: [String: String]) -> [String: ConfigSetting] {
    var args: [String: ConfigSetting] = [
      "default_domain": ConfigSetting("default", .defaultValue("the openstack CLI's --os-default-domain"))
    ]
    for (variable, key) in Self.optionBackedVariables {
      if let value = environment[variable], !value.isEmpty { args[key] = ConfigSetting(value, .variable(variable)) }
    }
    for (key, value) in options where !value.isEmpty {
      let canonical = Self.optionKey(key)
      args[canonical] = ConfigSetting(value, .option("--os-" + key.replacingUnderscores()))
    }
    // `--insecure` and `--verify` are spelled without `--os-`.
    for flag in ["insecure", "verify"] where args[flag] != nil { args[flag]?.origin = .option("--" + flag) }
    return args
  }

  /// `--os-tenant-name` is `--os-project-name` to the CLI.
  static func optionKey(_ key: String) -> String {
    switch key {
    case "tenant_name": "project_name"
    case "tenant_id": "project_id"
    default: key
    }
  }

  /// openstacksdk's "envvars" cloud: every `OS_*` variable as a key (`OS_ENDPOINT_TYPE` → `endpoint_type`), or nil
  /// when only selectors (`OS_CLOUD`, `OS_REGION_NAME`, the file overrides) are set.
  func environmentCloud() -> [String: ConfigSetting]? {
    let selectors: Set<String> = [
      "OS_CLOUD", "OS_REGION_NAME", "OS_CLIENT_CONFIG_FILE", "OS_CLIENT_SECURE_FILE", "OS_CLOUD_NAME",
    ]
    let keys = environment.keys.filter {
      $0.hasPrefix("OS_") && !$0.hasPrefix("OS_TEST") && !$0.hasPrefix("OS_STD") && !$0.hasPrefix("OS_LOG")
    }
    guard keys.contains(where: { !selectors.contains($0) }) else { return nil }
    var cloud: [String: ConfigSetting] = [:]
    for variable in keys.sorted() {
      guard let value = environment[variable], !value.isEmpty else { continue }
      cloud[String(variable.dropFirst(3)).lowercased()] = ConfigSetting(value, .variable(variable))
    }
    return cloud
  }

  /// The files as read: the first clouds.yaml, the first secure.yaml, and their merge.
  struct Files {
    var cloudsPath: String?
    var securePath: String?
    /// Each cloud of clouds.yaml merged with secure.yaml's (secure wins).
    var clouds: [String: ConfigNode] = [:]
    var cloudsOnly: [String: ConfigNode] = [:]
    var secure: [String: ConfigNode] = [:]
  }

  func loadFiles() throws(CloudConfigError) -> Files {
    var files = Files()
    if let (path, text) = try firstFile(configFiles) {
      files.cloudsPath = path
      files.cloudsOnly = try Self.cloudEntries(text, path: path)
    }
    if let (path, text) = try firstFile(secureFiles) {
      files.securePath = path
      files.secure = try Self.cloudEntries(text, path: path)
    }
    files.clouds = files.cloudsOnly
    for (name, entry) in files.secure {
      files.clouds[name] = files.clouds[name].map { $0.merging(entry) } ?? entry
    }
    return files
  }

  func firstFile(_ paths: [String]) throws(CloudConfigError) -> (String, String)? {
    for path in paths {
      do {
        if let text = try readFile(path) { return (path, text) }
      } catch {
        throw CloudConfigError("\(path) could not be read: \(error)")
      }
    }
    return nil
  }

  /// The `clouds:` map of a clouds.yaml or secure.yaml (a file without one holds no clouds, as for openstacksdk).
  static func cloudEntries(_ text: String, path: String) throws(CloudConfigError) -> [String: ConfigNode] {
    let root = try ConfigNode.parse(text, path: path)
    guard root.pairs != nil else {
      throw CloudConfigError("\(path) is empty or not a mapping: it should start with `clouds:`")
    }
    guard let clouds = root["clouds"] else {
      throw CloudConfigError("\(path) has no `clouds:` section")
    }
    var result: [String: ConfigNode] = [:]
    for (name, entry) in clouds.pairs ?? [] where entry.pairs != nil { result[name] = entry }
    return result
  }

  /// Adds a cloud entry's values: scalars by key, `auth:` keys beside them (a key outside `auth:` wins, as the CLI
  /// prefers it), `-` in a key read as `_`. A null (`password: ~`, `password:`) or empty value removes the key.
  static func flatten(
    _ entry: ConfigNode, into settings: inout [String: ConfigSetting], path: String, prefix: String
  ) {
    let pairs = entry.pairs ?? []
    let auth = pairs.filter { $0.0 == "auth" }.flatMap { $0.1.pairs ?? [] }
    for (key, value) in auth { set(key, value, in: &settings, origin: .file(path: path, key: prefix + "auth." + key)) }
    for (key, value) in pairs where key != "auth" {
      set(key, value, in: &settings, origin: .file(path: path, key: prefix + key))
    }
  }

  private static func set(
    _ key: String, _ value: ConfigNode, in settings: inout [String: ConfigSetting], origin: ConfigOrigin
  ) {
    let name = key.replacingDashes()
    switch value {
    case .scalar(let text) where !text.isEmpty: settings[name] = ConfigSetting(text, origin)
    case .scalar, .null: settings[name] = nil
    case .list, .map: break
    }
  }
}

extension ConfigNode {
  /// Deep merge of two mappings, `other` winning (openstacksdk's `merge_clouds`).
  func merging(_ other: ConfigNode) -> ConfigNode {
    guard var pairs = self.pairs, let others = other.pairs else { return other }
    for (key, value) in others {
      if let index = pairs.lastIndex(where: { $0.0 == key }) {
        pairs[index].1 = pairs[index].1.merging(value)
      } else {
        pairs.append((key, value))
      }
    }
    return .map(pairs)
  }
}

extension String {
  func replacingDashes() -> String { String(map { $0 == "-" ? "_" : $0 }) }
  func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
