import Foundation
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Synchronization
import Testing

/// Recorded answers from `Fixtures/`.
enum Fixture {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The file's bytes; a missing fixture fails the test that asked for it.
  static func bytes(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> [UInt8] {
    guard
      let data = FileManager.default.contents(
        atPath: folder.appendingPathComponent(name + ".json").path)
    else {
      Issue.record("missing fixture \(name).json", sourceLocation: sourceLocation)
      return []
    }
    return Array(data)
  }

  static func json(_ name: String) -> JSONValue { JSONValue.parse(bytes(name)) ?? .null }
}

/// One expected request and the answer to give. `check` may inspect the request further.
struct Step: Sendable {
  var method: String
  /// The URL the request must have, exactly (query included).
  var url: String
  var answer: Result<TransportResponse, TransportFailure>
  var check: @Sendable (TransportRequest) -> Void = { _ in }

  static func ok(
    _ method: String, _ url: String, status: Int = 200, fixture: String? = nil, body: String? = nil,
    headers: [(String, String)] = [],
    check: @escaping @Sendable (TransportRequest) -> Void = { _ in }
  ) -> Step {
    let bytes = fixture.map { Fixture.bytes($0) } ?? Array((body ?? "").utf8)
    return Step(
      method: method, url: url,
      answer: .success(
        TransportResponse(
          status: status, headers: [("Content-Type", "application/json")] + headers, body: bytes)),
      check: check)
  }

  static func failing(_ method: String, _ url: String, _ failure: TransportFailure) -> Step {
    Step(method: method, url: url, answer: .failure(failure))
  }
}

/// A transport that plays `steps` in order, asserting each request's method and URL, and records every request.
/// A request beyond the script, or a different one, fails the test loudly.
final class ScriptedTransport: Sendable {
  private let state: Mutex<(steps: [Step], seen: [TransportRequest])>
  let sourceLocation: SourceLocation

  init(_ steps: [Step], sourceLocation: SourceLocation = #_sourceLocation) {
    self.state = Mutex((steps, []))
    self.sourceLocation = sourceLocation
  }

  var requests: [TransportRequest] { state.withLock { $0.seen } }
  var remaining: Int { state.withLock { $0.steps.count } }

  var transport: Transport {
    { [self] request in try self.answer(request) }
  }

  private func answer(_ request: TransportRequest) throws -> TransportResponse {
    let step = state.withLock { state -> Step? in
      state.seen.append(request)
      return state.steps.isEmpty ? nil : state.steps.removeFirst()
    }
    guard let step else {
      Issue.record(
        "unexpected request \(request.method) \(request.url)", sourceLocation: sourceLocation)
      throw TransportFailure.other("unscripted request")
    }
    #expect(
      request.method == step.method, "method of \(request.url)", sourceLocation: sourceLocation)
    #expect(request.url == step.url, sourceLocation: sourceLocation)
    step.check(request)
    return try step.answer.get()
  }
}

/// Everything a test needs to build a client against `https://cloud.example`.
enum TestCloud {
  static let authURL = "https://cloud.example:5000/v3"
  static let password = "hunter2-Secret-Password"
  static let subjectToken = "gAAAAABtoken-SECRET-value-0123456789"
  static let compute = "https://cloud.example:8774/v2.1/6f70656e737461636b20342065766572"
  static let issued = Date(timeIntervalSince1970: 1_795_597_200)  // 2026-11-25T09:00:00Z

  static func config(
    auth: CloudConfig.Auth? = nil, region: String? = "RegionOne", interface: String = "public",
    pinned: String? = nil
  ) -> CloudConfig {
    CloudConfig(
      name: "test", authURL: authURL,
      auth: auth
        ?? .password(
          user: .init(name: "alice", domainName: "Default"), password: Secret(password),
          project: .init(name: "demo", domainName: "Default"), domain: nil),
      regionName: region, interface: interface, computeAPIVersion: pinned)
  }

  /// The token request and its answer.
  static func login(check: @escaping @Sendable (TransportRequest) -> Void = { _ in }) -> Step {
    .ok(
      "POST", authURL + "/auth/tokens", status: 201, fixture: "keystone-token",
      headers: [("X-Subject-Token", subjectToken)], check: check)
  }

  /// Version discovery at the compute endpoint's version root.
  static func discovery(_ fixture: String = "compute-version-2.100") -> Step {
    .ok("GET", "https://cloud.example:8774/v2.1/", fixture: fixture)
  }

  static func client(
    _ transport: ScriptedTransport, config: CloudConfig = TestCloud.config(),
    now: Date = TestCloud.issued,
    sleeps: SleepLog = SleepLog(), notes: NoteLog = NoteLog()
  ) -> NovaClient {
    NovaClient(
      config: config, transport: transport.transport, now: { now },
      sleep: { seconds in sleeps.append(seconds) },
      notify: { notes.append($0) })
  }
}

/// The waits a client asked for (tests never wait for real).
final class SleepLog: Sendable {
  private let seconds = Mutex<[Int]>([])
  func append(_ value: Int) { seconds.withLock { $0.append(value) } }
  var all: [Int] { seconds.withLock { $0 } }
}

/// The notes a client wrote for the user.
final class NoteLog: Sendable {
  private let lines = Mutex<[String]>([])
  func append(_ value: String) { lines.withLock { $0.append(value) } }
  var all: [String] { lines.withLock { $0 } }
}
