import HTTPTypes
import OpenStackWire
import ServerGroupsCore

/// One authenticated Nova request after microversion negotiation.
struct NovaCall: Sendable {
  var request: SandboxRequest
  var caller: Caller
  var version: Microversion
  /// The path after `/v2.1` and the optional project ID.
  var path: [String]
  var links: NovaLinks
}

extension Sandbox {
  /// Nova: version documents, then authentication, routing, microversion negotiation and the handler.
  func nova(_ request: SandboxRequest, _ segments: [String]) async -> SandboxReply {
    let base = request.root
    guard let first = segments.first else {
      guard request.method == .get || request.method == .head else { return Self.unrouted }
      return .json(200, NovaVersions.root(base: base, minimum: minimum, maximum: maximum))
    }
    precondition(first == "v2.1")
    var path = Array(segments.dropFirst())
    if path.isEmpty {
      guard request.method == .get || request.method == .head else { return Self.unrouted }
      return .json(200, NovaVersions.v21(base: base, minimum: minimum, maximum: maximum))
    }
    guard let (caller, _) = authenticate(request) else { return unauthorized(request) }
    // `/v2.1/{project_id}/...` routes too (optional since 2.18); a project other than the token's is a 400.
    var urlProject: String?
    if let head = path.first, head.count == 32, head.allSatisfy(\.isHexDigit) {
      urlProject = head
      path.removeFirst()
    }
    guard let route = NovaRoute(method: request.method.rawValue, path: path) else { return Self.unrouted }
    let version: Microversion
    switch MicroversionHeader.negotiate(
      standard: request.header(MicroversionHeader.standard), legacy: request.header(MicroversionHeader.legacy),
      minimum: minimum, maximum: maximum)
    {
    case .success(let negotiated): version = negotiated
    case .failure(let error): return .json(error.status, NovaFault.body(error))
    }
    let headers = MicroversionHeader.responseHeaders(version)
    if let urlProject, urlProject != caller.projectID.rawValue {
      let error = CloudError.badRequest(
        "Malformed request URL: URL's project_id '\(urlProject)' doesn't match Context's project_id '\(caller.projectID)'"
      )
      return .json(400, NovaFault.body(error), headers: headers)
    }
    let call = NovaCall(
      request: request, caller: caller, version: version, path: path,
      links: NovaLinks(root: base, projectID: urlProject ?? ""))
    do {
      return try await handle(route, call).adding(headers)
    } catch let error as CloudError {
      return .json(error.status == 0 ? 500 : error.status, NovaFault.body(error), headers: headers)
    } catch {
      let fault = CloudError.other(status: 500, "Unexpected API Error. \(error)")
      return .json(500, NovaFault.body(fault), headers: headers)
    }
  }

  /// Nova's answer to a path or method it does not route.
  static let unrouted = SandboxReply.json(404, NovaFault.body(.notFound(NovaFault.unroutedMessage)))

  private func handle(_ route: NovaRoute, _ call: NovaCall) async throws -> SandboxReply {
    switch route {
    case .listGroups: try await listGroups(call)
    case .createGroup: try await createGroup(call)
    case .showGroup(let id): try await showGroup(call, id)
    case .deleteGroup(let id): try await deleteGroup(call, id)
    case .listServers(let detail): try await listServers(call, detail: detail)
    case .createServer: try await createServer(call)
    case .showServer(let id): try await showServer(call, id)
    case .deleteServer(let id): try await deleteServer(call, id)
    case .listFlavors(let detail): listFlavors(call, detail: detail)
    case .showFlavor(let id): try showFlavor(call, id)
    case .flavorExtraSpecs(let id): try flavorExtraSpecs(call, id)
    case .flavorExtraSpec(let id, let key): try flavorExtraSpec(call, id, key)
    case .flavorAccess(let id): try flavorAccess(call, id)
    case .limits: try await limits(call)
    case .listHypervisors(let detail): try await listHypervisors(call, detail: detail)
    case .showHypervisor(let id): try await showHypervisor(call, id)
    case .hypervisorUptime(let id): try await hypervisorUptime(call, id)
    case .aggregates: try listAggregates(call)
    case .listServices: try await listServices(call)
    case .updateService(let id): try await updateService(call, id)
    case .availabilityZones(let detail): try await availabilityZones(call, detail: detail)
    case .keypairs: .json(200, .object([("keypairs", .array([]))]))
    case .tenantUsage(let project): try await tenantUsage(call, project: project)
    case .quotaSet(let project, let detail, let defaults):
      try await quotaSet(call, project, detail: detail, defaults: defaults)
    case .updateQuotaSet(let project): try await updateQuotaSet(call, project)
    case .deleteQuotaSet(let project): try await deleteQuotaSet(call, project)
    case .serverAction(let id): try await serverAction(call, id)
    case .volumeAttachments(let id): try await volumeAttachments(call, id)
    case .serverSecurityGroups(let id): try await serverSecurityGroups(call, id)
    }
  }

  /// Reads a JSON request body as Nova does: content type first, then `Malformed request body`.
  func body(_ call: NovaCall) throws(CloudError) -> JSONValue {
    guard Self.acceptsContentType(call.request) else { throw NovaFault.unsupportedContentType }
    guard let json = call.request.json else { throw NovaFault.malformedBody }
    return json
  }

  /// Tries the caller's own region, then (for admins) every other one, until one knows the ID.
  func firstRegion<T: Sendable>(
    for caller: Caller, _ operation: (any Cloud) async throws -> T
  ) async throws -> (key: String, value: T) {
    var lastError: (any Error)?
    for (key, cloud) in workshop.clouds(for: caller) {
      do {
        return (key, try await operation(cloud))
      } catch let error as CloudError where error.status == 404 {
        lastError = error
      }
    }
    throw lastError ?? CloudError.notFound(NovaFault.unroutedMessage)
  }
}
