import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// Bad input of every kind gets Nova's or Keystone's status and body shape, and changes nothing.
@Suite struct BadInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var label: String
    var version: String?
    var body: String
    var status: Int
    var fault: String
    var message: String
    var testDescription: String { label }
  }

  static let groupCases: [Case] = [
    Case(
      label: "malformed JSON", body: "{\"server_group\": ", status: 400, fault: "badRequest",
      message: "Malformed request body"),
    Case(label: "no body", body: "", status: 400, fault: "badRequest", message: "None is not of type 'object'"),
    Case(
      label: "soft policy at 2.1", body: #"{"server_group": {"name": "n", "policies": ["soft-affinity"]}}"#,
      status: 400,
      fault: "badRequest",
      message:
        "Invalid input for field/attribute 0. Value: soft-affinity. 'soft-affinity' is not one of ['anti-affinity', 'affinity']"
    ),
    Case(
      label: "two policies", version: "2.15",
      body: #"{"server_group": {"name": "n", "policies": ["anti-affinity", "affinity"]}}"#,
      status: 400, fault: "badRequest",
      message:
        "Invalid input for field/attribute policies. Value: ['anti-affinity', 'affinity']. ['anti-affinity', 'affinity'] is too long"
    ),
    Case(
      label: "policies at 2.64", version: "2.64",
      body: #"{"server_group": {"name": "test", "policies": ["affinity"]}}"#,
      status: 400, fault: "badRequest",
      message:
        "Invalid input for field/attribute server_group. Value: {'name': 'test', 'policies': ['affinity']}. 'policy' is a required property"
    ),
    Case(
      label: "rules with affinity", version: "2.64",
      body: #"{"server_group": {"name": "n", "policy": "affinity", "rules": {"max_server_per_host": 2}}}"#, status: 400,
      fault: "badRequest", message: "Only anti-affinity policy supports rules."),
    Case(
      label: "max_server_per_host 0", version: "2.64",
      body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"max_server_per_host": 0}}}"#,
      status: 400, fault: "badRequest",
      message: "Invalid input for field/attribute max_server_per_host. Value: 0. 0 is less than the minimum of 1"),
    Case(
      label: "leading space in name", body: #"{"server_group": {"name": "  x", "policies": ["affinity"]}}"#,
      status: 400,
      fault: "badRequest",
      message:
        "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace."
    ),
    Case(
      label: "unknown top-level key", body: #"{"server_group": {"name": "n", "policies": ["affinity"]}, "foo": 1}"#,
      status: 400, fault: "badRequest", message: "Additional properties are not allowed ('foo' was unexpected)"),
    Case(
      label: "unsupported version", version: "2.200", body: "{}", status: 406, fault: "computeFault",
      message: "Version 2.200 is not supported by the API. Minimum is 2.1 and maximum is 2.75."),
    Case(
      label: "malformed version", version: "2.x", body: "{}", status: 400, fault: "badRequest",
      message: "API Version String 2.x is of invalid format. Must be of format MajorNum.MinorNum."),
  ]

  @Test(arguments: groupCases)
  func serverGroupCreateRefusesWithNovasWords(_ badCase: Case) async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let answer = try await client.send(
        .post, "/v2.1/os-server-groups", token: token, version: badCase.version, body: badCase.body)
      #expect(answer.status == badCase.status)
      #expect(answer.json?[badCase.fault]?["message"]?.stringValue == badCase.message)
      #expect(answer.json?[badCase.fault]?["code"] == .int(badCase.status))
      let list = try await client.send(.get, "/v2.1/os-server-groups", token: token)
      #expect(list.json?["server_groups"] == .array([]), "state changed after \(badCase.label)")
    }
  }

  @Test func edgeCasesKeepTheirShapes() async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let noToken = try await client.send(.get, "/v2.1/os-server-groups")
      #expect(noToken.status == 401)
      #expect(noToken.json?["error"]?["title"]?.stringValue == "Unauthorized")
      let badToken = try await client.send(.get, "/v2.1/servers", token: "nope")
      #expect(badToken.status == 401)
      let unknown = try await client.send(.get, "/v2.1/os-nothing", token: token)
      #expect(unknown.status == 404 && unknown.json?["itemNotFound"] != nil)
      let wrongMethod = try await client.send(.put, "/v2.1/os-server-groups/abc", token: token, body: "{}")
      #expect(wrongMethod.status == 404)
      let keystoneMethod = try await client.send(.put, "/identity/v3/auth/tokens", body: "{}")
      #expect(keystoneMethod.status == 405 && keystoneMethod.json?["error"]?["code"] == .int(405))
      let xml = try await client.send(
        .post, "/v2.1/os-server-groups", token: token, headers: [("Content-Type", "application/xml")], body: "<a/>")
      #expect(xml.status == 415 && xml.json?["badMediaType"]?["message"]?.stringValue == "Unsupported Content-Type")
      let huge = String(repeating: "x", count: (1 << 20) + 10)
      let tooLarge = try await client.send(.post, "/v2.1/os-server-groups", token: token, body: huge)
      #expect(tooLarge.status == 413 && tooLarge.json?["overLimit"] != nil)
      let otherProjectURL = try await client.send(
        .get, "/v2.1/0123456789abcdef0123456789abcdef/os-server-groups", token: token)
      #expect(otherProjectURL.status == 400)
      let hint = try await client.send(
        .post, "/v2.1/servers", token: token, version: "2.75",
        body:
          #"{"server": {"name": "a", "flavorRef": "1", "networks": "none"}, "os:scheduler_hints": {"group": "DB Cluster"}}"#
      )
      #expect(hint.status == 400)
      #expect(
        hint.json?["badRequest"]?["message"]?.stringValue?.hasPrefix("Invalid input for field/attribute group.") == true
      )
      let servers = try await client.send(.get, "/v2.1/servers", token: token)
      #expect(servers.json?["servers"] == .array([]))
      try Golden.check([noToken, unknown, keystoneMethod, xml], named: "bad-input")
    }
  }
}
