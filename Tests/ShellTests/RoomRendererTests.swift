import Foundation
import ServerGroupsCore
import Shell
import Testing

/// `sgtutor room`'s drawing of `GET /sgtutor/v1/room`.
@Suite struct RoomRendererTests {
  static let now = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

  static let room: JSONValue =
    JSONValue.parse(
      Array(
        """
        {"participants": [
          {"name": "participant-1", "project_id": "p1", "lesson": null, "step": null, "last_request": null,
           "groups": [], "servers": [], "hosts": [{"name": "compute-1", "up": true, "enabled": true, "full": false,
             "vcpus": 4, "vcpus_used": 0, "ram_mb": 7680, "ram_used_mb": 0, "servers": []}]},
          {"name": "participant-2", "project_id": "p2", "lesson": "2", "lesson_title": "DB Cluster", "step": 3,
           "step_started": "2026-01-01T08:45:00Z", "last_request": "2026-01-01T08:59:30Z",
           "groups": [{"id": "g1", "name": "DB Cluster", "policy": "anti-affinity", "rules": {"max_server_per_host": 1},
             "members": ["s1", "s2", "s3"]}],
           "servers": [{"id": "s1", "name": "db-1", "status": "ACTIVE", "host": "compute-1"},
             {"id": "s2", "name": "db-2", "status": "ACTIVE", "host": "compute-2"},
             {"id": "s3", "name": "db-3", "status": "ERROR", "host": null}],
           "on_down_host": true,
           "hosts": [{"name": "compute-1", "up": false, "enabled": true, "full": false, "vcpus": 4, "vcpus_used": 1,
             "ram_mb": 7680, "ram_used_mb": 512, "servers": ["s1"]},
             {"name": "compute-2", "up": true, "enabled": true, "full": false, "vcpus": 4, "vcpus_used": 1,
             "ram_mb": 7680, "ram_used_mb": 512, "servers": ["s2"]}]}],
         "hosts": [{"name": "compute-1", "up": false, "enabled": true}, {"name": "compute-2", "up": true, "enabled": true}],
         "message": {"id": 1, "text": "Break in 5", "sent": "2026-01-01T08:58:00Z"},
         "stuck_after_seconds": 600}
        """.utf8)) ?? .null

  @Test func theStuckAndErroredComeFirstWithTheShellsPicture() {
    let text = RoomRenderer.render(Self.room, style: RenderStyle(columns: 80), now: Self.now)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "Room: 2 participants, 1 stuck, 1 with servers in ERROR")
    #expect(lines[1] == "Hosts: compute-1 DOWN")
    #expect(lines[2] == "Message to everyone: Break in 5")
    #expect(
      lines[4]
        == "participant-2 · lesson 2 (DB Cluster), step 3, 15:00 on it · 3 servers · STUCK · 1 ERROR · on a DOWN host")
    #expect(lines[5] == "  last request 0:30 ago")
    #expect(text.contains("| DOWN "))
    #expect(text.contains("| A db-1 "))
    #expect(text.contains("On no host: A db-3 ERROR"))
    #expect(text.contains("Groups: A = DB Cluster (anti-affinity, max 1 per host); - = no group"))
    let first = text.range(of: "participant-2")
    let second = text.range(of: "participant-1 · not using sgtutor's lessons · 0 servers")
    #expect(first != nil && second != nil && first!.lowerBound < second!.lowerBound)
    #expect(text.contains("  last request never"))
  }

  @Test func compactIsOneLineEach() {
    let text = RoomRenderer.render(Self.room, style: RenderStyle(columns: 80), now: Self.now, compact: true)
    #expect(text.split(separator: "\n").count == 5)
    #expect(!text.contains("+---"))
  }

  @Test func thePlacementUsesTheGroupLetters() {
    let participants = RoomRendererTests.room["participants"]
    guard case .array(let list)? = participants else {
      Issue.record("no participants")
      return
    }
    let placement = RoomRenderer.placement(list[1])
    #expect(placement.hosts.map(\.name) == ["compute-1", "compute-2"])
    #expect(placement.hosts[0].isUp == false)
    #expect(placement.hosts[0].servers == [Placement.Entry(name: "db-1", status: .active, group: 0)])
    #expect(placement.unplaced == [Placement.Entry(name: "db-3", status: .error, group: 0)])
    #expect(placement.groups == [Placement.GroupKey(name: "DB Cluster", policy: .antiAffinity, maxServerPerHost: 1)])
  }
}
