import Foundation
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Testing

/// The client on answers recorded from a real Keystone 30 and Nova 34 (`Fixtures/nova34/`).
@Suite struct RecordedNovaTests {
  static let keystone = "http://127.0.0.1:5000/v3"
  static let compute = "http://127.0.0.1:8774/v2.1"
  static let group = "a74da696-443a-4f7b-beef-ac4944c44bd1"
  static let issued = Date(timeIntervalSince1970: 1_795_596_284)  // the token's issued_at

  static func client(_ steps: [Step], pinned: String? = nil) -> (NovaClient, ScriptedTransport) {
    let transport = ScriptedTransport(
      [
        .ok(
          "POST", keystone + "/auth/tokens", status: 201, fixture: "nova34/keystone-token",
          headers: [("X-Subject-Token", TestCloud.subjectToken)]),
        .ok("GET", compute + "/", fixture: "nova34/compute-version"),
      ] + steps)
    let config = CloudConfig(
      name: "oracle-demo", authURL: keystone,
      auth: .password(
        user: .init(name: "demo", domainName: "Default"), password: Secret("oracle-demo"),
        project: .init(name: "demo", domainName: "Default"), domain: nil),
      regionName: "RegionOne", computeAPIVersion: pinned)
    return (NovaClient(config: config, transport: transport.transport, now: { issued }), transport)
  }

  @Test func theRecordedCloudIsDescribed() async throws {
    let (client, _) = Self.client([])
    let description = try await client.describe()
    #expect(description.maxMicroversion == Microversion(2, 104))
    #expect(description.caller.roles == [.member, .reader])
    #expect(description.caller.isAdmin == false)
  }

  @Test(arguments: [
    ("2.1", "server-group-2.1"), ("2.13", "server-group-2.13"), ("2.64", "server-group-2.64"),
  ])
  func aGroupReadsTheSameAtEveryMicroversion(_ version: String, _ fixture: String) async throws {
    let (client, _) = Self.client(
      [
        .ok(
          "GET", Self.compute + "/os-server-groups/" + Self.group, fixture: "nova34/" + fixture,
          check: NovaClientTests.at(version))
      ],
      pinned: version)
    let group = try await client.showServerGroup(ServerGroupID(Self.group))
    #expect(group.name == "db")
    #expect(group.policy == .antiAffinity)
    #expect(group.members.count == 5)
    #expect(group.projectID == (version == "2.1" ? "" : "7744c026d89d4537a36f1c436579be44"))
  }

  @Test func theFifthMemberIsErrorWithNovasFaultAndNoHost() async throws {
    let server = try Server.decodeShow(Fixture.json("nova34/server-2.71-error"))
    #expect(server.status == .error)
    #expect(
      server.fault
        == Fault(
          code: 500, message: Fault.noValidHostNotEnoughHosts,
          created: server.fault?.created ?? Date()))
    #expect(server.hostID.isEmpty)
    #expect(server.host == nil)
    #expect(server.serverGroups == [ServerGroupID(Self.group)])
    #expect(server.metadata == ["created-by": "sgtutor"])
  }

  @Test func anActiveMemberHasAHostIDButNoHostNameForAMember() throws {
    let server = try Server.decodeShow(Fixture.json("nova34/server-2.71-active"))
    #expect(server.status == .active)
    #expect(!server.hostID.isEmpty)
    #expect(server.host == nil)
    #expect(server.flavorID == "m1.tiny")  // before the client maps `original_name` back to the ID
  }

  @Test func novasFaultBodiesBecomeTheSimulatorsErrors() async throws {
    let missing = "0b5d9a3e-6c1f-4e7a-9d2b-3c4e5f607182"
    let (client, _) = Self.client([
      .ok(
        "GET", Self.compute + "/os-server-groups/" + missing, status: 404,
        fixture: "nova34/fault-404"),
      .ok(
        "POST", Self.compute + "/os-server-groups", status: 400, fixture: "nova34/fault-400-rules"),
    ])
    await #expect(throws: CloudError.serverGroupNotFound(missing)) {
      try await client.showServerGroup(ServerGroupID(missing))
    }
    await #expect(throws: CloudError.rulesNeedAntiAffinity) {
      try await client.createServerGroup(
        ServerGroupCreateRequest(name: "web", policy: .affinity, rules: Rules(maxServerPerHost: 2)))
    }
  }

  @Test func keystonemiddlewares401LeadsToOneFreshLogin() async throws {
    let (client, transport) = Self.client([
      .ok("GET", Self.compute + "/os-server-groups", status: 401, fixture: "nova34/fault-401"),
      .ok(
        "POST", Self.keystone + "/auth/tokens", status: 201, fixture: "nova34/keystone-token",
        headers: [("X-Subject-Token", "gAAAAA-second")]),
      .ok("GET", Self.compute + "/os-server-groups", body: #"{"server_groups": []}"#) { request in
        #expect(request.header("X-Auth-Token") == "gAAAAA-second")
      },
    ])
    #expect(try await client.listServerGroups(ServerGroupListQuery()).isEmpty)
    #expect(transport.remaining == 0)
  }
}
