import Foundation
import LessonEngine
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// The `hosts` picture on a real cloud, where a member sees `hostId` and not host names.
@Suite struct PlacementFromHostIDsTests {
  @Test func aMemberSeesHostsNamedByLetterInTheOrderTheyWereFirstUsed() async throws {
    try await ContractHarness.withCloud(.novaClientThroughSandbox) { cloud in
      let group = try await cloud.createServerGroup(
        ServerGroupCreateRequest(name: "web", policy: .antiAffinity))
      for index in 1...5 { _ = try await cloud.boot("web-\(index)", group: group.id) }
      let loner = try await cloud.boot("loner")
      var ctx = ShellContext(cloud: cloud, console: RecordingConsole())
      ctx.cloudInfo = try await cloud.describe()
      let placement = try await Placement.load(fromServers: ctx)
      #expect(placement.hosts.map(\.name) == ["Host A", "Host B", "Host C", "Host D"])
      #expect(
        placement.hosts.prefix(4).map { $0.servers.first?.name } == [
          "web-1", "web-2", "web-3", "web-4",
        ])
      #expect(
        placement.hosts.flatMap(\.servers).contains { $0.name == loner.name && $0.group == nil })
      #expect(placement.unplaced == [Placement.Entry(name: "web-5", status: .error, group: 0)])
      #expect(placement.groups == [Placement.GroupKey(name: "web", policy: .antiAffinity)])
    }
  }

  @Test func anAdminSeesHostNamesAndSizes() {
    let now = Date(timeIntervalSince1970: 0)
    func server(_ name: String, host: String?, hostID: String, at offset: TimeInterval) -> Server {
      Server(
        id: ServerID(name), name: name, status: host == nil && hostID.isEmpty ? .error : .active,
        flavorID: "1",
        imageID: nil, host: host, hostID: hostID, projectID: "p", userID: "u",
        created: now + offset,
        updated: now + offset)
    }
    let servers = [
      server("b", host: "compute-2", hostID: "h2", at: 2),
      server("a", host: "compute-1", hostID: "h1", at: 1),
      server("c", host: "compute-1", hostID: "h1", at: 3),
    ]
    let hypervisor = Hypervisor(
      id: "x", hostname: "compute-1", state: "up", status: "disabled", hostIP: "", vcpus: 4,
      vcpusUsed: 2,
      memoryMB: 7680, memoryMBUsed: 1024, localGB: 1, localGBUsed: 0, runningVMs: 2,
      availabilityZone: "nova")
    let placement = Placement.build(
      servers: servers, groups: [],
      flavors: [Flavor(id: "1", name: "m1.tiny", vcpus: 1, ramMB: 512, diskGB: 1)],
      hypervisors: [hypervisor])
    #expect(placement.hosts.map(\.name) == ["compute-1", "compute-2"])
    #expect(placement.hosts[0].servers.map(\.name) == ["a", "c"])
    #expect(placement.hosts[0].isEnabled == false)
    #expect(placement.hosts[0].vcpus == 4)
    #expect(placement.hosts[1].vcpusUsed == 1)
    #expect(placement.hosts[1].ramMB == 512)
  }

  @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (52, "BA")])
  func hostLettersGoOnPastZ(_ index: Int, _ expected: String) {
    #expect(CloudState.hostLetters(index) == expected)
  }
}
