import Foundation
import LessonEngine
import OpenStackWire
import ServerGroupsCore

/// A real cloud with sgtutor's safety rules around it: every server it creates carries `created-by=sgtutor`
/// metadata, every group it creates is written in a ledger, and servers are created only after the user said
/// yes once per session (having been told the flavor, the count and the project's quota).
///
/// It never asks anything itself: when the user must answer first, `createServers` throws a `ConsentQuestion`
/// before sending anything, the REPL asks it through its `LineReader`, hands the answer back (`agree()`,
/// `chooseNetwork(_:)`) and runs the line again.
package actor GuardedCloud: Cloud, RecordsRequests {
  /// How the once-per-session question gets answered.
  package enum Consent: Sendable, Equatable {
    /// `--yes` (or a dry run): agreed in advance.
    case granted
    /// Someone can answer: `createServers` throws `ConsentQuestion`s for the REPL to ask.
    case askUser
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
  /// The network the user chose for servers created without `--network`, asked once per session.
  private var chosenNetwork: NetworkRequest?
  /// The project's networks, read once for the network question.
  private var networks: [Network]?
  private let ledger: GroupLedger
  /// The language of its questions and refusals.
  private var language: Language

  package init(
    _ inner: any Cloud, cloudName: String, consent: Consent, ledger: GroupLedger = GroupLedger(),
    language: Language = .en
  ) {
    self.inner = inner
    self.cloudName = cloudName
    self.consent = consent
    self.ledger = ledger
    self.language = language
  }

  /// Asks and refuses in `language` from now on.
  package func speak(_ language: Language) { self.language = language }

  /// The inner client's transport log: what goes through the guard goes out there.
  package nonisolated var sentRequests: RequestLog? { (inner as? any RecordsRequests)?.sentRequests }

  package func describe() async throws -> CloudDescription { try await inner.describe() }

  package func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    let group = try await inner.createServerGroup(request)
    do {
      try ledger.add(group.id)
    } catch {
      // The group exists, but `cleanup` would not know it: say so, with what deletes it by hand.
      let problem = RealCloudMessages.ledgerUnwritten(path: error.path, reason: error.reason, language)
      throw CloudError.unsupported(
        RealCloudMessages.groupNotInLedger(name: group.name, id: group.id.rawValue, problem: problem, language))
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

  /// Creates the servers once the user has agreed; throws a `ConsentQuestion` (and sends nothing) while an
  /// answer is missing.
  package func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    var marked = request
    if case .auto = request.networks, consent == .askUser {
      marked.networks = try await networkRequest()
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

  /// The user said yes to creating servers in this session.
  package func agree() { agreed = true }

  /// The user's answer to the network question: a network's name or ID, or `none`.
  package func chooseNetwork(_ answer: String) async throws(CloudError) {
    let answer = answer.trimmingCharacters(in: .whitespaces)
    if answer == "none" {
      chosenNetwork = NetworkRequest.none
      return
    }
    let networks = (try? await inner.listNetworks()) ?? []
    guard let chosen = networks.first(where: { $0.name == answer || $0.id.rawValue == answer }) else {
      throw CloudError.unsupported(RealCloudMessages.unknownNetwork(answer, networks.map(\.name), language))
    }
    chosenNetwork = .networks([chosen.id])
  }

  /// Asks once per session before the first server is created.
  private func ensureConsent(for request: ServerCreateRequest) async throws {
    if agreed { return }
    switch consent {
    case .granted:
      agreed = true
    case .unavailable:
      throw CloudError.unsupported(RealCloudMessages.noConsentWithoutTerminal(language))
    case .askUser:
      let flavor = try? await inner.listFlavors().first { $0.id == request.flavorID }
      let limits = try? await inner.limits()
      let text = RealCloudMessages.question(
        cloud: cloudName, count: request.maxCount, flavor: flavor, flavorID: request.flavorID, limits: limits,
        language)
      throw ConsentQuestion(kind: .createServers, text: text, language: language)
    }
  }

  /// With several networks and none of them the project's own, the user chooses one (openstackclient would make
  /// Nova refuse with "Multiple possible networks found").
  private func networkRequest() async throws -> NetworkRequest {
    if let chosenNetwork { return chosenNetwork }
    if networks == nil { networks = try? await inner.listNetworks() }
    guard let networks, networks.count > 1 else { return .auto }
    let project = try? await inner.describe().caller.projectID
    if networks.filter({ $0.projectID == project }).count == 1 { return .auto }
    throw ConsentQuestion(
      kind: .network, text: RealCloudMessages.networkQuestion(networks.map(\.name), language), language: language)
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

/// A question `GuardedCloud` needs answered before it creates a server. Thrown by `createServers` before anything
/// is sent; the REPL asks it through its `LineReader` and runs the command again.
package struct ConsentQuestion: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is being asked.
  package enum Kind: Sendable, Equatable {
    /// Whether servers may be created in this session (yes or no).
    case createServers
    /// Which network servers without `--network` go on.
    case network
  }

  package var kind: Kind
  /// The question as the user reads it, ending where the answer is typed.
  package var text: String
  /// The language it is asked in.
  package var language: Language

  package init(kind: Kind, text: String, language: Language = .en) {
    self.kind = kind
    self.text = text
    self.language = language
  }

  /// Outside the REPL nobody can answer: the refusal a script would get.
  package var description: String { RealCloudMessages.noConsentWithoutTerminal(language) }
}
