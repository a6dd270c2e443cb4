import Foundation
import OpenStackWire
import ServerGroupsCore

/// A real cloud with sgtutor's safety rules around it: every server it creates carries `created-by=sgtutor`
/// metadata, every group it creates is written in a ledger, and servers are created only after the user said
/// yes once per session (having been told the flavor, the count and the project's quota).
package actor GuardedCloud: Cloud, RecordsRequests {
  /// How the once-per-session question gets answered.
  package enum Consent: Sendable {
    /// `sgtutor run --yes`: agreed in advance.
    case granted
    /// Ask on the terminal; the closure shows the question and returns the line typed (nil at end of input).
    /// The network question goes the same way.
    case ask(@Sendable (String) async -> String?)
    /// No terminal and no `--yes`: refuse, saying how to proceed.
    case unavailable
  }

  /// The metadata key and value on every server sgtutor creates.
  package static let marker = (key: "created-by", value: "sgtutor")

  package nonisolated let inner: any Cloud
  /// The cloud's name, for messages.
  package nonisolated let cloudName: String
  private let consent: Consent
  private var agreed = false
  private let ledger: GroupLedger

  package init(
    _ inner: any Cloud, cloudName: String, consent: Consent, ledger: GroupLedger = GroupLedger()
  ) {
    self.inner = inner
    self.cloudName = cloudName
    self.consent = consent
    self.ledger = ledger
  }

  /// The inner client's transport log: what goes through the guard goes out there.
  package nonisolated var sentRequests: RequestLog? { (inner as? any RecordsRequests)?.sentRequests }

  package func describe() async throws -> CloudDescription { try await inner.describe() }

  package func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    let group = try await inner.createServerGroup(request)
    do {
      try ledger.add(group.id)
    } catch {
      // The group exists, but `cleanup` would not know it: say so, with what deletes it by hand.
      throw CloudError.unsupported(
        RealCloudMessages.groupNotInLedger(name: group.name, id: group.id.rawValue, problem: error.message))
    }
    return group
  }

  package func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    try await inner.listServerGroups(query)
  }
  package func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup {
    try await inner.showServerGroup(id)
  }
  package func deleteServerGroup(_ id: ServerGroupID) async throws {
    try await inner.deleteServerGroup(id)
    ledger.remove(id)
  }

  package func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    var marked = request
    if case .auto = request.networks, case .ask(let ask) = consent {
      marked.networks = try await chooseNetwork(ask)
    }
    try await ensureConsent(for: marked)
    marked.metadata[Self.marker.key] = Self.marker.value
    return try await inner.createServers(marked)
  }

  package func listServers(_ query: ServerListQuery) async throws -> [Server] {
    try await inner.listServers(query)
  }
  package func showServer(_ id: ServerID) async throws -> Server { try await inner.showServer(id) }
  package func deleteServer(_ id: ServerID) async throws { try await inner.deleteServer(id) }
  package func listFlavors() async throws -> [Flavor] { try await inner.listFlavors() }
  package func listImages() async throws -> [Image] { try await inner.listImages() }
  package func listNetworks() async throws -> [Network] { try await inner.listNetworks() }
  package func listHypervisors() async throws -> [Hypervisor] { try await inner.listHypervisors() }
  package func limits() async throws -> Limits { try await inner.limits() }

  /// Asks once per session before the first server is created.
  private func ensureConsent(for request: ServerCreateRequest) async throws {
    if agreed { return }
    switch consent {
    case .granted:
      agreed = true
    case .unavailable:
      throw CloudError.unsupported(RealCloudMessages.noConsentWithoutTerminal)
    case .ask(let question):
      let flavor = try? await inner.listFlavors().first { $0.id == request.flavorID }
      let limits = try? await inner.limits()
      let text = RealCloudMessages.question(
        cloud: cloudName, count: request.maxCount, flavor: flavor, flavorID: request.flavorID,
        limits: limits)
      let answer = await question(text)?.trimmingCharacters(in: .whitespaces).lowercased()
      guard answer == "y" || answer == "yes" else {
        throw CloudError.unsupported(RealCloudMessages.declined)
      }
      agreed = true
    }
  }

  /// With several networks and none of them the project's own, asks which one (openstackclient would make
  /// Nova refuse with "Multiple possible networks found").
  private func chooseNetwork(_ ask: @Sendable (String) async -> String?) async throws
    -> NetworkRequest
  {
    guard let networks = try? await inner.listNetworks(), networks.count > 1 else { return .auto }
    let project = try? await inner.describe().caller.projectID
    if networks.filter({ $0.projectID == project }).count == 1 { return .auto }
    let names = networks.map(\.name)
    let answer = (await ask(RealCloudMessages.networkQuestion(names)) ?? "").trimmingCharacters(
      in: .whitespaces)
    if answer == "none" { return .none }
    guard let chosen = networks.first(where: { $0.name == answer || $0.id.rawValue == answer })
    else {
      throw CloudError.unsupported(RealCloudMessages.unknownNetwork(answer, names))
    }
    return .networks([chosen.id])
  }

  /// What `cleanup` removes: servers marked `created-by=sgtutor` and the groups in the ledger that still exist.
  package func leftovers() async throws -> (servers: [Server], groups: [ServerGroup]) {
    let servers = try await inner.listServers(ServerListQuery()).filter {
      $0.metadata[Self.marker.key] == Self.marker.value
    }
    let known = Set(ledger.ids)
    let groups = try await inner.listServerGroups(ServerGroupListQuery()).filter {
      known.contains($0.id)
    }
    let gone = known.subtracting(groups.map(\.id))
    for id in gone { ledger.remove(id) }
    return (servers, groups)
  }
}
