import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// Many boots at once into one anti-affinity group: never two members on a host, and every accepted
/// boot is in the state file afterwards.
@Suite struct ConcurrencyTests {
  @Test func concurrentBootsKeepThePolicyAndEveryWrite() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-race-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("state.json").path
    let accepted = try await SandboxHarness.withClient(statePath: path) { client in
      let token = try await client.token("participant-1")
      let groupID = try await client.createGroup("race", policy: "anti-affinity", token: token)
      let ids = try await withThrowingTaskGroup(of: String?.self) { tasks in
        for index in 1...8 {
          tasks.addTask {
            let answer = try await client.send(
              .post, "/v2.1/servers", token: token, version: "2.75",
              body: """
                {"server": {"name": "m\(index)", "flavorRef": "1", "networks": "none"}, \
                "os:scheduler_hints": {"group": "\(groupID)"}}
                """)
            return answer.json?["server"]?["id"]?.stringValue
          }
        }
        var ids: [String] = []
        for try await id in tasks { if let id { ids.append(id) } }
        return ids
      }
      return ids
    }
    #expect(accepted.count == 8)
    try await SandboxHarness.withClient(statePath: path) { client in
      let admin = try await client.token("instructor")
      let detail = try await client.send(.get, "/v2.1/servers/detail?all_tenants=1", token: admin, version: "2.75")
      let servers = detail.json?["servers"]?.arrayValue ?? []
      #expect(Set(servers.compactMap { $0["id"]?.stringValue }) == Set(accepted))
      let hosts = servers.filter { $0["status"]?.stringValue == "ACTIVE" }.compactMap {
        $0["OS-EXT-SRV-ATTR:host"]?.stringValue
      }
      #expect(hosts.count == 4, "four hosts, so four members placed")
      #expect(Set(hosts).count == hosts.count, "two members share a host: \(hosts)")
    }
  }
}
