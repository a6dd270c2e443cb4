import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// The requests python-openstackclient 10.5 makes behind `flavor list --long`, `flavor show`, `hypervisor show`
/// and `server show`, answered as a real Nova 34 answered them (recorded against `shared/tools/real-nova`).
@Suite struct ClientLookupTests {
  /// `flavor list --long` and `flavor show` fetch `os-extra_specs` for every flavor whose `extra_specs` is empty.
  @Test func flavorExtraSpecsAndAccess() async throws {
    try await SandboxHarness.withClient { client in
      let member = try await client.token("participant-1")
      let admin = try await client.token("instructor")
      let specs = try await client.send(.get, "/v2.1/flavors/1/os-extra_specs", token: member, version: "2.61")
      #expect(specs.status == 200)
      #expect(specs.json == .object([("extra_specs", .object([]))]))
      let exchanges = [
        specs,
        try await client.send(.get, "/v2.1/flavors/99/os-extra_specs", token: member, version: "2.61"),
        try await client.send(.get, "/v2.1/flavors/1/os-extra_specs/hw:cpu_policy", token: member),
        try await client.send(.get, "/v2.1/flavors/1/os-flavor-access", token: admin, version: "2.75"),
        try await client.send(.get, "/v2.1/flavors/1/os-flavor-access", token: member, version: "2.75"),
        try await client.send(.get, "/v2.1/flavors/1", token: member, version: "2.61"),
      ]
      try Golden.check(exchanges, named: "flavor-extra-specs")
    }
  }

  /// `hypervisor show NAME`: the name is tried as an ID (400 from 2.53, 404 before), the brief list gives
  /// the ID, then show, aggregates and (before 2.88) uptime; members are refused each step.
  @Test func hypervisorShowAsAdminAndMember() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let byName = try await client.send(.get, "/v2.1/os-hypervisors/compute-1", token: admin, version: "2.75")
      #expect(byName.status == 400)
      let list = try await client.send(.get, "/v2.1/os-hypervisors", token: admin, version: "2.75")
      let id = try #require(
        list.json?["hypervisors"]?.arrayValue?.first { $0["hypervisor_hostname"] == .string("compute-1") }?["id"]?
          .stringValue)
      let show = try await client.send(.get, "/v2.1/os-hypervisors/\(id)", token: admin, version: "2.75")
      #expect(show.status == 200)
      #expect(show.json?["hypervisor"]?["cpu_info"]?["arch"] == .string("x86_64"))
      let uptime = try await client.send(.get, "/v2.1/os-hypervisors/\(id)/uptime", token: admin, version: "2.75")
      let exchanges = [
        byName, list, show, uptime,
        try await client.send(.get, "/v2.1/os-aggregates", token: admin, version: "2.75"),
        try await client.send(.get, "/v2.1/os-hypervisors/1", token: admin, version: "2.27"),
        try await client.send(.get, "/v2.1/os-hypervisors/compute-1", token: admin, version: "2.52"),
        try await client.send(
          .get, "/v2.1/os-hypervisors/00000000-0000-0000-0000-000000000000", token: admin, version: "2.75"),
        try await client.send(.get, "/v2.1/os-hypervisors/\(id)", token: member, version: "2.75"),
        try await client.send(.get, "/v2.1/os-hypervisors/\(id)/uptime", token: member, version: "2.75"),
        try await client.send(.get, "/v2.1/os-aggregates", token: member, version: "2.75"),
      ]
      try Golden.check(exchanges, named: "hypervisor-show")
    }
  }

  /// A host that is down has no uptime to give: Nova's 400 for an unreachable compute service.
  @Test func uptimeOfAHostThatIsDown() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let services = try await client.send(
        .get, "/v2.1/os-services?host=compute-2&binary=nova-compute", token: admin, version: "2.53")
      let serviceID = try #require(services.json?["services"]?.arrayValue?.first?["id"]?.stringValue)
      let down = try await client.send(
        .put, "/v2.1/os-services/\(serviceID)", token: admin, version: "2.53", body: #"{"forced_down": true}"#)
      #expect(down.status == 200)
      let uptime = try await client.send(.get, "/v2.1/os-hypervisors/2/uptime", token: admin, version: "2.52")
      #expect(uptime.status == 400)
      #expect(
        uptime.json?["badRequest"]?["message"]
          == .string("Compute service of compute-2 is unavailable at this time."))
      let show = try await client.send(.get, "/v2.1/os-hypervisors/2", token: admin, version: "2.52")
      #expect(show.json?["hypervisor"]?["state"] == .string("down"))
      #expect(show.json?["hypervisor"]?["service"]?["id"] == .int(4))
    }
  }

  /// `server_groups` in `GET /servers/{id}`: absent before 2.71, then the group's ID or `[]` for members
  /// and admins alike, and never in `/servers/detail` (so openstackclient's `server show NAME`, which finds
  /// the server through the detail list, prints `null` there, as it does against a real Nova).
  @Test(arguments: ["2.70", "2.71", "2.72", "2.73", "2.74", "2.75"])
  func serverGroupsInServerShow(version: String) async throws {
    try await SandboxHarness.withClient { client in
      let member = try await client.token("participant-1")
      let admin = try await client.token("instructor")
      let groupID = try await client.createGroup("db", policy: "anti-affinity", token: member)
      let groupedID = try #require(try await client.boot(["in"], token: member, group: groupID).first)
      let aloneID = try #require(try await client.boot(["out"], token: member).first)
      let atLeast271 = version != "2.70"
      for token in [member, admin] {
        let inGroup = try await client.send(.get, "/v2.1/servers/\(groupedID)", token: token, version: version)
        let outside = try await client.send(.get, "/v2.1/servers/\(aloneID)", token: token, version: version)
        #expect(inGroup.json?["server"]?["server_groups"] == (atLeast271 ? .array([.string(groupID)]) : nil))
        #expect(outside.json?["server"]?["server_groups"] == (atLeast271 ? .array([]) : nil))
      }
      let detail = try await client.send(.get, "/v2.1/servers/detail", token: member, version: version)
      let items = try #require(detail.json?["servers"]?.arrayValue)
      #expect(items.count == 2)
      #expect(items.allSatisfy { $0["server_groups"] == nil })
    }
  }

  /// The uptime line has the shape openstackclient's `hypervisor show` takes apart.
  @Test(arguments: [
    (0, "0 min", "09:00:00"), (59 * 60, "59 min", "09:59:00"), (3_600 + 5 * 60, "1:05", "10:05:00"),
    (86_400 + 3_600, "1 day,  1:00", "10:00:00"), (3 * 86_400 + 7 * 60, "3 days, 7 min", "09:07:00"),
  ])
  func uptimeLineParsesAsOpenstackclientExpects(seconds: Int, up: String, clock: String) throws {
    let start = SandboxHarness.fixedNow
    let line = HypervisorBody.uptimeLine(now: start.addingTimeInterval(TimeInterval(seconds)), upSince: start)
    // openstackclient's pattern, from `openstackclient/compute/v2/hypervisor.py`.
    let pattern = try Regex(#"\s*(.+)\sup\s+(.+),\s+(.+)\susers?,\s+load average:\s(.+)"#)
    let match = try #require(line.wholeMatch(of: pattern))
    #expect(match.output[1].substring.map(String.init) == clock)
    #expect(match.output[2].substring.map(String.init) == up)
    #expect(match.output[3].substring.map(String.init) == "0")
    #expect(match.output[4].substring.map(String.init) == "0.00, 0.00, 0.00")
  }
}
