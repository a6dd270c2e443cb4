import Foundation

/// openstacksdk's rules for profiles, regions, legacy keys and domains, applied to flat settings.
extension CloudConfigLoader {
  /// A region a cloud declares, with its `values:` (which override the cloud's own settings).
  struct KnownRegion {
    var name: ConfigSetting
    var values: [String: ConfigSetting] = [:]
  }

  struct RegionSource {
    var cloud: String
    var file: String?
  }

  /// A vendor profile's settings and regions.
  struct Profile {
    var name: String
    var settings: [String: ConfigSetting]
    var regions: [KnownRegion]
  }

  /// `profile:` (or the deprecated `cloud:`): clouds-public.yaml's `public-clouds` first, then openstacksdk's
  /// built-in vendor profiles. An unknown profile is ignored, as openstacksdk only warns.
  func profileSettings(of entry: ConfigNode, cloud: String, files: Files) throws(CloudConfigError) -> Profile? {
    guard let name = (entry["profile"] ?? entry["cloud"])?.string, !name.isEmpty, name != Self.envvarsName else {
      return nil
    }
    if let (path, text) = try firstFile(vendorFiles) {
      let root = try ConfigNode.parse(text, path: path)
      if let vendor = root["public-clouds"]?[name] {
        var settings: [String: ConfigSetting] = [:]
        let prefix = "public-clouds.\(name)."
        Self.flatten(vendor, into: &settings, path: path, prefix: prefix)
        let source = RegionSource(cloud: name, file: path)
        let regions = try Self.knownRegions(of: vendor, source: source, prefix: prefix)
        return Profile(name: name, settings: settings, regions: regions)
      }
    }
    guard let vendor = VendorProfile.named(name) else { return nil }
    if let remote = vendor.remote {
      throw CloudConfigError(
        "cloud \"\(cloud)\": profile \(name) is fetched by openstacksdk from \(remote)/.well-known/openstack/api, "
          + "which sgtutor does not do: put auth_url and region_name in the cloud's entry instead")
    }
    if case .shutdown(let message) = vendor.status {
      throw CloudConfigError("cloud \"\(cloud)\": profile \(name) references a cloud that no longer exists: \(message)")
    }
    var settings: [String: ConfigSetting] = [:]
    for (key, value) in vendor.settings {
      settings[key] = ConfigSetting(value, .profile(name: name, source: VendorProfile.source + name, key: key))
    }
    var regions = vendor.regions.enumerated().map { index, region in
      KnownRegion(
        name: ConfigSetting(
          region, .profile(name: name, source: VendorProfile.source + name, key: "regions[\(index)]")))
    }
    if regions.isEmpty, let region = settings["region_name"] { regions = [KnownRegion(name: region)] }
    return Profile(name: name, settings: settings, regions: regions)
  }

  /// The regions a cloud entry declares: `regions:` (names, or `name:` with `values:`), else `region_name`
  /// (the deprecated `A,B` form is a list).
  static func knownRegions(
    of entry: ConfigNode, source: RegionSource, prefix: String? = nil
  ) throws(CloudConfigError) -> [KnownRegion] {
    let prefix = prefix ?? "clouds.\(source.cloud)."
    func origin(_ key: String) -> ConfigOrigin {
      source.file.map { .file(path: $0, key: prefix + key) } ?? .defaultValue(key)
    }
    let normalized = (entry.pairs ?? []).map { ($0.0.replacingDashes(), $0.1) }
    if let list = normalized.last(where: { $0.0 == "regions" })?.1 {
      var regions: [KnownRegion] = []
      for (index, item) in (list.items ?? []).enumerated() {
        if let name = item.string {
          regions.append(KnownRegion(name: ConfigSetting(name, origin("regions[\(index)]"))))
          continue
        }
        guard let pairs = item.pairs, let name = item["name"]?.string,
          pairs.allSatisfy({ $0.0 == "name" || $0.0 == "values" })
        else {
          throw CloudConfigError(
            "cloud \"\(source.cloud)\": entry \(index + 1) of regions: needs name: "
              + "(and optionally values:), nothing else")
        }
        var region = KnownRegion(name: ConfigSetting(name, origin("regions[\(index)].name")))
        if let values = item["values"], let path = source.file {
          flatten(values, into: &region.values, path: path, prefix: prefix + "regions[\(index)].values.")
        }
        regions.append(region)
      }
      return regions
    }
    guard let regionName = normalized.last(where: { $0.0 == "region_name" })?.1 else { return [] }
    let names =
      regionName.items?.compactMap(\.string)
      ?? regionName.string.map { $0.split(separator: ",").map(String.init) } ?? []
    return names.enumerated().map { index, name in
      let how = names.count > 1 ? "entry \(index + 1) of the deprecated comma-separated list" : nil
      let base = origin("region_name")
      return KnownRegion(name: ConfigSetting(name, how.map { .derived($0, from: base) } ?? base))
    }
  }

