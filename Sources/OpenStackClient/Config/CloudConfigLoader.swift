import ServerGroupsCore

/// Finds and merges a cloud's settings as the openstack CLI does (openstacksdk's config loader with
/// python-openstackclient's options on top). The rules, in the order they apply, are in docs/real-cloud.md.
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
  /// Where clouds-public.yaml (vendor profiles) is looked for.
  package var vendorFiles: [String] { files(named: "clouds-public", override: nil) }

  /// openstacksdk's search path: the current folder, the XDG user folder, `~/.config/openstack` (also when
  /// `XDG_CONFIG_HOME` points elsewhere), the XDG system folders, `/etc/openstack`.
  private var searchFolders: [String] {
    let userHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
    let systemDirs = (environment["XDG_CONFIG_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/etc/xdg")
      .split(separator: ":").map { "\($0)/openstack" }
    var folders: [String] = []
    for folder in [workingDirectory, userHome + "/openstack", home + "/.config/openstack"] + systemDirs
      + ["/etc/openstack"] where !folders.contains(folder)
    {
      folders.append(folder)
    }
    return folders
  }

  private func files(named base: String, override: String?) -> [String] {
    var paths = searchFolders.flatMap { folder in ["yaml", "yml", "json"].map { "\(folder)/\(base).\($0)" } }
    if let override, !override.isEmpty { paths.insert(override, at: 0) }
    return paths
  }

  /// Resolves the cloud to use.
  /// - Parameter options: `--os-*` command-line options without the `--os-` prefix and with `-` as `_`
  ///   (`cloud`, `auth_url`, `username`, `password`, `project_name`, `region_name`, `insecure`, …).
  package func resolve(options: [String: String] = [:]) throws(CloudConfigError) -> CloudConfig {
    let resolution = try resolution(options: options)
    guard let config = resolution.config else { throw resolution.problem ?? CloudConfigError("no cloud configured") }
    return config
  }

  /// Resolves the cloud and says where each value came from. Throws when no cloud can be found or read; a cloud
  /// whose values cannot make a login (no password, no auth_url, …) comes back with `problem` set.
  package func resolution(options: [String: String] = [:]) throws(CloudConfigError) -> CloudResolution {
    let args = arguments(options: options)
    let files = try loadFiles()
    let envCloud = environmentCloud()
    let cloudName: String
    var settings: [String: ConfigSetting] = [
      "interface": ConfigSetting("public", .defaultValue("the openstack CLI's interface"))
    ]
    var regionSource = RegionSource(cloud: "", file: nil)
    var profileName: String?
    if let requested = args["cloud"]?.value {
      if requested == Self.envvarsName, envCloud != nil, files.clouds[requested] == nil {
        cloudName = requested
      } else {
        guard let path = files.cloudsPath ?? files.securePath else {
          let override = environment["OS_CLIENT_CONFIG_FILE"].flatMap { $0.isEmpty ? nil : $0 }
          throw CloudConfigError(
            "no clouds.yaml found for cloud \"\(requested)\"; looked for clouds.yaml, .yml and .json in "
              + searchFolders.joined(separator: ", ")
              + (override.map { ", and for OS_CLIENT_CONFIG_FILE \($0)" } ?? ""))
        }
        guard files.clouds[requested] != nil else {
          let known = files.clouds.keys.sorted()
          throw CloudConfigError(
            "cloud \"\(requested)\" is not in \(path)"
              + (known.isEmpty ? "" : "; it has: \(known.joined(separator: ", "))"))
        }
        cloudName = requested
      }
    } else if envCloud != nil {
      cloudName = Self.envvarsName
    } else if files.clouds.count == 1, let only = files.clouds.keys.first {
      cloudName = only
    } else {
      throw CloudConfigError(
        "no cloud configured: use --os-cloud NAME (or OS_CLOUD) with a clouds.yaml, "
          + "or source an openrc file that sets OS_AUTH_URL")
    }
    var regions: [KnownRegion] = []
    if cloudName == Self.envvarsName, let envCloud, files.clouds[cloudName] == nil {
      settings.merge(envCloud) { _, new in new }
      regions = Self.regionList(from: envCloud["region_name"])
    } else if let entry = files.clouds[cloudName] {
      let profile = try profileSettings(of: entry, cloud: cloudName, files: files)
      profileName = profile?.name
      settings.merge(profile?.settings ?? [:]) { _, new in new }
      if let path = files.cloudsPath, let fileEntry = files.cloudsOnly[cloudName] {
        Self.flatten(fileEntry, into: &settings, path: path, prefix: "clouds.\(cloudName).")
      }
      if let path = files.securePath, let secureEntry = files.secure[cloudName] {
        Self.flatten(secureEntry, into: &settings, path: path, prefix: "clouds.\(cloudName).")
      }
      regionSource = RegionSource(cloud: cloudName, file: files.cloudsPath)
      regions = try Self.knownRegions(of: entry, source: regionSource)
      if regions.isEmpty, let profile { regions = profile.regions }
    }
    let region = try Self.chooseRegion(regions, requested: args["region_name"], cloud: cloudName)
    for (key, value) in region?.values ?? [:] { settings[key] = value }
    for (key, value) in args where key != "cloud" && key != "region_name" { settings[key] = value }
    if let region { settings["region_name"] = region.name } else { settings["region_name"] = nil }
    Self.applyLegacyKeys(&settings)
    Self.applyDomainRules(&settings)
    Self.expandFormats(&settings)
    Self.applyDefaultDomain(&settings)
    var resolution = CloudResolution(
      name: cloudName, settings: settings, cloudsFile: files.cloudsPath, secureFile: files.securePath,
      profile: profileName)
    do {
      resolution.config = try makeConfig(cloud: cloudName, settings: settings, source: files.cloudsPath)
    } catch {
      resolution.problem = error
    }
    return resolution
  }

  /// The name openstacksdk gives the cloud made of `OS_*` variables.
  package static let envvarsName = "envvars"
}

/// A resolved cloud with the origin of every value (`sgtutor config show` prints it).
package struct CloudResolution: Sendable {
  package var name: String
  /// The configuration, unless `problem` says why there is none.
  package var config: CloudConfig?
  package var problem: CloudConfigError?
  /// The final settings by clouds.yaml key (`auth_url`, `username`, `region_name`, …).
  package var settings: [String: ConfigSetting]
  package var cloudsFile: String?
  package var secureFile: String?
  /// The vendor profile applied, if any.
  package var profile: String?
}
