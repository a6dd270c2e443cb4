import Foundation
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Synchronization
import Testing

@Suite struct KeystoneSessionTests {
  func session(
    _ transport: ScriptedTransport, config: CloudConfig = TestCloud.config(),
    now: @escaping @Sendable () -> Date = { TestCloud.issued }
  )
    -> KeystoneSession
  {
    KeystoneSession(
      config: config, executor: RequestExecutor(transport: transport.transport, cloudName: "test"),
      now: now)
  }

  /// The `auth.identity` part of the token request body.
  static func identity(_ request: TransportRequest) -> JSONValue? {
    request.body.flatMap { JSONValue.parse($0) }?["auth"]?["identity"]
  }

  @Test func passwordLoginNamesUserAndProjectWithTheirDomains() async throws {
    let transport = ScriptedTransport([
      TestCloud.login { request in
        #expect(request.header("Content-Type") == "application/json")
        let body = request.body.flatMap { JSONValue.parse($0) }
        #expect(body?["auth"]?["identity"]?["methods"] == .array([.string("password")]))
        let user = body?["auth"]?["identity"]?["password"]?["user"]
        #expect(user?["name"] == .string("alice"))
        #expect(user?["domain"]?["name"] == .string("Default"))
        #expect(user?["password"] == .string(TestCloud.password))
        #expect(body?["auth"]?["scope"]?["project"]?["name"] == .string("demo"))
        #expect(body?["auth"]?["scope"]?["project"]?["domain"]?["name"] == .string("Default"))
      }
    ])
    let caller = try await session(transport).caller()
    #expect(
      caller
        == Caller(
          projectID: "6f70656e737461636b20342065766572", userID: "9c9a2d3c1e6b4d3f8f0a1b2c3d4e5f60",
          roles: [.member, .reader]))
  }

  @Test func usersAndProjectsByIDNeedNoDomain() async throws {
    let auth = CloudConfig.Auth.password(
      user: .init(id: "u-1"), password: Secret("pw"), project: .init(id: "p-1"), domain: nil)
    let transport = ScriptedTransport([
      TestCloud.login { request in
        let body = request.body.flatMap { JSONValue.parse($0) }
        #expect(body?["auth"]?["identity"]?["password"]?["user"]?["id"] == .string("u-1"))
        #expect(body?["auth"]?["identity"]?["password"]?["user"]?["domain"] == nil)
        #expect(body?["auth"]?["scope"]?["project"] == .object([("id", .string("p-1"))]))
      }
    ])
    _ = try await session(transport, config: TestCloud.config(auth: auth)).token()
  }

  @Test func aNameWithoutDomainIsLookedUpInTheDefaultDomain() async throws {
    let auth = CloudConfig.Auth.password(
      user: .init(name: "alice"), password: Secret("pw"), project: .init(name: "demo"), domain: nil)
    let transport = ScriptedTransport([
      TestCloud.login { request in
        let user = Self.identity(request)?["password"]?["user"]
        #expect(user?["domain"] == .object([("id", .string("default"))]))
      }
    ])
    _ = try await session(transport, config: TestCloud.config(auth: auth)).token()
  }

  @Test(arguments: [
    (
      CloudConfig.Auth.applicationCredential(
        id: "ac-1", name: nil, user: nil, secret: Secret("s3")), #"{"id":"ac-1","secret":"s3"}"#
    ),
    (
      CloudConfig.Auth.applicationCredential(
        id: nil, name: "sgtutor", user: .init(name: "alice", domainID: "default"),
        secret: Secret("s3")),
      #"{"name":"sgtutor","user":{"name":"alice","domain":{"id":"default"}},"secret":"s3"}"#
    ),
  ])
  func applicationCredentialsByIDOrByNameAndUser(_ auth: CloudConfig.Auth, _ expected: String)
    async throws
  {
    let transport = ScriptedTransport([
      TestCloud.login { request in
        let identity = Self.identity(request)
        #expect(identity?["methods"] == .array([.string("application_credential")]))
        #expect(identity?["application_credential"] == JSONValue.parse(expected))
        #expect(request.body.flatMap { JSONValue.parse($0) }?["auth"]?["scope"] == nil)
      }
    ])
    _ = try await session(transport, config: TestCloud.config(auth: auth)).token()
  }

  @Test func tokenAuthRescopesTheGivenToken() async throws {
    let auth = CloudConfig.Auth.token(
      Secret("old-token"), project: .init(name: "demo", domainName: "Default"))
    let transport = ScriptedTransport([
      TestCloud.login { request in
        #expect(
          Self.identity(request)
            == JSONValue.parse(#"{"methods":["token"],"token":{"id":"old-token"}}"#))
      }
    ])
    #expect(
      try await session(transport, config: TestCloud.config(auth: auth)).token()
        == TestCloud.subjectToken)
  }

  @Test func theTokenIsReusedUntilItIsAboutToExpire() async throws {
    let clock = TestClock(TestCloud.issued)
    let transport = ScriptedTransport([TestCloud.login(), TestCloud.login()])
    let keystone = session(transport, now: { clock.now })
    _ = try await keystone.token()
    clock.advance(by: 3000)
    _ = try await keystone.token()
    #expect(transport.requests.count == 1)
    // The fixture's token lives one hour; within a minute of that it is renewed.
    clock.advance(by: 560)
    _ = try await keystone.token()
    #expect(transport.requests.count == 2)
  }

  @Test func renewingReplacesOnlyTheStaleToken() async throws {
    let transport = ScriptedTransport([TestCloud.login(), TestCloud.login()])
    let keystone = session(transport)
    let first = try await keystone.token()
    _ = try await keystone.renew(replacing: "some-older-token")
    #expect(transport.requests.count == 1)
    _ = try await keystone.renew(replacing: first)
    #expect(transport.requests.count == 2)
  }

  @Test(arguments: [
    ("RegionOne", "public", "https://cloud.example:8774/v2.1/6f70656e737461636b20342065766572"),
    ("RegionOne", "internal", "http://10.0.0.5:8774/v2.1/6f70656e737461636b20342065766572"),
    ("RegionOne", "publicURL", "https://cloud.example:8774/v2.1/6f70656e737461636b20342065766572"),
    ("RegionTwo", "public", "https://two.cloud.example:8774/v2.1"),
  ])
  func theCatalogGivesTheComputeEndpointOfTheRegionAndInterface(
    _ region: String, _ interface: String, _ url: String
  )
    async throws
  {
    let transport = ScriptedTransport([TestCloud.login()])
    let keystone = session(
      transport, config: TestCloud.config(region: region, interface: interface))
    #expect(try await keystone.endpoint(.compute) == url)
  }

  @Test func imageAndNetworkEndpointsComeFromTheCatalogToo() async throws {
    let keystone = session(ScriptedTransport([TestCloud.login()]))
    #expect(try await keystone.endpoint(.image) == "https://cloud.example:9292")
    #expect(try await keystone.endpoint(.network) == "https://cloud.example:9696/")
  }

  @Test func aMissingServiceSaysWhichRegionAndInterfaceWereAskedFor() async throws {
    let keystone = session(
      ScriptedTransport([TestCloud.login()]), config: TestCloud.config(region: "RegionTwo"))
    await #expect(
      throws: CloudError.unsupported(
        "the service catalog has no image endpoint for interface public in region RegionTwo: check region_name and interface in clouds.yaml (or OS_REGION_NAME, OS_INTERFACE)"
      )
    ) { try await keystone.endpoint(.image) }
  }

  @Test func refusedCredentialsSayWhatToCheckAndNeverShowThePassword() async throws {
    let transport = ScriptedTransport([
      .ok(
        "POST", TestCloud.authURL + "/auth/tokens", status: 401,
        body:
          #"{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}"#
      )
    ])
    let error = await #expect(throws: CloudError.self) { try await session(transport).token() }
    #expect(
      error?.message.hasPrefix(
        "the identity service (Keystone) at https://cloud.example:5000/v3 refused the credentials of cloud test (401)"
      ) == true)
    #expect(error?.message.contains(TestCloud.password) == false)
  }

  @Test(arguments: [
    "https://cloud.example:5000/v3", "https://cloud.example:5000/v3/", "https://cloud.example:5000",
  ])
  func theAuthURLGetsV3OnlyWhenItLacksIt(_ given: String) {
    var config = TestCloud.config()
    config.authURL = given
    #expect(config.identityV3URL == "https://cloud.example:5000/v3")
  }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
  private let value: Mutex<Date>
  init(_ start: Date) { value = Mutex(start) }
  var now: Date { value.withLock { $0 } }
  func advance(by seconds: TimeInterval) { value.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
