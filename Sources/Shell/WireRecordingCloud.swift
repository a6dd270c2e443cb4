import OpenStackWire
import ServerGroupsCore

/// A cloud without HTTP (the simulator) seen through the wire: each call first notes the request `NovaClient`
/// would send for it, built by the same `CloudRequests` at the microversion the client would choose, then runs.
/// So `equivalent` shows the same requests on the simulator as the transport records on a real cloud.
struct WireRecordingCloud: Cloud {
  let inner: any Cloud
  let log: RequestLog
  /// Where the requests would go (the simulator's pretend controller).
  let endpoints: ServiceEndpoints
  /// The compute microversions the cloud offers, when known.
  let range: (minimum: Microversion, maximum: Microversion)?

  /// The version the client would send for a request wanting `wanted`.
  private func version(_ wanted: Microversion) -> Microversion {
    range.map { MicroversionHeader.chosen(wanted: wanted, minimum: $0.minimum, maximum: $0.maximum) } ?? wanted
  }

  private func note(_ request: WireRequest) {
    let endpoint: String
    switch request.service {
    case .compute, .identity: endpoint = endpoints.compute
    case .image: endpoint = endpoints.image
    case .network: endpoint = endpoints.network
    }
    log.record(SentRequest(request, endpoint: endpoint, version: request.microversion.map(version)))
  }

  func describe() async throws -> CloudDescription { try await inner.describe() }

  func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    // The client writes the body at the version it sends (`policies` before 2.64).
    var sent = request
    sent.microversion = version(request.microversion)
    note(CloudRequests.createServerGroup(sent))
    return try await inner.createServerGroup(request)
  }

  func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    note(CloudRequests.listServerGroups(query))
    return try await inner.listServerGroups(query)
  }

  func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup {
    note(CloudRequests.showServerGroup(id))
    return try await inner.showServerGroup(id)
  }

  func deleteServerGroup(_ id: ServerGroupID) async throws {
    note(CloudRequests.deleteServerGroup(id))
    try await inner.deleteServerGroup(id)
  }

  func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    var sent = request
    sent.microversion = version(request.microversion)
    note(CloudRequests.createServers(sent))
    let creation = try await inner.createServers(request)
    // The client then reads what it made: all of a multi-create by its reservation, or the one server.
    if sent.maxCount > 1 {
      note(CloudRequests.listServers(ServerListQuery(reservationID: creation.reservationID)))
    } else if let first = creation.servers.first {
      note(CloudRequests.showServer(first.id))
    }
    return creation
  }

  func listServers(_ query: ServerListQuery) async throws -> [Server] {
    note(CloudRequests.listServers(query))
    return try await inner.listServers(query)
  }

  func showServer(_ id: ServerID) async throws -> Server {
    note(CloudRequests.showServer(id))
    return try await inner.showServer(id)
  }

  func deleteServer(_ id: ServerID) async throws {
    note(CloudRequests.deleteServer(id))
    try await inner.deleteServer(id)
  }

  func listFlavors() async throws -> [Flavor] {
    note(CloudRequests.listFlavors)
    return try await inner.listFlavors()
  }

  func listImages() async throws -> [Image] {
    note(CloudRequests.listImages)
    return try await inner.listImages()
  }

  func listNetworks() async throws -> [Network] {
    note(CloudRequests.listNetworks)
    return try await inner.listNetworks()
  }

  func listHypervisors() async throws -> [Hypervisor] {
    note(CloudRequests.listHypervisors)
    return try await inner.listHypervisors()
  }

  func limits() async throws -> Limits {
    note(CloudRequests.limits)
    return try await inner.limits()
  }
}

/// The administration calls noted the same way, when the simulator behind has them.
extension WireRecordingCloud: CloudAdministration {
  func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) async throws {
    let admin = try inner.administration()
    var sent = request
    sent.microversion = version(request.microversion)
    note(CloudRequests.evacuateServer(id, sent))
    try await admin.evacuateServer(id, sent)
  }

  func quotaSet(for project: ProjectID) async throws -> [String: Int] {
    let admin = try inner.administration()
    note(CloudRequests.quotaSet(project))
    return try await admin.quotaSet(for: project)
  }

  func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int] {
    let admin = try inner.administration()
    note(CloudRequests.updateQuotaSet(limits, for: project))
    return try await admin.updateQuotaSet(limits, for: project)
  }
}
