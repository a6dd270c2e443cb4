import Foundation
import OpenStackClient
import OpenStackWire
import ServerGroupsCore
import Testing

@Suite struct NovaClientTests {
  static let compute = TestCloud.compute
  static let group = "5bbcc3c4-1da2-4437-a48a-66f15b1b13f9"
  static let server = "f5dc173b-6804-445a-a6d8-c705dad5b5eb"

  /// Asserts the compute request went at `version` with both headers, and carried the token.
  static func at(_ version: String) -> @Sendable (TransportRequest) -> Void {
    { request in
      #expect(request.header("OpenStack-API-Version") == "compute \(version)")
      #expect(request.header("X-OpenStack-Nova-API-Version") == version)
      #expect(request.header("X-Auth-Token") == TestCloud.subjectToken)
    }
  }

  static func body(_ request: TransportRequest) -> JSONValue? {
    request.body.flatMap { JSONValue.parse($0) }
  }

  @Test func describeReadsTheCallerAndTheMicroversionRange() async throws {
    let transport = ScriptedTransport([TestCloud.login(), TestCloud.discovery()])
    let description = try await TestCloud.client(transport).describe()
    #expect(description.isSimulator == false)
    #expect(description.minMicroversion == .v2_1)
    #expect(description.maxMicroversion == Microversion(2, 100))
    #expect(description.caller.projectID == "6f70656e737461636b20342065766572")
    #expect(description.name == TestCloud.authURL)
    // The version document needs no token.
    #expect(transport.requests[1].header("X-Auth-Token") == nil)
  }

