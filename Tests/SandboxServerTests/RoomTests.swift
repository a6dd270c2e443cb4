import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// `/sgtutor/v1/room`, its actions and `/sgtutor/v1/progress`, in process, in both region layouts.
@Suite struct RoomTests {
  /// Participant 1 makes "DB Cluster" (anti-affinity) and boots two servers into it.
  static func bootCluster(_ client: SandboxClient, token: String) async throws -> (group: String, servers: [String]) {
    let group = try await client.send(
      .post, "/v2.1/os-server-groups", token: token, version: "2.64",
      body: #"{"server_group": {"name": "DB Cluster", "policy": "anti-affinity", "rules": {"max_server_per_host": 1}}}"#
    )
    let groupID = try #require(group.json?["server_group"]?["id"]?.stringValue)
    let boot = try await client.send(
      .post, "/v2.1/servers", token: token, version: "2.75",
      body:
        #"{"server": {"name": "db", "flavorRef": "1", "networks": "none", "min_count": 2}, "os:scheduler_hints": {"group": "\#(groupID)"}}"#
    )
    #expect(boot.status == 202)
    let list = try await client.send(.get, "/v2.1/servers", token: token)
    let ids = try #require(list.json?["servers"]?.arrayValue).compactMap { $0["id"]?.stringValue }
    return (groupID, ids)
  }

  static func participant(_ room: JSONValue?, _ name: String) -> JSONValue? {
    room?["participants"]?.arrayValue?.first { $0["name"]?.stringValue == name }
  }

