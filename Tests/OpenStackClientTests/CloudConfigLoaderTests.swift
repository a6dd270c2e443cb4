import Foundation
import OpenStackClient
import OpenStackWire
import Testing

@Suite struct CloudConfigLoaderTests {
  static let clouds = """
    clouds:
      workshop:
        auth:
          auth_url: http://127.0.0.1:5000/v3
          username: alice
          project_name: demo
          user_domain_name: Default
          project_domain_name: Default
        region_name: RegionOne
        interface: internal
        verify: false
      appcred:
        auth_type: v3applicationcredential
        auth:
          auth_url: https://keystone.example/v3
          application_credential_id: 21b4
          application_credential_secret: s3cr3t
        cacert: /etc/ssl/cloud.pem
    """
  static let secure = """
    clouds:
      workshop:
        auth:
          password: from-secure
    """

  func loader(env: [String: String] = [:], files: [String: String]) -> CloudConfigLoader {
    CloudConfigLoader(environment: env, home: "/home/u", workingDirectory: "/work") { path in files[path] }
  }

  @Test func namedCloudMergesSecureYAML() throws {
    let config = try loader(
      files: ["/work/clouds.yaml": Self.clouds, "/home/u/.config/openstack/secure.yaml": Self.secure]
    ).resolve(options: ["cloud": "workshop"])
    #expect(config.authURL == "http://127.0.0.1:5000/v3" && config.regionName == "RegionOne")
    #expect(config.interface == "internal" && !config.verifyTLS && config.source == "/work/clouds.yaml")
    #expect(
      config.auth
        == .password(
          user: .init(name: "alice", domainName: "Default"), password: Secret("from-secure"),
          project: .init(name: "demo", domainName: "Default"), domain: nil))
  }

  @Test func commandLineBeatsEnvironmentBeatsFile() throws {
    let files = ["/work/clouds.yaml": Self.clouds, "/work/secure.yaml": Self.secure]
    // OS_REGION_NAME backs --os-region-name, but a region must be one the cloud declares (openstacksdk's rule).
    let env = ["OS_CLOUD": "workshop", "OS_PASSWORD": "from-env", "OS_REGION_NAME": "RegionOne"]
    let fromEnv = try loader(env: env, files: files).resolve()
    #expect(fromEnv.regionName == "RegionOne")
    guard case .password(_, let password, _, _) = fromEnv.auth else {
      Issue.record("not password auth")
      return
    }
    #expect(password.value == "from-env")
    let fromFlags = try loader(env: env, files: files).resolve(options: ["interface": "admin", "password": "typed"])
    #expect(fromFlags.interface == "admin")
    guard case .password(_, let typed, _, _) = fromFlags.auth else {
      Issue.record("not password auth")
      return
    }
    #expect(typed.value == "typed")
  }

  @Test func configFileOverrideIsSearchedFirst() throws {
    let other = Self.clouds.replacingOccurrences(of: "RegionOne", with: "Elsewhere")
    let config = try loader(
      env: ["OS_CLIENT_CONFIG_FILE": "/tmp/my.yaml", "OS_PASSWORD": "p"],
      files: ["/work/clouds.yaml": Self.clouds, "/tmp/my.yaml": other]
    ).resolve(options: ["cloud": "workshop"])
    #expect(config.regionName == "Elsewhere" && config.source == "/tmp/my.yaml")
  }

  @Test func searchOrderIsCurrentFolderThenUserThenSystem() {
    let paths = loader(files: [:]).configFiles
    #expect(paths.first == "/work/clouds.yaml")
    #expect(paths.contains("/home/u/.config/openstack/clouds.yaml"))
    #expect(paths.last == "/etc/openstack/clouds.json")
  }

  @Test func openrcVariablesAloneMakeACloud() throws {
    let config = try loader(
      env: [
        "OS_AUTH_URL": "http://k:5000/v3", "OS_USERNAME": "bob", "OS_PASSWORD": "pw", "OS_PROJECT_NAME": "p",
        "OS_USER_DOMAIN_NAME": "Default", "OS_PROJECT_DOMAIN_ID": "default", "OS_INTERFACE": "public",
        "OS_INSECURE": "true",
      ], files: [:]
    ).resolve()
    #expect(config.name == "envvars" && !config.verifyTLS)
    #expect(
      config.auth
        == .password(
          user: .init(name: "bob", domainName: "Default"), password: Secret("pw"),
          project: .init(name: "p", domainID: "default"), domain: nil))
  }

  @Test func applicationCredentials() throws {
    let config = try loader(files: ["/work/clouds.yaml": Self.clouds]).resolve(options: ["cloud": "appcred"])
    #expect(config.auth == .applicationCredential(id: "21b4", name: nil, user: nil, secret: Secret("s3cr3t")))
    #expect(config.caCertificatePath == "/etc/ssl/cloud.pem" && config.verifyTLS)
  }

  @Test(arguments: [
    (
      [String: String](), [String: String](),
      "no cloud configured: use --os-cloud NAME (or OS_CLOUD) with a clouds.yaml, or source an openrc file that sets OS_AUTH_URL"
    ),
    (
      ["OS_CLOUD": "nope"], ["/work/clouds.yaml": clouds],
      "cloud \"nope\" is not in /work/clouds.yaml; it has: appcred, workshop"
    ),
    (
      ["OS_CLOUD": "workshop"], ["/work/clouds.yaml": clouds],
      "cloud \"workshop\": password auth needs a password (clouds.yaml, secure.yaml, OS_PASSWORD or --os-password)"
    ),
    (["OS_CLOUD": "x"], ["/work/clouds.yaml": "clouds: ["], "/work/clouds.yaml is not valid YAML: "),
    (["OS_CLOUD": "x"], ["/work/clouds.yaml": "nothing: here"], "/work/clouds.yaml has no `clouds:` section"),
    (
      ["OS_AUTH_URL": "http://k", "OS_AUTH_TYPE": "oidc"], [String: String](),
      "cloud \"envvars\": auth_type \"oidc\" is not supported; use password, v3applicationcredential or token"
    ),
  ])
  func problemsAreOneClearLine(_ env: [String: String], _ files: [String: String], _ message: String) {
    let error = #expect(throws: CloudConfigError.self) { try loader(env: env, files: files).resolve() }
    #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    #expect(error?.message.contains("\n") == false)
  }

  @Test func secretsNeverShowInDescriptions() throws {
    let config = try loader(
      env: ["OS_AUTH_URL": "http://k", "OS_USERNAME": "u", "OS_PASSWORD": "hunter2"], files: [:]
    ).resolve()
    #expect(!String(describing: config).contains("hunter2"))
    #expect(!String(reflecting: config).contains("hunter2"))
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    components(separatedBy: target).joined(separator: replacement)
  }
}
