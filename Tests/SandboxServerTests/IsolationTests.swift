import Foundation
import OpenStackWire
import SandboxServer
import HTTPTypes
import ServerGroupsCore
import Testing

/// Another project's groups and servers are invisible on every route (404 as Nova answers, 400 for a
/// hint), `all_projects` only works for the admin, in both region layouts.
@Suite struct IsolationTests {
  @Test(arguments: [false, true])
  func participantsCannotSeeEachOther(sharedHosts: Bool) async throws {
    try await SandboxHarness.withClient(sharedHosts: sharedHosts) { client in
      let one = try await client.token("participant-1")
      let two = try await client.token("participant-2")
      let admin = try await client.token("instructor")
      let group = try await client.send(
        .post, "/v2.1/os-server-groups", token: one, version: "2.64",
        body: #"{"server_group": {"name": "mine", "policy": "affinity"}}"#)
      let groupID = try #require(group.json?["server_group"]?["id"]?.stringValue)
      let server = try await client.send(
        .post, "/v2.1/servers", token: one, version: "2.75",
        body: #"{"server": {"name": "s", "flavorRef": "1", "networks": "none"}, "os:scheduler_hints": {"group": "\#(groupID)"}}"#)
      let serverID = try #require(server.json?["server"]?["id"]?.stringValue)

      let listGroups = try await client.send(.get, "/v2.1/os-server-groups?all_projects=True", token: two)
      #expect(listGroups.json?["server_groups"] == .array([]))
      let showGroup = try await client.send(.get, "/v2.1/os-server-groups/\(groupID)", token: two)
      #expect(showGroup.status == 404)
      #expect(showGroup.json?["itemNotFound"]?["message"]?.stringValue == "Instance group \(groupID) could not be found.")
      let deleteGroup = try await client.send(.delete, "/v2.1/os-server-groups/\(groupID)", token: two)
      #expect(deleteGroup.status == 404)
      let hint = try await client.send(
        .post, "/v2.1/servers", token: two, version: "2.75",
        body: #"{"server": {"name": "x", "flavorRef": "1", "networks": "none"}, "os:scheduler_hints": {"group": "\#(groupID)"}}"#)
      #expect(hint.status == 400)
      #expect(hint.json?["badRequest"]?["message"]?.stringValue == "Instance group \(groupID) could not be found.")
      let listServers = try await client.send(.get, "/v2.1/servers/detail?all_tenants=1", token: two)
      #expect(listServers.json?["servers"] == .array([]))
      let showServer = try await client.send(.get, "/v2.1/servers/\(serverID)", token: two)
      #expect(showServer.status == 404)
      let deleteServer = try await client.send(.delete, "/v2.1/servers/\(serverID)", token: two)
      #expect(deleteServer.status == 404)
      let hypervisors = try await client.send(.get, "/v2.1/os-hypervisors/detail", token: two)
      #expect(hypervisors.status == 403)
      let services = try await client.send(.get, "/v2.1/os-services", token: two)
      #expect(services.status == 403)
      let limits = try await client.send(.get, "/v2.1/limits", token: two)
      #expect(limits.json?["limits"]?["absolute"]?["totalServerGroupsUsed"] == .int(0))

      let adminGroups = try await client.send(.get, "/v2.1/os-server-groups?all_projects=1", token: admin)
      #expect(adminGroups.json?["server_groups"]?.arrayValue?.count == 1)
      let adminOwn = try await client.send(.get, "/v2.1/os-server-groups", token: admin)
      #expect(adminOwn.json?["server_groups"] == .array([]))
      let adminServers = try await client.send(.get, "/v2.1/servers/detail?all_tenants=1", token: admin)
      #expect(adminServers.json?["servers"]?.arrayValue?.count == 1)
      let adminShow = try await client.send(.get, "/v2.1/os-server-groups/\(groupID)", token: admin)
      #expect(adminShow.status == 200)

      let reader = try await client.token("participant-1-reader")
      let readerList = try await client.send(.get, "/v2.1/os-server-groups", token: reader)
      #expect(readerList.json?["server_groups"]?.arrayValue?.count == 1)
      let readerDelete = try await client.send(.delete, "/v2.1/os-server-groups/\(groupID)", token: reader)
      #expect(readerDelete.status == 403)
      let stillThere = try await client.send(.get, "/v2.1/os-server-groups/\(groupID)", token: one)
      #expect(stillThere.status == 200)
    }
  }
}
