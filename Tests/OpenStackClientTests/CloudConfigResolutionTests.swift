import Foundation
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Testing

/// Each configuration resolves to the token request and the catalog endpoint the openstack CLI would use.
@Suite struct CloudConfigResolutionTests {
  static func loader(_ configuration: ConfigCase) -> CloudConfigLoader {
    let files = configuration.files
    return CloudConfigLoader(environment: configuration.env, home: "/home/u", workingDirectory: "/work") {
      files[$0]
    }
  }

  @Test(arguments: ConfigCase.issueCases + ConfigCase.moreCases)
  func resolvesAsTheOpenStackCLIDoes(_ configuration: ConfigCase) async throws {
    let loader = Self.loader(configuration)
    guard let expectedBody = configuration.body else {
      let error = #expect(throws: CloudConfigError.self) { try loader.resolve(options: configuration.options) }
      #expect(error?.message.hasPrefix(configuration.endpoint) == true, "\(error?.message ?? "no error")")
      #expect(error?.message.contains("\n") == false)
      return
    }
    let config = try loader.resolve(options: configuration.options)
    #expect(config.verifyTLS == configuration.verifyTLS, "verifyTLS")
    #expect(config.computeAPIVersion == configuration.pin?.version, "pin")
    #expect(config.computeAPIVersionSource == configuration.pin?.source, "pin source")

    let keystone = FakeKeystone()
    let session = KeystoneSession(
      config: config, executor: RequestExecutor(transport: keystone.transport, cloudName: config.name),
      now: { Date(timeIntervalSince1970: 1_795_597_200) })
    let endpoint: String
    do {
      endpoint = try await session.endpoint(.compute)
    } catch {
      endpoint = error.message
    }
    let request = try #require(keystone.requests.first)
    #expect(request.url == configuration.tokenURL)
    #expect(Body.compact(bytes: request.body ?? []) == expectedBody)
    #expect(endpoint.hasPrefix(configuration.endpoint), "\(endpoint)")
  }

  @Test func theTableCoversTheIssueAndFortyMore() {
    #expect(ConfigCase.issueCases.count >= 20)
    #expect(ConfigCase.moreCases.count >= 40)
    let names = (ConfigCase.issueCases + ConfigCase.moreCases).map(\.name)
    #expect(Set(names).count == names.count, "case names are unique")
  }

  @Test func everyBuiltInProfileIsNamedOnceAndActiveOnesHaveAnAuthURLOrARemote() {
    let names = VendorProfile.all.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(names.count == 25)
    for profile in VendorProfile.all where profile.status == .active && profile.name != "bluebox" {
      #expect(profile.authURL != nil || profile.remote != nil, "\(profile.name)")
    }
  }

  @Test func theResolutionSaysWhereEachValueCameFrom() throws {
    let loader = Self.loader(
      ConfigCase(
        name: "", files: ConfigCase.clouds(ConfigCase.prod + "\n    endpoint_type: internalURL"),
        env: ["OS_PASSWORD": "pw", "OS_INSECURE": "true"], endpoint: ""))
    let resolution = try loader.resolution(options: ["cloud": "prod", "project_name": "demo"])
    #expect(resolution.settings["password"]?.origin == .variable("OS_PASSWORD"))
    #expect(resolution.settings["project_name"]?.origin == .option("--os-project-name"))
    #expect(
      resolution.settings["username"]?.origin == .file(path: "/work/clouds.yaml", key: "clouds.prod.auth.username"))
    #expect(
      resolution.settings["interface"]?.origin
        == .derived("as interface", from: .file(path: "/work/clouds.yaml", key: "clouds.prod.endpoint_type")))
    #expect(resolution.settings["user_domain_id"]?.value == "default")
    #expect(resolution.settings["insecure"] == nil)
  }
}
