import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// The room's event stream and the progress kept across a restart.
@Suite struct RoomEventTests {
  /// The room in one `event: room` message.
  static func room(_ event: [UInt8]?) throws -> JSONValue {
    let text = String(decoding: try #require(event), as: UTF8.self)
    #expect(text.hasPrefix("event: room\ndata: "))
    #expect(text.hasSuffix("\n\n"))
    let data = text.dropFirst("event: room\ndata: ".count).dropLast(2)
    #expect(!data.contains("\n"))
    return try #require(JSONValue.parse(String(data)))
  }

  /// The next room message, past the keep-alive comments a slow run can see between them.
  static func nextRoom(_ events: inout AsyncStream<[UInt8]>.Iterator) async throws -> JSONValue {
    var event = await events.next()
    while let comment = event, comment.first == UInt8(ascii: ":") { event = await events.next() }
    return try room(event)
  }

  @Test func theStreamSendsTheRoomAndThenEveryChange() async throws {
    let sandbox = try await SandboxHarness.makeSandbox()
    let app = buildApplication(sandbox: sandbox, address: SandboxAddress())
    try await app.test(.router) { raw in
      let client = SandboxClient(client: raw, directory: sandbox.directoryForTests)
      let one = try await client.token("participant-1")
      let admin = try await client.token("instructor")
      let (stream, close) = sandbox.roomEventStream()
      var events = stream.makeAsyncIterator()
      let first = try await Self.nextRoom(&events)
      #expect(first["participants"]?.arrayValue?.count == 2)
      #expect(RoomTests.participant(first, "participant-1")?["servers"] == .array([]))
      #expect(sandbox.roomListeners == 1)
      _ = try await RoomTests.bootCluster(client, token: one)
      var servers = 0
      while servers < 2 {
        let next = try await Self.nextRoom(&events)
        servers = RoomTests.participant(next, "participant-1")?["servers"]?.arrayValue?.count ?? -1
      }
      #expect(servers == 2)
      _ = try await client.send(.put, "/sgtutor/v1/room/message", token: admin, body: #"{"message": "Look up"}"#)
      var message: String?
      while message == nil { message = try await Self.nextRoom(&events)["message"]?["text"]?.stringValue }
      #expect(message == "Look up")
      close()
      var rest = await events.next()
      while let comment = rest, comment.first == UInt8(ascii: ":") { rest = await events.next() }
      #expect(rest == nil)
      #expect(sandbox.roomListeners == 0)
      let ticket = try await client.send(.post, "/sgtutor/v1/room/ticket", token: admin)
      #expect(ticket.status == 201)
      #expect(ticket.json?["ticket"]?.stringValue?.count == 40)
    }
  }

  @Test func progressSurvivesARestart() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("room-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("state.sqlite").path
    try await SandboxHarness.withClient(statePath: path) { client in
      let one = try await client.token("participant-1")
      let put = try await client.send(
        .put, "/sgtutor/v1/progress", token: one,
        body: #"{"progress": {"lesson": "3", "step": 2, "checks_passed": 5}}"#)
      #expect(put.status == 200)
    }
    try await SandboxHarness.withClient(statePath: path) { client in
      let admin = try await client.token("instructor")
      let room = try await client.send(.get, "/sgtutor/v1/room", token: admin)
      let first = RoomTests.participant(room.json, "participant-1")
      #expect(first?["lesson"]?.stringValue == "3")
      #expect(first?["step"] == .int(2))
      #expect(first?["checks_passed"] == .int(5))
      let one = try await client.token("participant-1")
      let cleared = try await client.send(.delete, "/sgtutor/v1/progress", token: one)
      #expect(cleared.json?["progress"] == .null)
    }
    try await SandboxHarness.withClient(statePath: path) { client in
      let admin = try await client.token("instructor")
      let room = try await client.send(.get, "/sgtutor/v1/room", token: admin)
      #expect(RoomTests.participant(room.json, "participant-1")?["lesson"] == .null)
    }
  }
}
