import CloudSimulator
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// A sandbox with two participants, every ID, token and time fixed, served in process through
/// Hummingbird's `.router` test mode.
struct SandboxHarness {
  static let region = RegionSpec.standard.withStableIDs()
  static let fixedNow = Date(timeIntervalSince1970: 1_767_258_000)

  static func directory() -> Directory {
    var random = SeededGenerator(seed: 42)
    return Directory.make(participants: 2, given: ["participant-1": "secret-1"], random: &random)
  }

  static func makeSandbox(sharedHosts: Bool = false, statePath: String? = nil) async throws -> Sandbox {
    let prepared: SandboxSetup.Prepared
    if let statePath {
      prepared = try await SandboxSetup.prepare(
        SandboxSetup.Options(
          statePath: statePath, participants: 2, sharedHosts: sharedHosts, credentials: ["participant-1": "secret-1"]),
        makeRegion: { SimulatedCloud(region: region, seed: $0) })
    } else {
      let workshop = Workshop(directory: directory(), sharedHosts: sharedHosts) {
        SimulatedCloud(region: region, seed: $0)
      }
      prepared = SandboxSetup.Prepared(workshop: workshop, store: nil, restored: false)
    }
    return try await Sandbox(workshop: prepared.workshop, store: prepared.store, tokenSeed: 7, now: { fixedNow })
  }

  /// Runs `body` against the sandbox's routes in process.
  @discardableResult
  static func withClient<T: Sendable>(
    sharedHosts: Bool = false, statePath: String? = nil, requestLog: (any RequestLogSink)? = nil,
    _ body: @Sendable (SandboxClient) async throws -> T
  ) async throws -> T {
    let sandbox = try await makeSandbox(sharedHosts: sharedHosts, statePath: statePath)
    let app = buildApplication(
      sandbox: sandbox, address: SandboxAddress(host: "127.0.0.1", port: 8774), requestLog: requestLog)
    return try await app.test(.router) { client in
      try await body(SandboxClient(client: client, directory: sandbox.directoryForTests))
    }
  }
}

/// One recorded request and its answer.
struct Exchange {
  var method: HTTPRequest.Method
  var uri: String
  var requestHeaders: [(String, String)]
  var requestBody: String?
  var status: Int
  var headers: HTTPFields
  var body: String

  var json: JSONValue? { JSONValue.parse(body) }

  /// The exchange as a golden file: request line, headers that matter, pretty JSON with sorted keys.
  var transcript: String {
    var lines = ["\(method.rawValue) \(uri)"]
    for (name, value) in requestHeaders where name != "X-Auth-Token" { lines.append("\(name): \(value)") }
    if let requestBody { lines += ["", pretty(requestBody)] }
    lines += ["", "HTTP \(status)"]
    for name in [
      "Content-Type", "OpenStack-API-Version", "X-OpenStack-Nova-API-Version", "Vary", "Location",
      "X-Subject-Token", "WWW-Authenticate",
    ] {
      if let field = HTTPField.Name(name), let value = headers[field] { lines.append("\(name): \(value)") }
    }
    if !body.isEmpty { lines += ["", pretty(body)] }
    return lines.joined(separator: "\n") + "\n"
  }

  private func pretty(_ text: String) -> String {
    JSONValue.parse(text)?.serialized(pretty: true, sortKeys: true) ?? text
  }
}

/// A client of the in-process sandbox that logs in as the directory's users.
struct SandboxClient {
  let client: any TestClientProtocol
  let directory: Directory

  func password(of user: String) -> String { directory.users.first { $0.name == user }?.password ?? "" }

  /// `POST /identity/v3/auth/tokens` as `user`; returns the token.
  func token(_ user: String) async throws -> String {
    let body = KeystoneAuthRequest.password(
      user: KeystoneName(name: user, domainName: "Default"), password: password(of: user),
      project: nil
    ).body.serialized()
    let exchange = try await send(.post, "/identity/v3/auth/tokens", body: body)
    return try #require(exchange.headers[HTTPField.Name("X-Subject-Token")!])
  }

