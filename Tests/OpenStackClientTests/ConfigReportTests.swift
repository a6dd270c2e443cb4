import Foundation
import OpenStackClient
import Testing

/// `sgtutor config show`: every value with its origin, no secret ever shown.
@Suite struct ConfigReportTests {
  static let clouds = """
    clouds:
      prod:
        profile: elastx
        auth:
          auth_url: https://alice:hunter2@keystone.example:5000/v3
          username: alice
          project_name: demo
        endpoint_type: internalURL
        compute_api_version: 2.70
    """

  func report(env: [String: String] = [:], options: [String: String] = ["cloud": "prod"]) throws -> String {
    let files = [
      "/work/clouds.yaml": Self.clouds, "/work/secure.yaml": "clouds:\n  prod:\n    auth:\n      password: s3cret-PW",
    ]
    let loader = CloudConfigLoader(environment: env, home: "/home/u", workingDirectory: "/work") { files[$0] }
    return ConfigReport.render(try loader.resolution(options: options))
  }

  static func line(_ key: String, in report: String) -> String {
    report.split(separator: "\n").map(String.init).first { $0.hasPrefix("  \(key):") } ?? "no line for \(key)"
  }

  @Test func eachValueSaysWhereItCameFrom() throws {
    let text = try report(env: ["OS_TOKEN": "tok-SECRET"], options: ["cloud": "prod", "interface": "admin"])
    #expect(
      text.hasPrefix("cloud: prod\nclouds.yaml: /work/clouds.yaml\nsecure.yaml: /work/secure.yaml\nprofile: elastx\n"))
    #expect(Self.line("username", in: text).hasSuffix("/work/clouds.yaml: clouds.prod.auth.username"))
    #expect(Self.line("password", in: text).contains("***"))
    #expect(Self.line("password", in: text).hasSuffix("/work/secure.yaml: clouds.prod.auth.password"))
    #expect(Self.line("region_name", in: text).contains("se-sto"))
    #expect(Self.line("region_name", in: text).hasSuffix("profile elastx (\(VendorProfile.source)elastx): region_name"))
    #expect(
      Self.line("interface", in: text).hasSuffix("/work/clouds.yaml: clouds.prod.endpoint_type, as interface"),
      "endpoint_type in the file wins over --os-interface, as in openstacksdk")
    #expect(Self.line("token", in: text).hasSuffix("environment variable OS_TOKEN"))
    #expect(Self.line("user_domain_id", in: text).contains("default (the openstack CLI's --os-default-domain)"))
    #expect(text.contains("  send compute microversion 2.70 exactly (compute_api_version in /work/clouds.yaml)\n"))
    #expect(
      text.contains("  log in at https://keystone.example:5000/v3/auth/tokens with a password for the user alice"))
  }

  @Test func noSecretIsEverPrinted() throws {
    let text = try report(env: ["OS_TOKEN": "tok-SECRET", "OS_APPLICATION_CREDENTIAL_SECRET": "ac-SECRET"])
    for secret in ["hunter2", "s3cret-PW", "tok-SECRET", "ac-SECRET"] {
      #expect(!text.contains(secret), "\(secret) shown")
    }
  }

  @Test func theEnvvarsCloudIsNamedSo() throws {
    let loader = CloudConfigLoader(
      environment: [
        "OS_AUTH_URL": "https://k.example/v3", "OS_USERNAME": "u", "OS_PASSWORD": "p", "OS_INSECURE": "true",
      ],
      home: "/home/u", workingDirectory: "/work"
    ) { _ in nil }
    let text = ConfigReport.render(try loader.resolution())
    #expect(text.hasPrefix("cloud: envvars (the OS_* variables)\n"))
    #expect(Self.line("insecure", in: text).hasSuffix("environment variable OS_INSECURE"))
    #expect(text.contains("  NOT check the cloud's TLS certificate\n"))
    #expect(text.contains("  ask for an unscoped token (Nova will need a project)\n"))
  }

  @Test func aCloudThatCannotLogInStillShowsItsValuesAndWhy() throws {
    let loader = CloudConfigLoader(
      environment: ["OS_AUTH_URL": "https://k.example/v3", "OS_USERNAME": "u"], home: "/home/u", workingDirectory: "/w"
    ) { _ in nil }
    let text = ConfigReport.render(try loader.resolution())
    #expect(Self.line("username", in: text).hasSuffix("environment variable OS_USERNAME"))
    #expect(
      text.hasSuffix(
        "sgtutor cannot use this cloud: cloud \"envvars\": password auth needs a password (clouds.yaml, secure.yaml, OS_PASSWORD or --os-password)\n"
      ))
  }
}
