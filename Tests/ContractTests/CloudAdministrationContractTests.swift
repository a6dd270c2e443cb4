import CloudSimulator
import ServerGroupsCore
import Testing

/// Nova's quota sets and `evacuate` action, the same through the simulator and through the client and the
/// sandbox server.
@Suite struct CloudAdministrationContractTests {
  @Test(arguments: CloudUnderTest.allCases)
  func aQuotaChangeAppliesToTheVeryNextBoot(_ kind: CloudUnderTest) async throws {
    try await ContractHarness.withAdministeredCloud(kind) { cloud in
      let before = try await cloud.admin.quotaSet(for: cloud.project)
      let limits = try await cloud.member.limits()
      #expect(before["instances"] == limits.maxInstances)
      let after = try await cloud.admin.updateQuotaSet(["instances": 2], for: cloud.project)
      #expect(after["instances"] == 2)
      #expect(after["cores"] == before["cores"])
      let shown = try await cloud.admin.quotaSet(for: cloud.project)
      #expect(shown["instances"] == 2)
      let applied = try await cloud.member.limits()
      #expect(applied.maxInstances == 2)
      _ = try await cloud.member.boot("q-1")
      _ = try await cloud.member.boot("q-2")
      let error = await failure { _ = try await cloud.member.boot("q-3") }
      #expect(error == .forbidden("Quota exceeded for instances: Requested 1, but already used 2 of 2 instances"))
    }
  }

  @Test(arguments: CloudUnderTest.allCases)
  func theQuotaSetHasNovasKeysAndRefusesOthersAndLimitsBelowUse(_ kind: CloudUnderTest) async throws {
    try await ContractHarness.withAdministeredCloud(kind) { cloud in
      let shown = try await cloud.admin.quotaSet(for: cloud.project)
      #expect(
        Set(shown.keys) == [
          "cores", "instances", "key_pairs", "metadata_items", "ram", "server_group_members", "server_groups",
        ])
      let changed = try await cloud.admin.updateQuotaSet(["key_pairs": 5], for: cloud.project)
      #expect(changed["key_pairs"] == 5 && changed["instances"] == shown["instances"])
      let unknown = await failure { _ = try await cloud.admin.updateQuotaSet(["gpus": 1], for: cloud.project) }
      #expect(unknown?.message.contains("Additional properties are not allowed ('gpus' was unexpected)") == true)
      _ = try await cloud.member.boot("q-1")
      let below = await failure { _ = try await cloud.admin.updateQuotaSet(["instances": 0], for: cloud.project) }
      #expect(
        below
          == .badRequest("Quota limit 0 for instances must be greater than or equal to already used and reserved 1."))
    }
  }

  @Test(arguments: CloudUnderTest.allCases)
  func aMemberMayReadButNotChangeItsQuotas(_ kind: CloudUnderTest) async throws {
    try await ContractHarness.withAdministeredCloud(kind) { cloud in
      let own = try await cloud.member.quotaSet(for: cloud.project)
      #expect(own["server_groups"] != nil)
      let error = await failure { _ = try await cloud.member.updateQuotaSet(["instances": 50], for: cloud.project) }
      #expect(error == .policyRefused("os_compute_api:os-quota-sets:update"))
    }
  }

  @Test(arguments: CloudUnderTest.allCases)
  func evacuateIsRefusedWhileTheHostIsUpAndToAMember(_ kind: CloudUnderTest) async throws {
    try await ContractHarness.withAdministeredCloud(kind) { cloud in
      let server = try await cloud.member.boot("db-1")
      let host = try #require(try await cloud.admin.showServer(server.id).host)
      #expect(
        await failure { try await cloud.admin.evacuateServer(server.id, host: nil, adminPass: nil) }
          == .badRequest("Compute service of \(host) is still in use."))
      try await cloud.hosts(.fail, host)
      #expect(
        await failure { try await cloud.member.evacuateServer(server.id, host: nil, adminPass: nil) }
          == .policyRefused("os_compute_api:os-evacuate"))
    }
  }

  @Test(arguments: CloudUnderTest.allCases)
  func evacuateMovesAServerOffItsDownHostHonouringAntiAffinity(_ kind: CloudUnderTest) async throws {
    try await ContractHarness.withAdministeredCloud(kind) { cloud in
      let group = try await cloud.member.createServerGroup(
        ServerGroupCreateRequest(name: "DB Cluster", policy: .antiAffinity))
      var hosts: [String] = []
      for index in 1...3 {
        let server = try await cloud.member.boot("db-\(index)", group: group.id)
        hosts.append(try #require(try await cloud.admin.showServer(server.id).host))
      }
      let first = try #require(try await cloud.member.listServers(ServerListQuery()).first { $0.name == "db-1" })
      try await cloud.hosts(.fail, hosts[0])
      try await cloud.admin.evacuateServer(first.id, host: nil, adminPass: nil)
      let moved = try await cloud.admin.showServer(first.id)
      #expect(moved.status == .active)
      let target = try #require(moved.host)
      #expect(!hosts.contains(target))
    }
  }

  @Test(arguments: CloudUnderTest.allCases)
  func evacuateWithNoHostLeftForThePolicyEndsInNovasFault(_ kind: CloudUnderTest) async throws {
    try await ContractHarness.withAdministeredCloud(kind) { cloud in
      let group = try await cloud.member.createServerGroup(
        ServerGroupCreateRequest(name: "DB Cluster", policy: .antiAffinity))
      var servers: [Server] = []
      for index in 1...4 { servers.append(try await cloud.member.boot("db-\(index)", group: group.id)) }
      let host = try #require(try await cloud.admin.showServer(servers[0].id).host)
      try await cloud.hosts(.fail, host)
      try await cloud.admin.evacuateServer(servers[0].id, host: nil, adminPass: nil)
      let failed = try await cloud.member.showServer(servers[0].id)
      #expect(failed.status == .error)
      #expect(failed.fault?.message == Fault.noValidHostNotEnoughHosts)
    }
  }

  @Test(arguments: CloudUnderTest.allCases)
  func fromMicroversion2_95AnEvacuatedServerIsLeftStopped(_ kind: CloudUnderTest) async throws {
    var region = ContractHarness.region
    region.maxMicroversion = "2.96"
    try await ContractHarness.withAdministeredCloud(kind, region: region) { cloud in
      let server = try await cloud.member.boot("db-1")
      let host = try #require(try await cloud.admin.showServer(server.id).host)
      try await cloud.hosts(.fail, host)
      // As an older client asks: the server keeps its state.
      try await cloud.admin.evacuateServer(server.id, ServerEvacuateRequest(microversion: Microversion(2, 94)))
      let kept = try await cloud.admin.showServer(server.id)
      #expect(kept.status == .active)
      let second = try #require(kept.host)
      try await cloud.hosts(.fail, second)
      // As the openstack CLI asks (its highest, capped to the cloud's 2.96): stopped on the new host.
      try await cloud.admin.evacuateServer(server.id, host: nil, adminPass: nil)
      let stopped = try await cloud.admin.showServer(server.id)
      #expect(stopped.status == .shutoff)
      #expect(stopped.host != nil && stopped.host != second && stopped.host != host)
    }
  }
}
