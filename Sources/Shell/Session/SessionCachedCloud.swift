import OpenStackWire
import ServerGroupsCore

/// The cloud as the shell's commands see it: reads the session already has are answered from its
/// `SessionCache` without a request, the catalog is read once, the project's groups follow the session's own
/// writes, and a read the caller's role was refused is refused again without asking. Everything else goes to
/// `inner` (which records what it sends), so counting requests is the same on the simulator and a real cloud.
struct SessionCachedCloud: Cloud {
  let inner: any Cloud
  let cache: SessionCache
  /// Where `inner` notes what it sends: the refused request's URL is kept for the message given again.
  let log: RequestLog

  /// Runs a read unless its route was refused in this session; remembers a refusal.
  private func read<T>(_ request: WireRequest, _ perform: () async throws -> T) async throws -> T {
    let route = Self.route(request)
    if let refusal = cache.refusal(route) {
      // The same one line as the first time, naming the URL that was refused (nothing is sent now).
      if let url = refusal.url { throw ShellError.api(refusal.error, url: url) }
      throw refusal.error
    }
    do {
      return try await perform()
    } catch let error as CloudError {
      if case .forbidden = error { cache.refuse(route, error, url: log.last?.url) }
      throw error
    }
  }

  /// A read's route and query: what a role may be refused.
  static func route(_ request: WireRequest) -> String {
    let query = request.query.map { $0.0 + "=" + $0.1 }.joined(separator: "&")
    return request.method + " " + request.service.rawValue + request.path + (query.isEmpty ? "" : "?" + query)
  }

  func describe() async throws -> CloudDescription { try await inner.describe() }

  func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    let group = try await inner.createServerGroup(request)
    cache.updateGroups { $0.append(group) }
    return group
  }

  func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    let groups = try await read(CloudRequests.listServerGroups(query)) { try await inner.listServerGroups(query) }
    // The project's own groups, whole: what the diagram and Tab go on.
    if query == ServerGroupListQuery() { cache.groups = groups }
    return groups
  }

  func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup { try await inner.showServerGroup(id) }

  func deleteServerGroup(_ id: ServerGroupID) async throws {
    try await inner.deleteServerGroup(id)
    cache.updateGroups { $0.removeAll { $0.id == id } }
  }

  func createServers(_ request: ServerCreateRequest) async throws -> ServerCreation {
    let creation = try await inner.createServers(request)
    // Nova makes the new servers members of the group named by the `group` hint.
    if case .string(let id)? = request.groupHint {
      cache.updateGroups { groups in
        for index in groups.indices where groups[index].id.rawValue == id {
          groups[index].members += creation.servers.map(\.id)
        }
      }
    }
    return creation
  }

  func listServers(_ query: ServerListQuery) async throws -> [Server] {
    try await read(CloudRequests.listServers(query)) { try await inner.listServers(query) }
  }

  func showServer(_ id: ServerID) async throws -> Server { try await inner.showServer(id) }

  func deleteServer(_ id: ServerID) async throws {
    try await inner.deleteServer(id)
    cache.updateGroups { groups in
      for index in groups.indices { groups[index].members.removeAll { $0 == id } }
    }
  }

  func listFlavors() async throws -> [Flavor] {
    if let flavors = cache.flavors { return flavors }
    let flavors = try await read(CloudRequests.listFlavors) { try await inner.listFlavors() }
    cache.flavors = flavors
    return flavors
  }

  func listImages() async throws -> [Image] {
    if let images = cache.images { return images }
    let images = try await read(CloudRequests.listImages) { try await inner.listImages() }
    cache.images = images
    return images
  }

  func listNetworks() async throws -> [Network] {
    if let networks = cache.networks { return networks }
    let networks = try await read(CloudRequests.listNetworks) { try await inner.listNetworks() }
    cache.networks = networks
    return networks
  }

  func listHypervisors() async throws -> [Hypervisor] {
    try await read(CloudRequests.listHypervisors) { try await inner.listHypervisors() }
  }

  func limits() async throws -> Limits { try await read(CloudRequests.limits) { try await inner.limits() } }
}

/// The administration calls go straight through (none is cached: each is a write, or a read an admin makes once).
extension SessionCachedCloud: CloudAdministration {
  func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) async throws {
    try await inner.administration().evacuateServer(id, request)
  }

  func quotaSet(for project: ProjectID) async throws -> [String: Int] {
    try await inner.administration().quotaSet(for: project)
  }

  func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int] {
    try await inner.administration().updateQuotaSet(limits, for: project)
  }
}
