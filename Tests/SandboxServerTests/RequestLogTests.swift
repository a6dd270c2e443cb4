import Foundation
import HTTPTypes
import SandboxServer
import ServerGroupsCore
import Synchronization
import Testing

/// Keeps every request log entry.
final class RecordingRequestLog: RequestLogSink {
  private let recorded = Mutex<[RequestLogEntry]>([])
  func record(_ entry: RequestLogEntry) { recorded.withLock { $0.append(entry) } }
  var entries: [RequestLogEntry] { recorded.withLock { $0 } }
}

/// Request IDs on every answer, and the serve terminal's request log.
@Suite struct RequestLogTests {
  static let requestID = HTTPField.Name("x-openstack-request-id")!
  static let computeRequestID = HTTPField.Name("x-compute-request-id")!

  static func isRequestID(_ text: String?) -> Bool {
    guard let text, text.hasPrefix("req-"), let uuid = UUID(uuidString: String(text.dropFirst(4))) else {
      return false
    }
    return uuid.uuidString.lowercased() == text.dropFirst(4)
  }

  @Test func everyAnswerCarriesARequestIDAndNovasAlsoTheComputeOne() async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let requests: [(HTTPRequest.Method, String, String?, Bool)] = [
        (.get, "/", nil, true), (.get, "/v2.1/os-server-groups", token, true), (.get, "/v2.1/servers", nil, true),
        (.get, "/v2.1/servers/nope", token, true), (.get, "/identity/v3", nil, false),
        (.post, "/identity/v3/auth/tokens", nil, false), (.head, "/v3/auth/tokens", token, false),
        (.get, "/image/v2/images", token, false), (.get, "/networking/v2.0/networks", token, false),
        (.get, "/nowhere", nil, false),
      ]
      var seen: Set<String> = []
      for (method, uri, token, compute) in requests {
        let answer = try await client.send(method, uri, token: token, body: method == .post ? "{}" : nil)
        let id = answer.headers[Self.requestID]
        #expect(Self.isRequestID(id), "\(method) \(uri): \(id ?? "no request ID")")
        #expect(answer.headers[Self.computeRequestID] == (compute ? id : nil), "\(method) \(uri)")
        if let id { seen.insert(id) }
      }
      #expect(seen.count == requests.count)
      let tooLarge = try await client.send(
        .post, "/v2.1/os-server-groups", token: token, body: String(repeating: " ", count: Sandbox.maxBodySize + 1))
      #expect(tooLarge.status == 413)
      #expect(Self.isRequestID(tooLarge.headers[Self.requestID]))
      #expect(tooLarge.headers[Self.computeRequestID] == tooLarge.headers[Self.requestID])
    }
  }

  @Test func theLogHasOneEntryPerRequestWithTheUserAndNoSecret() async throws {
    let log = RecordingRequestLog()
    let (token, password, ids) = try await SandboxHarness.withClient(requestLog: log) { client in
      let token = try await client.token("participant-1")
      let list = try await client.send(.get, "/v2.1/servers/detail?name=web&password=hunter2&os_token=x", token: token)
      let anonymous = try await client.send(.get, "/v2.1/os-server-groups")
      _ = try await client.token("participant-1-reader")
      let admin = try await client.send(.get, "/v2.1/os-hypervisors", token: try await client.token("instructor"))
      return (
        token, client.password(of: "participant-1"),
        [list, anonymous, admin].map { $0.headers[Self.requestID] ?? "" }
      )
    }
    let entries = log.entries
    let users = ["participant-1", "participant-1", nil, "participant-1-reader", "instructor", "instructor"]
    #expect(entries.map(\.user) == users)
    #expect(entries.map(\.method) == ["POST", "GET", "GET", "POST", "POST", "GET"])
    #expect(entries.map(\.status) == [201, 200, 401, 201, 201, 200])
    #expect(
      entries.map(\.target) == [
        "/identity/v3/auth/tokens", "/v2.1/servers/detail?name=web&password=***&os_token=***",
        "/v2.1/os-server-groups", "/identity/v3/auth/tokens", "/identity/v3/auth/tokens", "/v2.1/os-hypervisors",
      ])
    #expect([entries[1].requestID, entries[2].requestID, entries[5].requestID] == ids)
    #expect(entries.allSatisfy { $0.milliseconds >= 0 && $0.milliseconds < 60_000 })
    for entry in entries {
      for text in [entry.text, entry.json] {
        #expect(!text.contains(token) && !text.contains(password) && !text.contains("hunter2"))
      }
    }
  }

  @Test func textAndJSONLines() throws {
    let entry = RequestLogEntry(
      time: Date(timeIntervalSince1970: 1_767_258_000.25), requestID: "req-0b7c1d5e-0000-4000-8000-000000000001",
      user: "participant-2", method: "DELETE", target: "/v2.1/servers/abc", status: 204, milliseconds: 3.14159)
    #expect(
      entry.text
        == "2026-01-01T09:00:00.250Z participant-2 DELETE /v2.1/servers/abc 204 3.1ms "
        + "req-0b7c1d5e-0000-4000-8000-000000000001")
    #expect(
      entry.json
        == #"{"time": "2026-01-01T09:00:00.250Z", "user": "participant-2", "method": "DELETE", "#
        + #""path": "/v2.1/servers/abc", "status": 204, "ms": 3.142, "#
        + #""request_id": "req-0b7c1d5e-0000-4000-8000-000000000001"}"#)
    var anonymous = entry
    anonymous.user = nil
    #expect(anonymous.text.contains("Z - DELETE"))
    #expect(anonymous.json.contains(#""user": null"#))
  }

  @Test func controlCharactersAndSecretsInTheTargetAreNeverShownRaw() {
    #expect(RequestLogEntry.target(path: "/v2.1/x\u{1B}[2J\u{07}", query: nil) == "/v2.1/x%1B[2J%07")
    #expect(
      RequestLogEntry.target(path: "/v2.1/servers", query: "name=%5Eweb&Password=p&application_credential_secret=s")
        == "/v2.1/servers?name=%5Eweb&Password=***&application_credential_secret=***")
    #expect(RequestLogEntry.target(path: "/a", query: "x=\u{9B}31m") == "/a?x=%9B31m")
    #expect(RequestLogEntry.target(path: "/a", query: "") == "/a")
  }
}