  /// Regions from the envvars cloud's `OS_REGION_NAME`.
  static func regionList(from setting: ConfigSetting?) -> [KnownRegion] {
    guard let setting else { return [] }
    return setting.value.split(separator: ",").map { KnownRegion(name: ConfigSetting(String($0), setting.origin)) }
  }

  /// openstacksdk's choice: the region asked for (which must be one the cloud declares), else the first declared.
  static func chooseRegion(
    _ regions: [KnownRegion], requested: ConfigSetting?, cloud: String
  ) throws(CloudConfigError) -> KnownRegion? {
    guard !regions.isEmpty else { return requested.map { KnownRegion(name: $0) } }
    guard let requested else { return regions[0] }
    if var match = regions.first(where: { $0.name.value == requested.value }) {
      match.name = requested
      return match
    }
    throw CloudConfigError(
      "region \(requested.value) (\(requested.origin.naming(key: "region_name"))) "
        + "is not a region of cloud \"\(cloud)\": "
        + "it has \(regions.map(\.name.value).joined(separator: ", ")) (region names are case sensitive)")
  }

  /// openstacksdk's legacy spellings, each mapped to its key; of several spellings the last listed wins
  /// (`project_name` over `tenant_name`, `auth_type` over `auth_plugin`), and `*endpoint_type` is `*interface`
  /// and wins over it.
  static let legacyKeys: [(key: String, spellings: [String])] = [
    ("auth_type", ["auth_plugin", "auth_type"]), ("token", ["auth_token", "token"]),
    ("project_id", ["tenant_id", "project_id"]), ("project_name", ["tenant_name", "project_name"]),
    ("username", ["user_name", "username"]),
  ]

  static func applyLegacyKeys(_ settings: inout [String: ConfigSetting]) {
    for (key, spellings) in legacyKeys {
      var winner: ConfigSetting?
      for spelling in spellings {
        if let value = settings.removeValue(forKey: spelling) {
          winner = spelling == key ? value : ConfigSetting(value.value, .derived("as \(key)", from: value.origin))
        }
      }
      settings[key] = winner
    }
    for key in settings.keys.sorted() where key.hasSuffix("endpoint_type") {
      guard let value = settings.removeValue(forKey: key) else { continue }
      let target = String(key.dropLast("endpoint_type".count)) + "interface"
      settings[target] = ConfigSetting(value.value, .derived("as \(target)", from: value.origin))
    }
  }

  /// `domain_id` / `domain_name`: with a project they fill in the user's and the project's domain; without one they
  /// are the scope (a domain-scoped token).
  static func applyDomainRules(_ settings: inout [String: ConfigSetting]) {
    guard settings["project_id"] != nil || settings["project_name"] != nil else { return }
    for (domain, targets) in [
      ("domain_id", ["user_domain_id", "project_domain_id"]),
      ("domain_name", ["user_domain_name", "project_domain_name"]),
    ] {
      guard let value = settings.removeValue(forKey: domain) else { continue }
      for target in targets where settings[target] == nil {
        settings[target] = ConfigSetting(value.value, .derived("as \(target)", from: value.origin))
      }
    }
  }

  /// `{region_name}` and other `{key}`s in auth_url (vendor profiles use them), as openstacksdk formats it.
  static func expandFormats(_ settings: inout [String: ConfigSetting]) {
    guard var url = settings["auth_url"], url.value.contains("{") else { return }
    for (key, value) in settings where key != "password" {
      url.value = url.value.replacingAll("{\(key)}", with: value.value)
    }
    settings["auth_url"] = url
  }

  /// python-openstackclient's `--os-default-domain` (`default` unless set): the user's and the project's domain
  /// when neither is given, for password auth. The CLI does this only with `identity_api_version: 3`; sgtutor
  /// does it for any version but 2, as Keystone v3 needs a domain (a deliberate leniency).
  static func applyDefaultDomain(_ settings: inout [String: ConfigSetting]) {
    guard let domain = settings["default_domain"] else { return }
    let version = settings["identity_api_version"]?.value ?? ""
    guard !version.hasPrefix("2") else { return }
    let type = settings["auth_type"]?.value ?? "password"
    guard ["password", "v3password", "v3totp"].contains(type) || settings["auth_type"] == nil else { return }
    let origin: ConfigOrigin =
      version == "3"
      ? domain.origin : .derived("sgtutor's leniency: the CLI needs identity_api_version: 3", from: domain.origin)
    for prefix in ["project", "user"] {
      let id = prefix + "_domain_id"
      guard settings[id] == nil, settings[prefix + "_domain_name"] == nil else { continue }
      // keystoneauth's default_domain_id / default_domain_name apply only where the CLI's default did not.
      guard version == "3" || (settings["default_domain_id"] == nil && settings["default_domain_name"] == nil) else {
        continue
      }
      settings[id] = ConfigSetting(domain.value, origin)
    }
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
