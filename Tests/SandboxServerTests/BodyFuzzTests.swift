import CloudSimulator
import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// A seeded fuzz of the HTTP bodies the sandbox reads (server and server group creates, tokens): numbers at
/// and past the ends of Int64, non-finite numbers, long strings, control bytes, wrong types, broken JSON.
/// A fixed number of requests, so it runs in CI in a few seconds. Every request is answered with a status
/// Nova or Keystone could give and a JSON body, never a 500, and quotas and policies still hold.
@Suite struct BodyFuzzTests {
  static let requests = 150

  static let scalars = [
    "0", "1", "2", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "-9223372036854775809", "18446744073709551616", "99999999999999999999999", "1e32", "1e308", "1e400", "-1e400",
    "1.5", "-0", "0.0", "NaN", "Infinity", "true", "false", "null", "\"\"", "\"1\"", "\"9223372036854775808\"",
    "\"1e400\"", "\"web\"", "\"" + String(repeating: "a", count: 5_000) + "\"", "\"x\\u001b]0;t\\u0007\"",
    "\"a\\u0000b\"", "\"\\ud800\"", "[]", "{}", "[1, 2]", "{\"a\": 1}", "\"anti-affinity\"", "\"none\"", "\"auto\"",
  ]

  static func pick(_ random: inout SeededGenerator) -> String { scalars.randomElement(using: &random)! }

  static func serverBody(_ random: inout SeededGenerator, group: String) -> String {
    var fields = [
      #""name": "# + (random.next() % 3 == 0 ? pick(&random) : #""fz""#),
      #""flavorRef": "# + (random.next() % 3 == 0 ? pick(&random) : #""1""#),
      #""networks": "# + (random.next() % 3 == 0 ? pick(&random) : #""none""#),
    ]
    for key in ["min_count", "max_count", "metadata", "return_reservation_id"] where random.next() % 2 == 0 {
      fields.append(#"""# + key + #"": "# + pick(&random))
    }
    var hints = ""
    if random.next() % 2 == 0 {
      let hinted = random.next() % 2 == 0 ? #"""# + group + #"""# : pick(&random)
      hints = #", "os:scheduler_hints": {"group": "# + hinted + "}"
    }
    return #"{"server": {"# + fields.joined(separator: ", ") + "}" + hints + "}"
  }

  static func groupBody(_ random: inout SeededGenerator) -> String {
    let rule = random.next() % 4 == 0 ? "" : #", "rules": {"max_server_per_host": "# + pick(&random) + "}"
    let name = random.next() % 3 == 0 ? pick(&random) : #""g\#(random.next() % 5)""#
    return #"{"server_group": {"name": "# + name + #", "policy": "anti-affinity""# + rule + "}}"
  }

  static func garbage(_ random: inout SeededGenerator) -> String {
    let length = Int(random.next() % 64)
    return String(decoding: (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }, as: UTF8.self)
  }

  @Test(arguments: [UInt64(11), 12])
  func seededBodiesGetAnAnswerNeverA500(_ seed: UInt64) async throws {
    try await SandboxHarness.withClient { client in
      var random = SeededGenerator(seed: seed)
      let token = try await client.token("participant-1")
      let groupID = try await client.createGroup("base", policy: "anti-affinity", token: token)
      var seen: Set<Int> = []
      for _ in 0..<Self.requests {
        let (path, body): (String, String)
        switch random.next() % 4 {
        case 0: (path, body) = ("/v2.1/servers", Self.serverBody(&random, group: groupID))
        case 1: (path, body) = ("/v2.1/os-server-groups", Self.groupBody(&random))
        case 2: (path, body) = ("/identity/v3/auth/tokens", #"{"auth": "# + Self.pick(&random) + "}")
        default:
          path = random.next() % 2 == 0 ? "/v2.1/servers" : "/v2.1/os-server-groups"
          body = Self.garbage(&random)
        }
        let version = random.next() % 2 == 0 ? "2.75" : "2.64"
        let answer = try await client.send(.post, path, token: token, version: version, body: body)
        seen.insert(answer.status)
        #expect(
          [200, 201, 202, 400, 401, 403, 404, 409, 413, 415].contains(answer.status),
          "\(answer.status) for \(body.prefix(300))")
        #expect(answer.json != nil, "not JSON: \(answer.body.prefix(200)) for \(body.prefix(300))")
      }
      // The fuzz reaches past validation: some requests are accepted, some refused by schema and by quota.
      #expect(seen.contains(400) && (seen.contains(202) || seen.contains(403)), "statuses seen: \(seen.sorted())")
      let servers = try await client.send(.get, "/v2.1/servers/detail", token: token)
      #expect((servers.json?["servers"]?.arrayValue?.count ?? 99) <= 10)
      let groups = try await client.send(.get, "/v2.1/os-server-groups", token: token, version: "2.64")
      #expect((groups.json?["server_groups"]?.arrayValue?.count ?? 99) <= 10)
    }
  }
}
