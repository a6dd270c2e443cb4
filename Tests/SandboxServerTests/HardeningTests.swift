import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// Issue 9's cases over HTTP: no input traps, freezes or is silently dropped; each gets Nova's answer and a
/// refused one changes nothing.
@Suite struct HardeningTests {
  static func boot(_ body: String) -> String {
    #"{"server": {"name": "x", "flavorRef": "1", "networks": "none", "# + body + "}}"
  }

  @Test func int64MaxCountsAfterOneBootAreNovasQuota403() async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let first = try await client.send(
        .post, "/v2.1/servers", token: token, version: "2.75", body: Self.boot(#""min_count": 1"#))
      #expect(first.status == 202)
      let answer = try await client.send(
        .post, "/v2.1/servers", token: token, version: "2.75",
        body: Self.boot(#""min_count": 9223372036854775807, "max_count": 9223372036854775807"#))
      #expect(answer.status == 403)
      #expect(
        answer.json?["forbidden"]?["message"]?.stringValue
          == "Quota exceeded for instances: Requested 9223372036854775807, but already used 1 of 10 instances")
      let list = try await client.send(.get, "/v2.1/servers", token: token)
      #expect(list.json?["servers"]?.arrayValue?.count == 1)
    }
  }

  struct Count: Sendable, CustomTestStringConvertible {
    var label: String
    var fields: String
    var status: Int
    var messagePrefix: String
    var testDescription: String { label }
  }

  static let counts: [Count] = [
    Count(
      label: "min_count past Int64", fields: #""min_count": 9223372036854775808"#, status: 403,
      messagePrefix: "Quota exceeded for instances: Requested 9223372036854775808, but already used 0 of 10"),
    Count(
      label: "min_count 1e30", fields: #""min_count": 1e30"#, status: 403,
      messagePrefix: "Quota exceeded for instances: Requested 1000000000000000019884624838656, but already"),
    Count(
      label: "min_count as a long digit string", fields: #""min_count": "00099999999999999999999""#, status: 403,
      messagePrefix: "Quota exceeded for instances: Requested 99999999999999999999, but already used 0 of 10"),
    Count(
      label: "max_count as a long digit string", fields: #""max_count": "99999999999999999999999""#, status: 202,
      messagePrefix: ""),
    Count(
      label: "min_count 1e400 (inf)", fields: #""min_count": 1e400"#, status: 400,
      messagePrefix: "Invalid input for field/attribute min_count. Value: inf. inf is not of type 'integer', 'string'"),
    Count(
      label: "min_count -9223372036854775809", fields: #""min_count": -9223372036854775809"#, status: 400,
      messagePrefix:
        "Invalid input for field/attribute min_count. Value: -9223372036854775809. -9223372036854775809 is less than the minimum of 1"
    ),
    Count(
      label: "min_count 1.5", fields: #""min_count": 1.5"#, status: 400,
      messagePrefix: "Invalid input for field/attribute min_count. Value: 1.5. 1.5 is not of type 'integer', 'string'"),
  ]

  @Test(arguments: counts)
  func countsAtAndPastInt64GetNovasAnswer(_ count: Count) async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let answer = try await client.send(
        .post, "/v2.1/servers", token: token, version: "2.75", body: Self.boot(count.fields))
      #expect(answer.status == count.status, "\(answer.body)")
      let list = try await client.send(.get, "/v2.1/servers", token: token)
      if count.status == 202 {
        // A max_count past the quota boots what fits (10), as Nova does.
        #expect(list.json?["servers"]?.arrayValue?.count == 10)
      } else {
        let fault = answer.json?[count.status == 403 ? "forbidden" : "badRequest"]?["message"]?.stringValue ?? ""
        #expect(fault.hasPrefix(count.messagePrefix), "\(fault)")
        #expect(list.json?["servers"] == .array([]))
      }
    }
  }

  struct Rule: Sendable, CustomTestStringConvertible {
    var sent: String
    var shown: String
    var testDescription: String { sent }
  }

  static let hugeRules: [Rule] = [
    Rule(sent: "9223372036854775808", shown: "9223372036854775808"),
    Rule(sent: "1e32", shown: "100000000000000005366162204393472"),
    Rule(sent: #""99999999999999999999999""#, shown: "99999999999999999999999"),
    Rule(sent: "9223372036854775807", shown: "9223372036854775807"),
  ]

  @Test(arguments: hugeRules)
  func aHugeMaxServerPerHostIsKeptAsGiven(_ rule: Rule) async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let body =
        #"{"server_group": {"name": "g", "policy": "anti-affinity", "rules": {"max_server_per_host": "#
        + rule.sent + "}}}"
      let created = try await client.send(.post, "/v2.1/os-server-groups", token: token, version: "2.64", body: body)
      #expect(created.status == 200)
      #expect(created.body.contains(#""rules": {"max_server_per_host": "# + rule.shown + "}"), "\(created.body)")
      let id = try #require(created.json?["server_group"]?["id"]?.stringValue)
      let shown = try await client.send(.get, "/v2.1/os-server-groups/\(id)", token: token, version: "2.64")
      #expect(shown.body.contains(#""max_server_per_host": "# + rule.shown + "}"), "\(shown.body)")
      let booted = try await client.send(
        .post, "/v2.1/servers", token: token, version: "2.75",
        body: #"{"server": {"name": "m", "flavorRef": "1", "networks": "none", "min_count": 3}, "#
          + #""os:scheduler_hints": {"group": ""# + id + #""}}"#)
      #expect(booted.status == 202)
    }
  }

  @Test func anInfiniteMaxServerPerHostIsNovas400() async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let body = #"{"server_group": {"name": "g", "policy": "anti-affinity", "rules": {"max_server_per_host": 1e400}}}"#
      let answer = try await client.send(.post, "/v2.1/os-server-groups", token: token, version: "2.64", body: body)
      #expect(answer.status == 400)
      #expect(
        answer.json?["badRequest"]?["message"]?.stringValue
          == "Invalid input for field/attribute max_server_per_host. Value: inf. inf is not of type 'integer', 'string'"
      )
      let list = try await client.send(.get, "/v2.1/os-server-groups", token: token)
      #expect(list.json?["server_groups"] == .array([]))
    }
  }

  @Test func aCatastrophicNameFilterAnswersAtOnce() async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let name = String(repeating: "a", count: 30)
      let boot = #"{"server": {"name": ""# + name + #"", "flavorRef": "1", "networks": "none"}}"#
      #expect(try await client.send(.post, "/v2.1/servers", token: token, version: "2.75", body: boot).status == 202)
      let none = try await client.send(.get, "/v2.1/servers?name=%5E(a%2B)%2Bb%24", token: token)
      #expect(none.status == 200 && none.json?["servers"] == .array([]))
      let one = try await client.send(.get, "/v2.1/servers?name=%5E(a%2B)%2B%24", token: token)
      #expect(one.json?["servers"]?.arrayValue?.count == 1)
      let literal = try await client.send(.get, "/v2.1/servers?name=(a)%5C1", token: token)
      #expect(literal.json?["servers"] == .array([]))
    }
  }

  @Test(arguments: ["CONNECT", "TRACE", "BREW"])
  func unknownMethodsGetA405AtOnce(_ method: String) async throws {
    try await SandboxHarness.withClient { client in
      let answer = try await client.send(HTTPRequest.Method(method)!, "/v2.1/servers")
      #expect(answer.status == 405)
      #expect(answer.json?["error"]?["code"] == .int(405))
      #expect(answer.headers[HTTPField.Name("Allow")!]?.contains("GET") == true)
    }
  }
}
