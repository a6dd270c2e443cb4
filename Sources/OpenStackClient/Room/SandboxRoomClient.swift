import Foundation
import OpenStackWire
import ServerGroupsCore

extension KeystoneSession {
  /// The endpoint of a catalog service by type, or nil when the catalog has none (for the configured interface
  /// and region).
  package func catalogEndpoint(type: String) async throws(CloudError) -> String? {
    let body = try await issuedBody()
    let interface = Self.interfaceName(config.interface)
    for candidate in body.catalog where candidate.type == type {
      if let url = candidate.url(interface: interface, region: config.regionName) { return url }
    }
    return nil
  }
}

/// A sgtutor sandbox's own API (`/sgtutor/v1`): progress reports, the room and its actions. Only a cloud whose
/// catalog lists a `sgtutor` service gets one, so sgtutor never sends these calls to any other cloud.
package struct SandboxRoomClient: Sendable {
  /// The catalog's service type that marks a sgtutor sandbox.
  package static let serviceType = "sgtutor"
  let client: NovaClient
  /// `http://host:port/sgtutor/v1`.
  package let base: String

  /// The room API of `client`'s cloud, or nil when that cloud is no sgtutor sandbox (or cannot tell).
  package static func discover(_ client: NovaClient) async -> SandboxRoomClient? {
    guard let url = try? await client.session.catalogEndpoint(type: serviceType) else { return nil }
    var base = url
    while base.hasSuffix("/") { base.removeLast() }
    return SandboxRoomClient(client: client, base: base)
  }

  /// One call with the session's token; a non-2xx answer becomes the `CloudError` it stands for.
  package func call(_ method: String, _ path: String, body: JSONValue? = nil) async throws(CloudError) -> JSONValue {
    let token = try await client.session.token()
    var headers = [("Accept", "application/json"), ("User-Agent", KeystoneSession.userAgent), ("X-Auth-Token", token)]
    if body != nil { headers.append(("Content-Type", "application/json")) }
    let request = TransportRequest(method: method, url: base + path, headers: headers, body: body?.bytes)
    let response = try await client.executor.send(request, service: .compute)
    guard (200..<300).contains(response.status) else {
      throw RequestExecutor.fault(response, request: request, service: .compute)
    }
    return JSONValue.parse(response.body) ?? .null
  }

  /// `PUT /progress`; answers the room's message (the body's `message`).
  package func sendProgress(_ progress: JSONValue) async throws(CloudError) -> JSONValue {
    try await call("PUT", "/progress", body: .object([("progress", progress)]))["message"] ?? .null
  }

  /// `GET /message`.
  package func currentMessage() async throws(CloudError) -> JSONValue {
    try await call("GET", "/message")["message"] ?? .null
  }

  /// `GET /room` (admins).
  package func room() async throws(CloudError) -> JSONValue { try await call("GET", "/room") }

  /// `POST /room/hosts/{host}/{action}` (admins): fail, recover, disable or enable, in every region.
  package func hostAction(_ host: String, _ action: String) async throws(CloudError) -> JSONValue {
    try await call("POST", "/room/hosts/\(Self.escaped(host))/\(Self.escaped(action))")
  }

  /// `PUT /room/message` (admins); an empty text clears it.
  package func sendMessage(_ text: String) async throws(CloudError) -> JSONValue {
    try await call("PUT", "/room/message", body: .object([("message", .string(text))]))
  }

  /// `POST /room/participants/{project}/reset` (admins).
  package func reset(_ participant: String) async throws(CloudError) -> JSONValue {
    try await call("POST", "/room/participants/\(Self.escaped(participant))/reset")
  }

  /// A `message` value's ID and text; nil for `null` or anything else.
  package static func messageParts(_ value: JSONValue?) -> (id: Int, text: String)? {
    guard let id = value?["id"]?.intValue, let text = value?["text"]?.stringValue else { return nil }
    return (id, text)
  }

  static func escaped(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
  }
}
