import Foundation
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Testing

/// The error lines issue 12 asked for: each one line, in the user's terms, never with a secret.
@Suite struct ConfigErrorLineTests {
  static let compute = TestCloud.compute
  static let group = "5bbcc3c4-1da2-4437-a48a-66f15b1b13f9"

  @Test func aPinAboveWhatSgtutorPrefersIsSentExactly() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok("GET", Self.compute + "/os-server-groups/" + Self.group, fixture: "server-group-2.64") { request in
        #expect(request.header("OpenStack-API-Version") == "compute 2.70")
        #expect(request.header("X-OpenStack-Nova-API-Version") == "2.70")
      },
    ])
    let client = TestCloud.client(transport, config: TestCloud.config(pinned: "2.70"))
    _ = try await client.showServerGroup(ServerGroupID(Self.group))
    #expect(transport.remaining == 0)
  }

  @Test(
    arguments: [
      ("OS_COMPUTE_API_VERSION", "OS_COMPUTE_API_VERSION 2.64 is outside"),
      ("compute_api_version in /work/clouds.yaml", "compute_api_version in /work/clouds.yaml 2.64 is outside"),
      (nil, "--os-compute-api-version 2.64 is outside"),
    ] as [(String?, String)])
  func anOutOfRangePinNamesWhereItWasSet(_ source: String?, _ start: String) async {
    let transport = ScriptedTransport([TestCloud.login(), TestCloud.discovery("compute-version-2.60")])
    var config = TestCloud.config(pinned: "2.64")
    config.computeAPIVersionSource = source
    let error = await #expect(throws: CloudError.self) {
      try await TestCloud.client(transport, config: config).describe()
    }
    #expect(
      error?.message.hasPrefix(start + " what this cloud offers (2.1 to 2.60)") == true, "\(error?.message ?? "")")
  }

  @Test func aRedirectFromNovaIsSaidToBeOne() async {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok(
        "GET", Self.compute + "/os-server-groups/" + Self.group, status: 301, body: "",
        headers: [("Location", "https://elsewhere.example/v2.1/x")]),
    ])
    let error = await #expect(throws: CloudError.self) {
      try await TestCloud.client(transport).showServerGroup(ServerGroupID(Self.group))
    }
    let message = error?.message ?? ""
    #expect(message.contains("with a redirect (301) to https://elsewhere.example/v2.1/x"), "\(message)")
    #expect(!message.contains("missing key"))
  }

  @Test func anOversizedBodyIsOneLine() async {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .failing("GET", Self.compute + "/os-server-groups/" + Self.group, .other(ClientMessages.tooLarge)),
    ])
    let error = await #expect(throws: CloudError.self) {
      try await TestCloud.client(transport).showServerGroup(ServerGroupID(Self.group))
    }
    #expect(error?.message.contains("larger than 32 MiB") == true)
    #expect(error?.message.contains("NIOTooManyBytesError") == false)
  }

  @Test(arguments: [
    (
      "handshakeFailed(BoringSSLError.sslError([Error: 268435581 error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED at /work/main/.build/checkouts/swift-nio-ssl/Sources/CNIOBoringSSL/ssl/handshake.cc:393]))",
      "the server's certificate is not signed by a CA this machine trusts"
    ),
    (
      "handshakeFailed(BoringSSLError.sslError([Error: 268435703 error:100000f7:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER at /src/ssl/tls_record.cc:242]))",
      "the server did not answer in TLS (is it an http:// address?)"
    ),
    (
      "sslError([Error: 1 error:1:SSL routines:OPENSSL_internal:SOMETHING_ODD at /x/y.cc:1])", "something odd"
    ),
  ])
  func tlsFailuresShowNoBoringSSLInternals(_ raw: String, _ expected: String) {
    let reason = TransportFailure.tlsReason(raw)
    #expect(reason == expected)
    #expect(!reason.contains(".cc") && !reason.contains("OPENSSL") && !reason.contains("Error: "))
  }

  @Test func aPasswordInTheAuthURLNeverShows() async {
    let url = "https://alice:hunter2@keystone.example:5000/v3"
    #expect(URLParts.redacted(url) == "https://keystone.example:5000/v3")
    #expect(URLParts.redacted("https://keystone.example/v3?x=a@b") == "https://keystone.example/v3?x=a@b")
    let config = CloudConfig(
      name: "p", authURL: url,
      auth: .password(user: .init(name: "alice"), password: Secret("pw"), project: .init(name: "demo"), domain: nil))
    let refusing: Transport = { _ in TransportResponse(status: 401, headers: [], body: []) }
    let error = await #expect(throws: CloudError.self) {
      try await NovaClient(config: config, transport: refusing).describe()
    }
    #expect(error?.message.contains("hunter2") == false, "\(error?.message ?? "")")
    let unreachable: Transport = { _ in throw TransportFailure.other("boom") }
    let other = await #expect(throws: CloudError.self) {
      try await NovaClient(config: config, transport: unreachable).describe()
    }
    #expect(other?.message.contains("hunter2") == false, "\(other?.message ?? "")")
  }
}