  /// An unscoped token of `user` (`"scope": "unscoped"`, as Horizon's login asks for one).
  func unscopedToken(_ user: String) async throws -> String {
    let body =
      #"{"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "\#(user)", "#
      + #""domain": {"name": "Default"}, "password": "\#(password(of: user))"}}}, "scope": "unscoped"}}"#
    let exchange = try await send(.post, "/identity/v3/auth/tokens", body: body)
    return try #require(exchange.headers[HTTPField.Name("X-Subject-Token")!])
  }

  /// A token through the application credential of `user` (`participant-1`).
  func applicationCredentialToken(_ user: String) async throws -> String {
    let owner = try #require(directory.users.first { $0.name == user })
    let credential = try #require(directory.applicationCredentials.first { $0.userID == owner.id })
    let body = KeystoneAuthRequest.applicationCredential(
      id: credential.id, name: nil, user: nil, secret: credential.secret
    )
    .body.serialized()
    let exchange = try await send(.post, "/identity/v3/auth/tokens", body: body)
    return try #require(exchange.headers[HTTPField.Name("X-Subject-Token")!])
  }

  /// Creates a server group as the holder of `token` (microversion 2.64) and returns its ID.
  func createGroup(_ name: String, policy: String, token: String) async throws -> String {
    let group = try await send(
      .post, "/v2.1/os-server-groups", token: token, version: "2.64",
      body: #"{"server_group": {"name": "\#(name)", "policy": "\#(policy)"}}"#)
    return try #require(group.json?["server_group"]?["id"]?.stringValue)
  }

  /// Boots one m1.tiny server per name as the holder of `token` (microversion 2.75) and returns their IDs.
  /// - Parameters:
  ///   - networks: the body's `networks` value, `"none"` (a JSON string) or a list of `{"uuid": …}`.
  ///   - group: the server group to hint (`os:scheduler_hints.group`), if any.
  func boot(
    _ names: [String], token: String, networks: String = #""none""#, group: String? = nil
  ) async throws -> [String] {
    let hints = group.map { #", "os:scheduler_hints": {"group": "\#($0)"}"# } ?? ""
    var ids: [String] = []
    for name in names {
      let create = try await send(
        .post, "/v2.1/servers", token: token, version: "2.75",
        body: #"{"server": {"name": "\#(name)", "flavorRef": "1", "networks": \#(networks)}\#(hints)}"#)
      ids.append(try #require(create.json?["server"]?["id"]?.stringValue))
    }
    return ids
  }

  func send(
    _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, version: String? = nil,
    headers extra: [(String, String)] = [], body: String? = nil
  ) async throws -> Exchange {
    var headers: [(String, String)] = []
    if let version { headers.append(("OpenStack-API-Version", "compute \(version)")) }
    if body != nil { headers.append(("Content-Type", "application/json")) }
    headers += extra
    if let token { headers.append(("X-Auth-Token", token)) }
    var fields = HTTPFields()
    for (name, value) in headers { fields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
    let response = try await client.execute(
      uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) })
    return Exchange(
      method: method, uri: uri, requestHeaders: headers, requestBody: body, status: Int(response.status.code),
      headers: response.headers, body: String(buffer: response.body))
  }
}

/// Golden files under `Snapshots/`, re-recorded with `RECORD_SNAPSHOTS=1`.
enum Golden {
  static func check(_ exchanges: [Exchange], named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let text = exchanges.map(\.transcript).joined(separator: "\n========\n\n")
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots/\(name).http.txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    #expect(
      expected != nil, "missing golden file \(url.path); record it with RECORD_SNAPSHOTS=1",
      sourceLocation: sourceLocation)
    guard let expected else { return }
    if expected != text {
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let got = text.split(separator: "\n", omittingEmptySubsequences: false)
      let first =
        zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
      Issue.record(
        "\(name).http.txt differs at line \(first + 1):\n- \(first < want.count ? want[first] : "<end>")\n+ \(first < got.count ? got[first] : "<end>")",
        sourceLocation: sourceLocation)
    }
  }
}