  @Test func discoveryFallsBackToTheRootVersionList() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(),
      .ok("GET", "https://cloud.example:8774/v2.1/", status: 404, body: "Not Found"),
      .ok("GET", "https://cloud.example:8774/", fixture: "compute-versions-root-2.10"),
    ])
    #expect(try await TestCloud.client(transport).describe().maxMicroversion == Microversion(2, 10))
  }

  @Test func aGroupIsCreatedAt264WithPolicyAndRules() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok("POST", Self.compute + "/os-server-groups", fixture: "server-group-2.64") { request in
        Self.at("2.64")(request)
        #expect(request.header("Content-Type") == "application/json")
        #expect(
          Self.body(request)
            == JSONValue.parse(
              #"{"server_group": {"name": "web", "policy": "anti-affinity", "rules": {"max_server_per_host": 2}}}"#
            ))
      },
    ])
    let group = try await TestCloud.client(transport).createServerGroup(
      ServerGroupCreateRequest(
        name: "web", policy: .antiAffinity, rules: Rules(maxServerPerHost: 2)))
    #expect(group.id == ServerGroupID(Self.group))
    #expect(group.policy == .antiAffinity)
    #expect(group.rules.maxServerPerHost == 2)
  }

  @Test func belowTheRequestedVersionTheHighestIsUsedWithPolicies() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery("compute-version-2.60"),
      .ok("POST", Self.compute + "/os-server-groups", fixture: "server-group-2.13") { request in
        Self.at("2.60")(request)
        #expect(
          Self.body(request)
            == JSONValue.parse(
              #"{"server_group": {"name": "web", "policies": ["soft-anti-affinity"]}}"#))
      },
    ])
    let group = try await TestCloud.client(transport).createServerGroup(
      ServerGroupCreateRequest(name: "web", policy: .softAntiAffinity))
    #expect(group.policy == .softAntiAffinity)
    #expect(group.members == [ServerID(Self.server)])
  }

  @Test func softPoliciesOnACloudBefore215AreRefusedWithoutARequest() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(),
      .ok("GET", "https://cloud.example:8774/v2.1/", status: 404, body: ""),
      .ok("GET", "https://cloud.example:8774/", fixture: "compute-versions-root-2.10"),
    ])
    await #expect(
      throws: CloudError.unsupported(
        "this cloud's compute API goes up to microversion 2.10; the soft-affinity policy needs 2.15 or later, so it cannot be used here"
      )
    ) {
      try await TestCloud.client(transport).createServerGroup(
        ServerGroupCreateRequest(name: "web", policy: .softAffinity))
    }
    #expect(transport.remaining == 0)
  }

  @Test func rulesOnACloudBefore264AreRefusedWithoutARequest() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery("compute-version-2.60"),
    ])
    await #expect(
      throws: CloudError.unsupported(
        "this cloud's compute API goes up to microversion 2.60; a rule such as max_server_per_host needs 2.64 or later, so it cannot be used here"
      )
    ) {
      try await TestCloud.client(transport).createServerGroup(
        ServerGroupCreateRequest(
          name: "web", policy: .antiAffinity, rules: Rules(maxServerPerHost: 2)))
    }
  }

  @Test func aPinnedVersionIsUsedAndCheckedAgainstTheRange() async throws {
    let pinned = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok(
        "GET", Self.compute + "/os-server-groups/" + Self.group, fixture: "server-group-2.1",
        check: Self.at("2.1")),
    ])
    let client = TestCloud.client(pinned, config: TestCloud.config(pinned: "2.1"))
    #expect(try await client.showServerGroup(ServerGroupID(Self.group)).policy == .antiAffinity)
    #expect(try await client.describe().maxMicroversion == .v2_1)

    let tooHigh = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery("compute-version-2.60"),
    ])
    await #expect(
      throws: CloudError.unsupported(
        "--os-compute-api-version 2.64 is outside what this cloud offers (2.1 to 2.60): pick a version in that range, or leave it unset"
      )
    ) { try await TestCloud.client(tooHigh, config: TestCloud.config(pinned: "2.64")).describe() }
  }

  @Test func listPassesAllProjectsLimitAndOffset() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok(
        "GET", Self.compute + "/os-server-groups?all_projects=True&limit=2&offset=1",
        fixture: "server-groups-2.64",
        check: Self.at("2.64")),
    ])
    let groups = try await TestCloud.client(transport).listServerGroups(
      ServerGroupListQuery(allProjects: true, limit: 2, offset: 1))
    #expect(groups.map(\.name) == ["web", "db"])
    #expect(groups.map(\.policy) == [.antiAffinity, .softAffinity])
  }

  @Test func deleteIsOneRequestAndAnIDIsOnePathSegment() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok(
        "DELETE", Self.compute + "/os-server-groups/" + Self.group, status: 204,
        check: Self.at("2.64")),
      .ok(
        "GET", Self.compute + "/os-server-groups/DB%20Cluster%2F..%2Fservers", status: 404,
        body:
          #"{"itemNotFound": {"code": 404, "message": "Instance group DB Cluster/../servers could not be found."}}"#
      ),
    ])
    let client = TestCloud.client(transport)
    try await client.deleteServerGroup(ServerGroupID(Self.group))
    await #expect(throws: CloudError.serverGroupNotFound("DB Cluster/../servers")) {
      try await client.showServerGroup("DB Cluster/../servers")
    }
  }

  @Test func aServerIsBootedIntoItsGroupWithTheSchedulerHint() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok("GET", "https://cloud.example:9696/v2.0/networks", fixture: "networks-one-project") {
        request in
        #expect(request.header("OpenStack-API-Version") == nil)
      },
      .ok("POST", Self.compute + "/servers", status: 202, fixture: "server-created") { request in
        Self.at("2.64")(request)
        #expect(
          Self.body(request)
            == JSONValue.parse(
              """
              {"server": {"name": "web-1", "flavorRef": "1", "imageRef": "70a599e0-31e7-49b7-b260-868f441e862b",
               "networks": [{"uuid": "3c6a2f43-7a3e-4f4f-9b1e-0d5a8f6c2b11"}], "metadata": {"created-by": "sgtutor"}},
               "os:scheduler_hints": {"group": "\(Self.group)"}}
              """))
      },
      .ok(
        "GET", Self.compute + "/servers/" + Self.server, fixture: "server-2.71-active",
        check: Self.at("2.71")),
      .ok("GET", Self.compute + "/flavors/detail", fixture: "flavors-detail"),
    ])
    let creation = try await TestCloud.client(transport).createServers(
      ServerCreateRequest(
        name: "web-1", flavorID: "1", imageID: "70a599e0-31e7-49b7-b260-868f441e862b",
        group: ServerGroupID(Self.group),
        metadata: ["created-by": "sgtutor"]))
    let server = try #require(creation.servers.first)
    #expect(server.status == .active)
    #expect(server.flavorID == "1")  // from `original_name` m1.tiny
    #expect(server.host == nil)
    #expect(server.hostID == "2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6")
    #expect(server.metadata == ["created-by": "sgtutor"])
    #expect(server.serverGroups == [ServerGroupID(Self.group)])
  }

  @Test func withNoNetworkTheServerBootsWithNetworksNoneAndTheUserIsTold() async throws {
    let notes = NoteLog()
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok("GET", "https://cloud.example:9696/v2.0/networks", body: #"{"networks": []}"#),
      .ok("POST", Self.compute + "/servers", status: 202, fixture: "server-created") { request in
        #expect(Self.body(request)?["server"]?["networks"] == .string("none"))
      },
      .ok("GET", Self.compute + "/servers/" + Self.server, fixture: "server-2.71-active"),
      .ok("GET", Self.compute + "/flavors/detail", fixture: "flavors-detail"),
    ])
    _ = try await TestCloud.client(transport, notes: notes).createServers(
      ServerCreateRequest(
        name: "web-1", flavorID: "1", imageID: "70a599e0-31e7-49b7-b260-868f441e862b"))
    #expect(
      notes.all == [
        "note: this project has no network, so the server boots with no network (networks: none)"
      ])
  }

  @Test func severalNetworksAndNoneOfTheProjectsOwnAskTheUserToChoose() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok(
        "GET", "https://cloud.example:9696/v2.0/networks",
        body:
          #"{"networks": [{"id": "a", "name": "blue", "shared": true}, {"id": "b", "name": "green", "shared": true}]}"#
      ),
    ])
    await #expect(
      throws: CloudError.unsupported(
        "several networks are available (blue, green): choose one with --network NAME (or --nic none for none)"
      )
    ) {
      try await TestCloud.client(transport).createServers(
        ServerCreateRequest(name: "x", flavorID: "1", imageID: "i"))
    }
  }

  @Test func severalServersAreFoundByTheirReservation() async throws {
    let detail = Fixture.json("server-2.64-active")["server"] ?? .null
    let error = Fixture.json("server-2.64-error")["server"] ?? .null
    let list = JSONValue.object([("servers", .array([error, detail]))]).serialized()
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok(
        "POST", Self.compute + "/servers", status: 202, body: #"{"reservation_id": "r-3fhpjulh"}"#
      ) { request in
        let server = Self.body(request)?["server"]
        #expect(server?["min_count"] == .int(2))
        #expect(server?["max_count"] == .int(2))
        #expect(server?["return_reservation_id"] == .bool(true))
        #expect(server?["networks"] == .string("none"))
      },
      .ok("GET", Self.compute + "/servers/detail?reservation_id=r-3fhpjulh", body: list),
      .ok("GET", Self.compute + "/flavors/detail", fixture: "flavors-detail"),
    ])
    let creation = try await TestCloud.client(transport).createServers(
      ServerCreateRequest(name: "web", flavorID: "1", imageID: "i", networks: .none, minCount: 2))
    #expect(creation.reservationID == "r-3fhpjulh")
    #expect(creation.servers.map(\.name) == ["web-1", "web-5"])
    #expect(creation.servers[1].fault?.message == Fault.noValidHostNotEnoughHosts)
  }

  @Test func anAdminSeesTheHostAndOldVersionsGiveTheFlavorID() throws {
    let server = try Server.decodeShow(Fixture.json("server-2.1-admin"))
    #expect(server.host == "compute-2")
    #expect(server.flavorID == "1")
  }

  @Test func imagesFollowGlancesNextLinkAndNetworksComeFromNeutron() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(),
      .ok("GET", "https://cloud.example:9292/v2/images", fixture: "images-page1"),
      .ok(
        "GET", "https://cloud.example:9292/v2/images?marker=70a599e0-31e7-49b7-b260-868f441e862b",
        fixture: "images-page2"),
      .ok("GET", "https://cloud.example:9696/v2.0/networks", fixture: "networks-one-project"),
    ])
    let client = TestCloud.client(transport)
    #expect(try await client.listImages().map(\.name) == ["cirros", "ubuntu-24.04"])
    #expect(try await client.listNetworks().map(\.name) == ["private", "public"])
  }

  @Test func limitsAndFlavorsAreRead() async throws {
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok("GET", Self.compute + "/limits", fixture: "limits-2.64", check: Self.at("2.64")),
      .ok(
        "GET", Self.compute + "/flavors/detail", fixture: "flavors-detail", check: Self.at("2.64")),
    ])
    let client = TestCloud.client(transport)
    let limits = try await client.limits()
    #expect(limits.maxInstances == 10)
    #expect(limits.instancesUsed == 3)
    #expect(try await client.listFlavors().map(\.name) == ["m1.tiny", "m1.small"])
  }

  @Test func a401RenewsTheTokenOnceAndRetries() async throws {
    let unauthorized =
      #"{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}"#
    let transport = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok("GET", Self.compute + "/os-server-groups", status: 401, body: unauthorized),
      TestCloud.login(),
      .ok("GET", Self.compute + "/os-server-groups", fixture: "server-groups-2.64"),
    ])
    #expect(
      try await TestCloud.client(transport).listServerGroups(ServerGroupListQuery()).count == 2)

    let twice = ScriptedTransport([
      TestCloud.login(), TestCloud.discovery(),
      .ok("GET", Self.compute + "/os-server-groups", status: 401, body: unauthorized),
      TestCloud.login(),
      .ok("GET", Self.compute + "/os-server-groups", status: 401, body: unauthorized),
    ])
    await #expect(
      throws: CloudError.unauthorized(
        "the compute service (Nova) refused sgtutor's token even after a fresh login (401 at \(Self.compute)/os-server-groups): the service may trust another Keystone; ask the cloud's operators"
      )
    ) { try await TestCloud.client(twice).listServerGroups(ServerGroupListQuery()) }
  }
}
