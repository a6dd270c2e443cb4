import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// With a region per participant, the instructor's hypervisor figures add up every participant's copy, so they
/// agree with `server list --all-projects`: a host running servers never says `running_vms 0`.
@Suite struct RoomHypervisorTests {
  @Test(arguments: [false, true]) func hypervisorsCountEveryParticipantsServers(sharedHosts: Bool) async throws {
    try await SandboxHarness.withClient(sharedHosts: sharedHosts) { client in
      for user in ["participant-1", "participant-2"] {
        let token = try await client.token(user)
        let boot = try await client.send(
          .post, "/v2.1/servers", token: token, version: "2.75",
          body: #"{"server": {"name": "s", "flavorRef": "1", "networks": "none", "min_count": 2, "max_count": 2}}"#)
        #expect(boot.status == 202)
      }
      let admin = try await client.token("instructor")
      let servers = try await client.send(.get, "/v2.1/servers/detail?all_tenants=1", token: admin, version: "2.75")
      var perHost: [String: Int] = [:]
      for server in servers.json?["servers"]?.arrayValue ?? [] {
        if let host = server["OS-EXT-SRV-ATTR:host"]?.stringValue { perHost[host, default: 0] += 1 }
      }
      #expect(perHost.values.reduce(0, +) == 4)
      let hypervisors = try await client.send(.get, "/v2.1/os-hypervisors/detail", token: admin, version: "2.75")
      var running: [String: Int] = [:]
      for hypervisor in hypervisors.json?["hypervisors"]?.arrayValue ?? [] {
        if let name = hypervisor["hypervisor_hostname"]?.stringValue {
          running[name] = hypervisor["running_vms"]?.intValue ?? -1
        }
      }
      for (host, count) in perHost { #expect(running[host] == count, "\(host): \(running)") }
      #expect(running.values.reduce(0, +) == 4)
    }
  }
}
