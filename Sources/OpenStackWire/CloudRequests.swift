import ServerGroupsCore

/// The request each `Cloud` call sends, built once: `NovaClient` sends them, and the shell records them on the
/// simulator as what the client would have sent. Compute requests carry the microversion they want
/// (`NovaClient.preferredMicroversion` unless the call needs another).
package enum CloudRequests {
  /// 2.64 gives server groups their `policy` and `rules`, as openstacksdk asks for.
  package static let preferred = Microversion.v2_64
  /// 2.71 adds `server_groups` to a shown server.
  package static let serverShow = Microversion.v2_71

  package static func createServerGroup(_ request: ServerGroupCreateRequest) -> WireRequest {
    WireRequest(.createGroup, microversion: request.microversion, body: request.body)
  }

  package static func listServerGroups(_ query: ServerGroupListQuery) -> WireRequest {
    var pairs: [(String, String)] = []
    if query.allProjects { pairs.append(("all_projects", "True")) }
    if let limit = query.limit { pairs.append(("limit", String(limit))) }
    if let offset = query.offset { pairs.append(("offset", String(offset))) }
    return WireRequest(.listGroups, query: pairs, microversion: preferred)
  }

  package static func showServerGroup(_ id: ServerGroupID) -> WireRequest {
    WireRequest(.showGroup(id.rawValue), microversion: preferred)
  }

  package static func deleteServerGroup(_ id: ServerGroupID) -> WireRequest {
    WireRequest(.deleteGroup(id.rawValue), microversion: preferred)
  }

  /// `POST /servers`; with several servers the answer should carry the reservation ID that finds them all.
  package static func createServers(_ request: ServerCreateRequest) -> WireRequest {
    var sent = request
    if sent.maxCount > 1 { sent.returnReservationID = true }
    return WireRequest(.createServer, microversion: request.microversion, body: ServerCreateBody.body(sent))
  }

  /// One page of `GET /servers/detail`, after `marker` when given.
  package static func listServers(_ query: ServerListQuery, marker: String? = nil) -> WireRequest {
    var pairs: [(String, String)] = []
    if query.allProjects { pairs.append(("all_tenants", "True")) }
    if let reservation = query.reservationID { pairs.append(("reservation_id", reservation)) }
    if let marker { pairs.append(("marker", marker)) }
    return WireRequest(.listServers(detail: true), query: pairs, microversion: preferred)
  }

  package static func showServer(_ id: ServerID) -> WireRequest {
    WireRequest(.showServer(id.rawValue), microversion: serverShow)
  }

  package static func deleteServer(_ id: ServerID) -> WireRequest {
    WireRequest(.deleteServer(id.rawValue), microversion: preferred)
  }

  /// `POST /servers/{id}/action {"evacuate": {…}}` at the request's microversion (the one the client sends, as
  /// openstacksdk writes it): `onSharedStorage` only before 2.14, where Nova requires it.
  package static func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) -> WireRequest {
    var arguments: [(String, JSONValue)] = []
    if let host = request.host { arguments.append(("host", .string(host))) }
    if let adminPass = request.adminPass { arguments.append(("adminPass", .string(adminPass))) }
    if request.microversion < Microversion(2, 14) {
      arguments.append(("onSharedStorage", .bool(request.sharedStorage)))
    }
    return WireRequest(
      .serverAction(id.rawValue), microversion: request.microversion,
      body: .object([("evacuate", .object(arguments))]))
  }

  /// `GET /os-quota-sets/{project}`.
  package static func quotaSet(_ project: ProjectID) -> WireRequest {
    WireRequest(.quotaSet(project.rawValue, detail: false, defaults: false), microversion: preferred)
  }

  /// `PUT /os-quota-sets/{project} {"quota_set": {…}}`, the keys in sorted order.
  package static func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) -> WireRequest {
    let pairs = limits.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.int($0.value)) }
    return WireRequest(
      .updateQuotaSet(project.rawValue), microversion: preferred, body: .object([("quota_set", .object(pairs))]))
  }

  package static let listFlavors = WireRequest(.listFlavors(detail: true), microversion: preferred)
  package static let listHypervisors = WireRequest(.listHypervisors(detail: true), microversion: preferred)
  package static let limits = WireRequest(.limits, microversion: preferred)
  package static let listImages = WireRequest(.image, "GET", Routes.images)
  package static let listNetworks = WireRequest(.network, "GET", Routes.networks)
}
