import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// `--state`: what a client was told exists is there after a restart, credentials included.
@Suite struct RestartTests {
  @Test func stateSurvivesARestart() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("state.json").path
    let (groupID, serverID, password) = try await SandboxHarness.withClient(statePath: path) { client in
      let password = client.password(of: "participant-2")
      let token = try await client.token("participant-1")
      let groupID = try await client.createGroup("kept", policy: "anti-affinity", token: token)
      let serverID = try #require(try await client.boot(["s"], token: token, group: groupID).first)
      return (groupID, serverID, password)
    }
    #expect(FileManager.default.fileExists(atPath: path))
    try await SandboxHarness.withClient(statePath: path) { client in
      #expect(client.password(of: "participant-2") == password)
      let token = try await client.token("participant-1")
      let group = try await client.send(.get, "/v2.1/os-server-groups/\(groupID)", token: token, version: "2.64")
      #expect(group.json?["server_group"]?["members"] == .array([.string(serverID)]))
      let server = try await client.send(.get, "/v2.1/servers/\(serverID)", token: token, version: "2.75")
      #expect(server.json?["server"]?["status"]?.stringValue == "ACTIVE")
      let delete = try await client.send(.delete, "/v2.1/servers/\(serverID)", token: token)
      #expect(delete.status == 204)
    }
    try await SandboxHarness.withClient(statePath: path) { client in
      let token = try await client.token("participant-1")
      let server = try await client.send(.get, "/v2.1/servers/\(serverID)", token: token)
      #expect(server.status == 404)
    }
  }
}
