import CloudSimulator
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import OpenStackClient
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// The implementations the contract runs against.
enum CloudUnderTest: String, CaseIterable, Sendable, CustomTestStringConvertible {
  /// `SimulatedCloud`, called directly.
  case simulator
  /// `NovaClient` talking to the sandbox server's real routes in process (no sockets).
  case novaClientThroughSandbox

  var testDescription: String { rawValue }
}

/// Builds each cloud under test from the same region.
enum ContractHarness {
  /// The standard region with fixed image and network IDs, as `sgtutor serve` uses it.
  static let region = RegionSpec.standard.withStableIDs()

  static let participantPassword = "contract-password-1"

  /// A sandbox with one participant project.
  static func sandbox(region: RegionSpec = ContractHarness.region) async throws -> Sandbox {
    var random = SeededGenerator(seed: 7)
    let directory = Directory.make(
      participants: 1, given: ["participant-1": participantPassword], random: &random)
    let workshop = Workshop(directory: directory, sharedHosts: false) {
      SimulatedCloud(region: region, seed: $0)
    }
    return try await Sandbox(workshop: workshop, store: nil, tokenSeed: 3)
  }

  /// The clouds.yaml entry a participant would use, for an identity URL at `root`.
  static func participantConfig(root: String) -> CloudConfig {
    CloudConfig(
      name: "participant-1", authURL: root + "/identity/v3",
      auth: .password(
        user: .init(name: "participant-1", domainName: "Default"),
        password: Secret(participantPassword),
        project: .init(name: "participant-1", domainName: "Default"), domain: nil),
      regionName: "RegionOne")
  }

  /// Runs `body` with a fresh cloud of `kind`.
  static func withCloud<T: Sendable>(
    _ kind: CloudUnderTest, region: RegionSpec = ContractHarness.region,
    _ body: @Sendable (any Cloud) async throws -> T
  ) async throws -> T {
    switch kind {
    case .simulator:
      return try await body(SimulatedCloud(region: region, seed: 1))
    case .novaClientThroughSandbox:
      let sandbox = try await sandbox(region: region)
      let app = buildApplication(
        sandbox: sandbox, address: SandboxAddress(host: "127.0.0.1", port: 8774))
      return try await app.test(.router) { client in
        let nova = NovaClient(
          config: participantConfig(root: "http://127.0.0.1:8774"),
          transport: routerTransport(client))
        return try await body(nova)
      }
    }
  }

  /// A transport that hands each request to the sandbox's router in process.
  static func routerTransport(_ client: any TestClientProtocol) -> Transport {
    { request in
      var fields = HTTPFields()
      for (name, value) in request.headers {
        if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
      }
      guard let method = HTTPRequest.Method(request.method) else {
        throw TransportFailure.other("bad method")
      }
      let response = try await client.executeRequest(
        uri: uriPart(request.url), method: method, headers: fields,
        body: request.body.map { ByteBuffer(bytes: $0) })
      return TransportResponse(
        status: Int(response.status.code),
        headers: response.headers.map { ($0.name.rawName, $0.value) },
        body: Array(buffer: response.body))
    }
  }

  /// `/v2.1/servers?x=1` from `http://127.0.0.1:8774/v2.1/servers?x=1`.
  static func uriPart(_ url: String) -> String {
    guard let scheme = url.range(of: "://") else { return url }
    let rest = url[scheme.upperBound...]
    return rest.firstIndex(where: { $0 == "/" || $0 == "?" }).map { String(rest[$0...]) } ?? "/"
  }
}

/// Small steps the cases share.
extension Cloud {
  /// The image called `name`.
  func image(_ name: String) async throws -> ImageID {
    try #require(try await listImages().first { $0.name == name }).id
  }

  /// Boots one `m1.tiny` cirros server, in `group` when given, and shows it once the boot is answered (the
  /// create answer itself may still say BUILD, as Nova's does).
  func boot(_ name: String, group: ServerGroupID? = nil) async throws -> Server {
    let request = ServerCreateRequest(
      name: name, flavorID: "1", imageID: try await image("cirros"), group: group)
    let created = try #require(try await createServers(request).servers.first)
    return try await showServer(created.id)
  }
}

/// The error `operation` throws, or nil when it succeeds.
func failure(_ operation: () async throws -> Void) async -> CloudError? {
  do {
    try await operation()
    return nil
  } catch let error as CloudError {
    return error
  } catch {
    return .transport("not a CloudError: \(error)")
  }
}
