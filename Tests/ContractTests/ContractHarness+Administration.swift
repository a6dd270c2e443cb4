import CloudSimulator
import Hummingbird
import HummingbirdTesting
import OpenStackClient
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// A project's member and the cloud's admin over one region, with the simulator's powers to break its hosts.
struct AdministeredCloud: Sendable {
  var member: any CloudAdministration
  var admin: any CloudAdministration
  /// The member's project.
  var project: ProjectID
  /// Does a host action in every region of the cloud (the sandbox keeps one per project), as the room does.
  var hosts: @Sendable (HostAction, String) async throws -> Void
}

extension ContractHarness {
  static let instructorPassword = "contract-password-admin"

  /// Runs `body` with a member and an admin of a fresh cloud of `kind`.
  static func withAdministeredCloud<T: Sendable>(
    _ kind: CloudUnderTest, region: RegionSpec = ContractHarness.region,
    _ body: @Sendable (AdministeredCloud) async throws -> T
  ) async throws -> T {
    switch kind {
    case .simulator:
      let cloud = SimulatedCloud(region: region, seed: 1)
      let admin = try #require(cloud.view(asAdmin: true) as? any CloudAdministration)
      return try await body(
        AdministeredCloud(
          member: cloud, admin: admin, project: cloud.defaultCaller.projectID,
          hosts: { action, host in try await cloud.perform(action, on: host) }))
    case .novaClientThroughSandbox:
      var random = SeededGenerator(seed: 7)
      let directory = Directory.make(
        participants: 1, given: ["participant-1": participantPassword, "instructor": instructorPassword],
        random: &random)
      var regions: [SimulatedCloud] = []
      let workshop = Workshop(directory: directory, sharedHosts: false) { seed in
        let cloud = SimulatedCloud(region: region, seed: seed)
        regions.append(cloud)
        return cloud
      }
      let sandbox = try await Sandbox(workshop: workshop, store: nil, tokenSeed: 3)
      let app = buildApplication(sandbox: sandbox, address: SandboxAddress(host: "127.0.0.1", port: 8774))
      let clouds = regions
      return try await app.test(.router) { client in
        let root = "http://127.0.0.1:8774"
        let member = NovaClient(config: participantConfig(root: root), transport: routerTransport(client))
        let adminConfig = CloudConfig(
          name: "instructor", authURL: root + "/identity/v3",
          auth: .password(
            user: .init(name: "instructor", domainName: "Default"), password: Secret(instructorPassword),
            project: .init(name: "instructor", domainName: "Default"), domain: nil),
          regionName: "RegionOne")
        let admin = NovaClient(config: adminConfig, transport: routerTransport(client))
        let project = try await member.describe().caller.projectID
        return try await body(
          AdministeredCloud(
            member: member, admin: admin, project: project,
            hosts: { action, host in for cloud in clouds { try await cloud.perform(action, on: host) } }))
      }
    }
  }
}
