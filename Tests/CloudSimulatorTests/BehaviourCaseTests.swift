import CloudSimulator
import Foundation
import ServerGroupsCore
import Testing

/// Spec §5: each behaviour case about the API or the scheduler, by its number. Cases 41–43, 46 and 47 are
/// migrate, resize, live-migrate and rebuild, which sgtutor does not offer; 48–51 are the CLI's (ShellTests);
/// 53 is a header check (the sandbox server's); 38 is Nova's late check, which this simulator never needs
/// (ConcurrencyTests prove no race can happen).
@Suite struct BehaviourCaseTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var number: Int
    var title: String
    var run: @Sendable () async throws -> Void
    var testDescription: String { "case \(number): \(title)" }
  }

  static let cases: [Case] = [
    Case(number: 1, title: "2.1 create answers the 2.1 body") {
      let cloud = SimulatedCloud()
      let group = try await cloud.createServerGroup(
        ServerGroupCreateRequest(name: "test", policy: .antiAffinity, microversion: .v2_1))
      let body = group.body(at: .v2_1)
      #expect(body.objectPairs?.map(\.0) == ["id", "name", "policies", "metadata", "members"])
      #expect(body["policies"] == .array([.string("anti-affinity")]))
    },
    Case(number: 2, title: "2.13 adds project_id and user_id") {
      let group = try await SimulatedCloud().createServerGroup(
        ServerGroupCreateRequest(name: "test", policy: .antiAffinity, microversion: .v2_13))
      #expect(group.body(at: .v2_13).objectPairs?.map(\.0).suffix(2) == ["project_id", "user_id"])
    },
    Case(number: 3, title: "soft policy refused at 2.1") {
      await expectRefusal(
        "Invalid input for field/attribute 0. Value: soft-affinity. 'soft-affinity' is not one of ['anti-affinity', 'affinity']"
      ) {
        try await SimulatedCloud().createServerGroup(
          ServerGroupCreateRequest(name: "g", policy: .softAffinity, microversion: .v2_1))
      }
    },
    Case(number: 4, title: "soft-anti-affinity accepted at 2.15") {
      let group = try await SimulatedCloud().createServerGroup(
        ServerGroupCreateRequest(name: "g", policy: .softAntiAffinity, microversion: .v2_15))
      #expect(group.body(at: .v2_15)["policies"] == .array([.string("soft-anti-affinity")]))
    },
    Case(number: 8, title: "2.64 rules come back as an integer") {
      let group = try await SimulatedCloud().group("t", .antiAffinity, maxPerHost: 3)
      #expect(group.body(at: .v2_64)["rules"] == .object([("max_server_per_host", .int(3))]))
      #expect(group.body(at: .v2_64)["policies"] == nil && group.body(at: .v2_64)["metadata"] == nil)
    },
    Case(number: 9, title: "rules with affinity refused") {
      await expectRefusal("Only anti-affinity policy supports rules.") {
        try await SimulatedCloud().group("t", .affinity, maxPerHost: 3)
      }
    },
    Case(number: 10, title: "rules with soft-anti-affinity refused") {
      await expectRefusal("Only anti-affinity policy supports rules.") {
        try await SimulatedCloud().group("t", .softAntiAffinity, maxPerHost: 2)
      }
    },
    Case(number: 11, title: "bad rule values refused") {
      await expectRefusal(
        "Invalid input for field/attribute max_server_per_host. Value: 0. 0 is less than the minimum of 1"
      ) {
        try await SimulatedCloud().group("t", .antiAffinity, maxPerHost: 0)
      }
    },
    Case(number: 12, title: "digit-string rule accepted and returned as int") {
      let group = try await SimulatedCloud().createServerGroup(
        ServerGroupCreateRequest(name: "t", policy: "anti-affinity", rules: [("max_server_per_host", .string("2"))]))
      #expect(group.rules.maxServerPerHost == 2)
    },
    Case(number: 14, title: "2.63 with policy refused") {
      await expectRefusal(
        "Invalid input for field/attribute server_group. Value: {'name': 't', 'policies': ['affinity'], 'rules': {'max_server_per_host': 2}}. Additional properties are not allowed ('rules' was unexpected)"
      ) {
        try await SimulatedCloud().createServerGroup(
          ServerGroupCreateRequest(
            name: "t", policy: "affinity", rules: [("max_server_per_host", .int(2))], microversion: Microversion(2, 63))
        )
      }
    },
    Case(number: 15, title: "punctuation in names kept") {
      let group = try await SimulatedCloud().group("good* $%name", .affinity)
      #expect(group.name == "good* $%name")
    },
    Case(number: 16, title: "bad names refused") {
      await expectRefusal(SchemaFailure.invalidNameMessage) { try await SimulatedCloud().group("  leading", .affinity) }
      await expectRefusal("Invalid input for field/attribute name. Value: . '' should be non-empty") {
        try await SimulatedCloud().group("", .affinity)
      }
    },
    Case(number: 17, title: "same name twice gives two groups") {
      let cloud = SimulatedCloud()
      let first = try await cloud.group("web", .antiAffinity)
      let second = try await cloud.group("web", .antiAffinity)
      #expect(first.id != second.id)
    },
    Case(number: 18, title: "eleventh group refused by quota") {
      let cloud = SimulatedCloud()
      for index in 1...10 { _ = try await cloud.group("g\(index)", .affinity) }
      await expectError(.forbidden("Quota exceeded, too many server groups.")) {
        try await cloud.group("g11", .affinity)
      }
      #expect(try await cloud.listServerGroups(ServerGroupListQuery()).count == 10)
    },
    Case(number: 19, title: "reader may not create") {
      let viewer = try await SimulatedCloud(region: .twoProjects()).acting(as: "viewer")
      await expectError(.forbidden("Policy doesn't allow os_compute_api:os-server-groups:create to be performed.")) {
        try await viewer.createServerGroup(ServerGroupCreateRequest(name: "g", policy: .affinity))
      }
      #expect(try await viewer.listServerGroups(ServerGroupListQuery()).isEmpty)
    },
    Case(number: 20, title: "all_projects ignored for non-admins") {
      let cloud = SimulatedCloud(region: .twoProjects())
      _ = try await cloud.acting(as: "rival").createServerGroup(
        ServerGroupCreateRequest(name: "theirs", policy: .affinity))
      _ = try await cloud.group("ours", .affinity)
      #expect(try await cloud.listServerGroups(ServerGroupListQuery(allProjects: true)).map(\.name) == ["ours"])
    },
    Case(number: 21, title: "admin all_projects shows every project") {
      let cloud = SimulatedCloud(region: .twoProjects())
      _ = try await cloud.acting(as: "rival").createServerGroup(
        ServerGroupCreateRequest(name: "theirs", policy: .affinity))
      _ = try await cloud.group("ours", .affinity)
      let admin = try await cloud.acting(as: "admin")
      let query = try ServerGroupListQuery.parse([("all_projects", "False")], at: .v2_64)
      #expect(try await admin.listServerGroups(query).map(\.name) == ["theirs", "ours"])
      #expect(try await admin.listServerGroups(ServerGroupListQuery()).map(\.name) == ["ours"])
    },
    Case(number: 24, title: "another project's group is a 404") {
      let cloud = SimulatedCloud(region: .twoProjects())
      let theirs = try await cloud.acting(as: "rival").createServerGroup(
        ServerGroupCreateRequest(name: "t", policy: .affinity))
      await expectError(.notFound("Instance group \(theirs.id) could not be found.")) {
        try await cloud.showServerGroup(theirs.id)
      }
      await expectError(.notFound("Instance group \(theirs.id) could not be found.")) {
        try await cloud.deleteServerGroup(theirs.id)
      }
      #expect(try await cloud.acting(as: "admin").showServerGroup(theirs.id).name == "t")
    },
    Case(number: 25, title: "deleting a group with members leaves them running") {
      let cloud = SimulatedCloud()
      let group = try await cloud.group("db", .antiAffinity)
      let servers = try await cloud.boot("db", into: group, min: 2)
      try await cloud.deleteServerGroup(group.id)
      for server in servers {
        let now = try await cloud.showServer(server.id)
        #expect(now.status == .active && now.serverGroups.isEmpty)
      }
    },
    Case(number: 26, title: "2.1 shows a soft group as created at 2.64, without rules") {
      let cloud = SimulatedCloud()
      let group = try await cloud.group("g", .softAntiAffinity)
      let body = try await cloud.showServerGroup(group.id).body(at: .v2_1)
      #expect(body["policies"] == .array([.string("soft-anti-affinity")]) && body["rules"] == nil)
      #expect(body["metadata"] == .object([]))
    },
    Case(number: 27, title: "a group hint that is not a UUID") {
      var request = ServerCreateRequest(name: "s", flavorID: "1", imageID: nil, networks: .none)
      request.groupHint = .string("DB Cluster")
      await expectRefusal(
        "Invalid input for field/attribute group. Value: DB Cluster. 'DB Cluster' is not valid under any of the given schemas"
      ) { try await SimulatedCloud().createServers(request) }
    },
    Case(number: 28, title: "a group hint naming no group") {
      let missing = ServerGroupID("7c1f0c4e-2a59-4f0e-9a7d-1f5b6b9f3a10")
      await expectRefusal("Instance group \(missing) could not be found.") {
        try await SimulatedCloud().createServers(
          ServerCreateRequest(name: "s", flavorID: "1", imageID: nil, networks: .none, group: missing))
      }
    },
    Case(number: 29, title: "eleventh member refused by the member quota") {
      let cloud = SimulatedCloud(region: .hosts(4, quotas: QuotaSpec(instances: 20, cores: 40)))
      let group = try await cloud.group("big", .softAffinity)
      for index in 1...10 { try await cloud.boot("m\(index)", into: group) }
      await expectError(.forbidden("Quota exceeded, too many servers in group")) {
        try await cloud.boot("m11", into: group)
      }
      #expect(try await cloud.listServers(ServerListQuery()).count == 10)
    },
    Case(number: 30, title: "anti-affinity, 2 hosts, 3 creates") {
      let cloud = SimulatedCloud(region: .hosts(2))
      let group = try await cloud.group("g", .antiAffinity)
      let first = try await cloud.boot("a", into: group)[0]
      let second = try await cloud.boot("b", into: group)[0]
      let third = try await cloud.boot("c", into: group)[0]
      #expect(first.status == .active && second.status == .active && first.host != second.host)
      #expect(third.status == .error && third.fault?.code == 500)
      #expect(third.fault?.message == "No valid host was found. There are not enough hosts available.")
      #expect(try await cloud.showServerGroup(group.id).members.contains(third.id))
    },
    Case(number: 31, title: "affinity, first host full") {
      let cloud = SimulatedCloud(region: .hosts(2))
      let group = try await cloud.group("g", .affinity)
      let servers = try await cloud.boot("a", into: group) + cloud.boot("b", into: group)
      #expect(servers[0].host == servers[1].host)
      try await cloud.perform(.fill, on: try #require(servers[0].host))
      let third = try await cloud.boot("c", into: group)[0]
      #expect(third.status == .error && third.fault?.message == Fault.noValidHostNotEnoughHosts)
    },
    Case(number: 32, title: "affinity, member's host disabled") {
      let cloud = SimulatedCloud(region: .hosts(2))
      let group = try await cloud.group("g", .affinity)
      let first = try await cloud.boot("a", into: group)[0]
      try await cloud.perform(.disable, on: try #require(first.host))
      let second = try await cloud.boot("b", into: group)[0]
      #expect(second.status == .error && second.fault?.message == Fault.noValidHostNotEnoughHosts)
    },
    Case(number: 33, title: "soft-affinity, first host full") {
      let cloud = SimulatedCloud(region: .hosts(2))
      let group = try await cloud.group("g", .softAffinity)
      let first = try await cloud.boot("a", into: group)[0]
      let home = try #require(first.host)
      try await cloud.perform(.fill, on: home)
      let next = try await cloud.boot("b", into: group)[0]
      #expect(next.status == .active && next.host != home)
    },
    Case(number: 34, title: "soft-anti-affinity, one host up") {
      let cloud = SimulatedCloud(region: .hosts(3))
      try await cloud.perform(.fail, on: "h2")
      try await cloud.perform(.fail, on: "h3")
      let group = try await cloud.group("g", .softAntiAffinity)
      let servers = try await cloud.boot("s", into: group, min: 3)
      #expect(servers.allSatisfy { $0.status == .active && $0.host == "h1" })
    },
    Case(number: 35, title: "max_server_per_host=2, 2 hosts, 5 creates") {
      let cloud = SimulatedCloud(region: .hosts(2))
      let group = try await cloud.group("g", .antiAffinity, maxPerHost: 2)
      var servers: [Server] = []
      for index in 1...5 { servers += try await cloud.boot("s\(index)", into: group) }
      #expect(SimulatedCloud.spread(Array(servers.prefix(4))) == [2, 2])
      #expect(servers[4].status == .error && servers[4].fault?.message == Fault.noValidHostNotEnoughHosts)
    },
    Case(number: 36, title: "affinity filter not configured") {
      var scheduler = SchedulerSpec()
      scheduler.enabledFilters.removeAll { $0 == "ServerGroupAffinityFilter" }
      let cloud = SimulatedCloud(region: .hosts(2, scheduler: scheduler))
      let server = try await cloud.boot("s", into: try await cloud.group("g", .affinity))[0]
      #expect(server.status == .error && server.fault?.code == 400)
      #expect(server.fault?.message == "ServerGroup policy is not supported: ServerGroupAffinityFilter not configured")
    },
    Case(number: 37, title: "soft-affinity weigher not configured") {
      var scheduler = SchedulerSpec()
      scheduler.weightClasses = ["nova.scheduler.weights.ram.RAMWeigher"]
      let cloud = SimulatedCloud(region: .hosts(2, scheduler: scheduler))
      let server = try await cloud.boot("s", into: try await cloud.group("g", .softAffinity))[0]
      #expect(server.fault?.code == 400)
      #expect(
        server.fault?.message == "ServerGroup policy is not supported: ServerGroupSoftAffinityWeigher not configured")
    },
    Case(number: 39, title: "multi-create of 3, anti-affinity, 2 hosts: all ERROR") {
      let cloud = SimulatedCloud(region: .hosts(2))
      let group = try await cloud.group("g", .antiAffinity)
      let servers = try await cloud.boot("db", into: group, min: 3, max: 3)
      #expect(servers.count == 3 && servers.allSatisfy { $0.status == .error && $0.host == nil })
      #expect(servers.allSatisfy { $0.fault?.message == Fault.noValidHostNotEnoughHosts })
      #expect(Set(try await cloud.showServerGroup(group.id).members) == Set(servers.map(\.id)))
      #expect(servers.map(\.name) == ["db-1", "db-2", "db-3"])
    },
    Case(number: 40, title: "multi-create of 2 into an empty affinity group stack") {
      let cloud = SimulatedCloud(region: .hosts(3))
      let servers = try await cloud.boot("pair", into: try await cloud.group("g", .affinity), min: 2)
      #expect(servers.allSatisfy { $0.status == .active } && servers[0].host == servers[1].host)
    },
    Case(number: 44, title: "evacuate an anti-affinity member with no free host") {
      let cloud = SimulatedCloud(region: .hosts(2))
      let group = try await cloud.group("g", .antiAffinity)
      let servers = try await cloud.boot("s", into: group, min: 2)
      let source = try #require(servers[0].host)
      try await cloud.perform(.fail, on: source)
      let outcome = try await cloud.perform(.evacuate, on: source)
      #expect(outcome.count == 1 && outcome[0].toHost == nil)
      let after = try await cloud.adminView(servers[0].id)
      #expect(after.status == .error && after.host == source)
    },
    Case(number: 45, title: "evacuate with a third host avoids the peer") {
      let cloud = SimulatedCloud(region: .hosts(3))
      let group = try await cloud.group("g", .antiAffinity)
      let servers = try await cloud.boot("s", into: group, min: 2)
      let source = try #require(servers[0].host)
      try await cloud.perform(.fail, on: source)
      let outcome = try await cloud.perform(.evacuate, on: source)
      let moved = try await cloud.adminView(servers[0].id)
      #expect(moved.status == .active && moved.host == outcome[0].toHost)
      #expect(moved.host != servers[1].host && moved.host != source)
    },
    Case(number: 52, title: "unsupported microversion is a 406") {
      await expectError(
        .notAcceptable("Version 2.200 is not supported by the API. Minimum is 2.1 and maximum is 2.75.")
      ) {
        try await SimulatedCloud().createServerGroup(
          ServerGroupCreateRequest(name: "g", policy: .affinity, microversion: Microversion(2, 200)))
      }
    },
    Case(number: 54, title: "no candidate at all: trailing-space fault") {
      let cloud = SimulatedCloud(region: .hosts(2))
      let server = try await cloud.boot("big", flavor: "4")[0]  // m1.large needs 8192 MB; hosts have 7680
      #expect(server.status == .error && server.fault?.message == "No valid host was found. ")
      #expect(server.fault?.code == 500)
    },
  ]

  @Test(arguments: cases)
  func behaviour(_ behaviourCase: Case) async throws {
    try await behaviourCase.run()
  }
}

/// Expects a 400 with exactly `message`.
func expectRefusal<T>(_ message: String, _ body: () async throws -> T) async {
  await expectError(.badRequest(message), body)
}

/// Expects exactly `expected` to be thrown.
func expectError<T>(
  _ expected: CloudError, _ body: () async throws -> T, sourceLocation: SourceLocation = #_sourceLocation
) async {
  do {
    _ = try await body()
    Issue.record("expected \(expected), but the call succeeded", sourceLocation: sourceLocation)
  } catch let error as CloudError {
    #expect(error == expected, sourceLocation: sourceLocation)
  } catch {
    Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation)
  }
}
