import CloudSimulator
import ServerGroupsCore
import Testing

/// Random operation sequences, seeded: the invariants hold after every step.
@Suite struct PropertyTests {
  @Test(arguments: Array(1...12) as [UInt64])
  func policiesAndCapacityHoldUnderRandomOperations(_ seed: UInt64) async throws {
    var random = SeededGenerator(seed: seed)
    var region = RegionSpec.hosts(
      Int(random.next() % 4) + 2, quotas: QuotaSpec(instances: 40, cores: 200, ramMB: 500_000))
    region.hosts[0].vcpus = 1
    let cloud = SimulatedCloud(region: region, seed: seed)
    let admin = try await cloud.acting(as: "admin")
    var groups: [ServerGroup] = []
    let hostNames = region.hosts.map(\.name)
    for _ in 0..<120 {
      let pick = random.next() % 100
      do {
        switch pick {
        case 0..<10 where groups.count < 8:
          let policy = Policy.allCases[Int(random.next() % 4)]
          let limit: Int? = policy == .antiAffinity && random.next() % 2 == 0 ? Int(random.next() % 3) + 1 : nil
          groups.append(try await cloud.group("g\(groups.count)", policy, maxPerHost: limit))
        case 0..<60 where !groups.isEmpty:
          let group = groups[Int(random.next() % UInt64(groups.count))]
          let count = Int(random.next() % 3) + 1
          try await cloud.boot("s", into: group, flavor: String(random.next() % 3 + 1), min: count)
        case 60..<75:
          let servers = try await cloud.listServers(ServerListQuery())
          if !servers.isEmpty { try await cloud.deleteServer(servers[Int(random.next() % UInt64(servers.count))].id) }
        case 75..<82:
          try await cloud.perform(.fail, on: hostNames[Int(random.next() % UInt64(hostNames.count))])
        case 82..<90:
          try await cloud.perform(.recover, on: hostNames[Int(random.next() % UInt64(hostNames.count))])
        case 90..<94:
          try await cloud.perform(.disable, on: hostNames[Int(random.next() % UInt64(hostNames.count))])
        case 94..<97:
          try await cloud.perform(.enable, on: hostNames[Int(random.next() % UInt64(hostNames.count))])
        default:
          let down = await cloud.hostSnapshots().filter { !$0.isUp }
          if let host = down.first { _ = try await cloud.perform(.evacuate, on: host.name) }
        }
      } catch is CloudError {
        // Refusals (quotas) are fine; the invariants below must hold either way.
      }
      try await checkInvariants(cloud, admin: admin)
    }
  }

  func checkInvariants(_ cloud: SimulatedCloud, admin: SimulatedSession) async throws {
    let hosts = await cloud.hostSnapshots()
    for host in hosts {
      #expect(host.vcpusUsed <= host.vcpus && host.ramUsedMB <= host.ramMB && host.diskUsedGB <= host.diskGB)
      #expect(host.vcpusUsed >= 0 && host.ramUsedMB >= 0)
    }
    let servers = try await admin.listServers(ServerListQuery(allProjects: true))
    let byID = Dictionary(uniqueKeysWithValues: servers.map { ($0.id, $0) })
    for group in try await admin.listServerGroups(ServerGroupListQuery(allProjects: true)) {
      let placed = group.members.compactMap { byID[$0] }.filter { $0.status == .active }.compactMap(\.host)
      let perHost = Dictionary(grouping: placed, by: { $0 }).mapValues(\.count)
      switch group.policy {
      case .antiAffinity:
        #expect(perHost.values.allSatisfy { $0 <= group.maxServerPerHost }, "\(group.name): \(perHost)")
      case .affinity:
        #expect(perHost.count <= 1, "\(group.name) spans \(perHost.keys.sorted())")
      case .softAffinity, .softAntiAffinity:
        break
      }
    }
  }
}