  @Test(arguments: [false, true])
  func roomShowsEveryParticipantsGroupsServersAndHosts(sharedHosts: Bool) async throws {
    try await SandboxHarness.withClient(sharedHosts: sharedHosts) { client in
      let one = try await client.token("participant-1")
      let admin = try await client.token("instructor")
      let (groupID, serverIDs) = try await Self.bootCluster(client, token: one)
      let room = try await client.send(.get, "/sgtutor/v1/room", token: admin)
      #expect(room.status == 200)
      let names = room.json?["participants"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
      #expect(names == ["participant-1", "participant-2"])
      let first = try #require(Self.participant(room.json, "participant-1"))
      #expect(first["project_id"]?.stringValue == client.directory.projects[1].id)
      #expect(first["lesson"] == .null)
      #expect(first["last_request"]?.stringValue == WireDate.nova(SandboxHarness.fixedNow))
      let group = try #require(first["groups"]?.arrayValue?.first)
      #expect(group["id"]?.stringValue == groupID)
      #expect(group["name"]?.stringValue == "DB Cluster")
      #expect(group["policy"]?.stringValue == "anti-affinity")
      #expect(group["rules"]?["max_server_per_host"] == .int(1))
      #expect(Set(group["members"]?.arrayValue?.compactMap(\.stringValue) ?? []) == Set(serverIDs))
      let servers = try #require(first["servers"]?.arrayValue)
      #expect(servers.count == 2)
      #expect(servers.allSatisfy { $0["status"]?.stringValue == "ACTIVE" })
      let hostsUsed = servers.compactMap { $0["host"]?.stringValue }
      #expect(Set(hostsUsed).count == 2)
      let hosts = try #require(first["hosts"]?.arrayValue)
      #expect(hosts.count >= 2)
      #expect(hosts.allSatisfy { $0["up"] == .bool(true) && $0["enabled"] == .bool(true) })
      let placed = hosts.flatMap { $0["servers"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
      #expect(Set(placed) == Set(serverIDs))
      // The other participant sees nothing of it, even on the shared region.
      let second = try #require(Self.participant(room.json, "participant-2"))
      #expect(second["groups"] == .array([]))
      #expect(second["servers"] == .array([]))
      #expect(second["hosts"]?.arrayValue?.allSatisfy { $0["servers"] == .array([]) } == true)
      #expect(second["last_request"] == .null)
      #expect(room.json?["shared_hosts"] == .bool(sharedHosts))
    }
  }

  @Test func onlyAnAdminSeesOrActsOnTheRoom() async throws {
    try await SandboxHarness.withClient { client in
      let routes: [(HTTPRequest.Method, String, String?)] = [
        (.get, "/sgtutor/v1/room", nil), (.post, "/sgtutor/v1/room/ticket", nil),
        (.post, "/sgtutor/v1/room/hosts/compute-1/fail", nil),
        (.put, "/sgtutor/v1/room/message", #"{"message": "hi"}"#),
        (.post, "/sgtutor/v1/room/participants/participant-2/reset", nil),
      ]
      for user in ["participant-1", "participant-1-reader"] {
        let token = try await client.token(user)
        for (method, uri, body) in routes {
          let answer = try await client.send(method, uri, token: token, body: body)
          #expect(answer.status == 403, "\(user) \(method) \(uri)")
          #expect(
            answer.json?["forbidden"]?["message"]?.stringValue == "Policy doesn't allow sgtutor:room to be performed.")
        }
      }
      for (method, uri, body) in routes {
        let answer = try await client.send(method, uri, body: body)
        #expect(answer.status == 401, "\(method) \(uri)")
        let bad = try await client.send(method, uri, token: "gAAAAAnot-a-token", body: body)
        #expect(bad.status == 401)
      }
      let events = try await client.send(.get, "/sgtutor/v1/room/events?ticket=made-up")
      #expect(events.status == 401)
      let noTicket = try await client.send(.get, "/sgtutor/v1/room/events")
      #expect(noTicket.status == 401)
      // Nothing happened: no host failed, no message.
      let admin = try await client.token("instructor")
      let room = try await client.send(.get, "/sgtutor/v1/room", token: admin)
      #expect(room.json?["message"] == .null)
      #expect(room.json?["hosts"]?.arrayValue?.allSatisfy { $0["up"] == .bool(true) } == true)
    }
  }

  @Test(arguments: [false, true])
  func progressIsKeptPerUserAndShownInTheRoom(sharedHosts: Bool) async throws {
    try await SandboxHarness.withClient(sharedHosts: sharedHosts) { client in
      let one = try await client.token("participant-1")
      let admin = try await client.token("instructor")
      let body =
        #"{"progress": {"lesson": "2", "lesson_title": "Anti-affinity", "step": 3, "hints_asked": 1, "solutions_shown": 0, "checks_passed": 4, "step_started": "2026-01-01T08:50:00Z"}}"#
      let put = try await client.send(.put, "/sgtutor/v1/progress", token: one, body: body)
      #expect(put.status == 200)
      #expect(put.json?["progress"]?["step"] == .int(3))
      #expect(put.json?["message"] == .null)
      let room = try await client.send(.get, "/sgtutor/v1/room", token: admin)
      let first = try #require(Self.participant(room.json, "participant-1"))
      #expect(first["lesson"]?.stringValue == "2")
      #expect(first["lesson_title"]?.stringValue == "Anti-affinity")
      #expect(first["step"] == .int(3))
      #expect(first["hints_asked"] == .int(1))
      #expect(first["checks_passed"] == .int(4))
      #expect(first["seconds_on_step"] == .int(600))
      #expect(first["stuck"] == .bool(true))
      #expect(Self.participant(room.json, "participant-2")?["step"] == .null)
      // The same step again keeps its start when the client does not send one.
      let again = try await client.send(
        .put, "/sgtutor/v1/progress", token: one, body: #"{"progress": {"lesson": "2", "step": 3, "hints_asked": 2}}"#)
      #expect(again.json?["progress"]?["step_started"]?.stringValue == "2026-01-01T08:50:00Z")
      let next = try await client.send(
        .put, "/sgtutor/v1/progress", token: one, body: #"{"progress": {"lesson": "2", "step": 4}}"#)
      #expect(next.json?["progress"]?["step_started"]?.stringValue == WireDate.nova(SandboxHarness.fixedNow))
      for bad in [
        #"{"progress": {"step": 1}}"#, #"{"progress": {"lesson": "1", "step": -1}}"#, "[]", "nope",
        #"{"progress": {"lesson": "1", "step": 1, "hints_asked": "x"}}"#,
      ] {
        let answer = try await client.send(.put, "/sgtutor/v1/progress", token: one, body: bad)
        #expect(answer.status == 400, "\(bad)")
        #expect(answer.json?["badRequest"] != nil)
      }
      let none = try await client.send(.put, "/sgtutor/v1/progress", body: body)
      #expect(none.status == 401)
    }
  }

  @Test func actionsReachEveryRegionAndAreShown() async throws {
    try await SandboxHarness.withClient { client in
      let one = try await client.token("participant-1")
      let two = try await client.token("participant-2")
      let admin = try await client.token("instructor")
      _ = try await Self.bootCluster(client, token: one)
      _ = try await Self.bootCluster(client, token: two)
      var room = try await client.send(.get, "/sgtutor/v1/room", token: admin)
      let host = try #require(
        Self.participant(room.json, "participant-1")?["servers"]?.arrayValue?.first?["host"]?.stringValue)
      let fail = try await client.send(.post, "/sgtutor/v1/room/hosts/\(host)/fail", token: admin)
      #expect(fail.status == 200)
      #expect(fail.json?["up"] == .bool(false))
      #expect(fail.json?["regions"] == .int(3))
      room = try await client.send(.get, "/sgtutor/v1/room", token: admin)
      for name in ["participant-1", "participant-2"] {
        let hosts = Self.participant(room.json, name)?["hosts"]?.arrayValue ?? []
        #expect(hosts.first { $0["name"]?.stringValue == host }?["up"] == .bool(false), "\(name)")
      }
      #expect(Self.participant(room.json, "participant-1")?["on_down_host"] == .bool(true))
      #expect(
        room.json?["actions"]?.arrayValue?.first?["text"]?.stringValue == "instructor failed \(host) in all 3 regions")
      let unknown = try await client.send(.post, "/sgtutor/v1/room/hosts/nowhere/fail", token: admin)
      #expect(unknown.status == 404)
      let badAction = try await client.send(.post, "/sgtutor/v1/room/hosts/\(host)/explode", token: admin)
      #expect(badAction.status == 404)
      _ = try await client.send(.post, "/sgtutor/v1/room/hosts/\(host)/recover", token: admin)

      let message = try await client.send(
        .put, "/sgtutor/v1/room/message", token: admin, body: #"{"message": "Break in 5 minutes"}"#)
      #expect(message.json?["message"]?["text"]?.stringValue == "Break in 5 minutes")
      let seen = try await client.send(.get, "/sgtutor/v1/message", token: one)
      #expect(seen.json?["message"]?["text"]?.stringValue == "Break in 5 minutes")
      let withProgress = try await client.send(
        .put, "/sgtutor/v1/progress", token: two, body: #"{"progress": {"lesson": "1", "step": 1}}"#)
      #expect(withProgress.json?["message"]?["id"] == .int(1))

      let reset = try await client.send(.post, "/sgtutor/v1/room/participants/participant-1/reset", token: admin)
      #expect(reset.status == 200)
      #expect(reset.json?["servers_deleted"] == .int(2))
      #expect(reset.json?["groups_deleted"] == .int(1))
      room = try await client.send(.get, "/sgtutor/v1/room", token: admin)
      #expect(Self.participant(room.json, "participant-1")?["servers"] == .array([]))
      #expect(Self.participant(room.json, "participant-1")?["groups"] == .array([]))
      #expect(Self.participant(room.json, "participant-2")?["servers"]?.arrayValue?.count == 2)
      let own = try await client.send(.get, "/v2.1/servers", token: one)
      #expect(own.json?["servers"] == .array([]))
      let missing = try await client.send(.post, "/sgtutor/v1/room/participants/nobody/reset", token: admin)
      #expect(missing.status == 404)
    }
  }

  @Test func thePageAndItsFilesAreServed() async throws {
    try await SandboxHarness.withClient { client in
      let page = try await client.send(.get, "/sgtutor/room")
      #expect(page.status == 200)
      #expect(page.headers[.contentType] == "text/html; charset=UTF-8")
      #expect(page.body.contains("<script src=\"/sgtutor/room.js\"></script>"))
      #expect(!page.body.contains("http://") && !page.body.contains("https://"))
      let script = try await client.send(.get, "/sgtutor/room.js")
      #expect(script.headers[.contentType] == "text/javascript; charset=UTF-8")
      #expect(script.body.contains("EventSource"))
      #expect(!script.body.contains("https://"))
      let style = try await client.send(.get, "/sgtutor/room.css")
      #expect(style.headers[.contentType] == "text/css; charset=UTF-8")
      let marker = try await client.send(.get, "/sgtutor/v1")
      #expect(marker.json?["sgtutor"]?["version"]?.stringValue == "1")
    }
  }
}
