import OpenStackWire
import ServerGroupsCore

extension NovaClient {
  /// A decoded answer with the request that got it (for messages).
  struct Answer: Sendable {
    var json: JSONValue
    var request: TransportRequest
    var response: TransportResponse
  }

  /// Sends one authenticated request to a service from the catalog and returns its JSON, renewing the token once
  /// on a 401. A compute request goes at the microversion it wants, capped to the cloud's range (or the pinned
  /// version). Faults become `CloudError`s.
  func perform(_ wire: WireRequest) async throws(CloudError) -> Answer {
    let service = ServiceKind(wire.service)
    let url = wire.url(at: try await session.endpoint(service))
    var headers: [(String, String)] = [
      ("Accept", "application/json"), ("User-Agent", KeystoneSession.userAgent),
    ]
    if wire.body != nil { headers.append(("Content-Type", "application/json")) }
    if let wanted = wire.microversion, wire.service == .compute {
      headers += MicroversionHeader.requestHeaders(try await version(for: wanted))
    }
    let method = wire.method
    let body = wire.body
    var request = TransportRequest(method: method, url: url, headers: headers, body: body?.bytes)
    let token = try await session.token()
    var response = try await executor.send(request.with(token: token), service: service)
    if response.status == 401 {
      let renewed = try await session.renew(replacing: token)
      request = request.with(token: renewed)
      response = try await executor.send(request, service: service)
      if response.status == 401 {
        throw .unauthorized(
          ClientMessages.tokenRefused(service, url: RequestExecutor.pathOnly(url)))
      }
    } else {
      request = request.with(token: token)
    }
    guard response.status < 300 else {
      throw RequestExecutor.fault(response, request: request, service: service)
    }
    let json = try RequestExecutor.json(response, request: request, service: service)
    return Answer(json: json, request: request.redacted, response: response)
  }

  // MARK: Microversions

  /// The compute API's microversion range, read once from its version document (no token needed).
  func computeRange() async throws(CloudError) -> (minimum: Microversion, maximum: Microversion) {
    if let known = await cache.microversions() { return known }
    let endpoint = try await session.endpoint(.compute)
    guard let parts = URLParts(endpoint) else {
      throw .transport(
        ClientMessages.otherTransport(
          .compute, url: endpoint, detail: "the catalog's compute URL is not valid"))
    }
    // `http://ctrl:8774/v2.1/<project>` → the document at `http://ctrl:8774/v2.1/`; then the root's list.
    let segments = parts.segments
    var candidates: [String] = []
    if let index = segments.lastIndex(where: { $0 == "v2.1" || $0 == "v2" }) {
      let versionRoot = parts.prefix(segments: index + 1)
      candidates.append(versionRoot.appending("/"))
      candidates.append(parts.prefix(segments: index).appending("/"))
    } else {
      candidates.append(parts.appending("/"))
    }
    for candidate in candidates {
      let request = TransportRequest(
        method: "GET", url: candidate,
        headers: [("Accept", "application/json"), ("User-Agent", KeystoneSession.userAgent)])
      let response = try await executor.send(request, service: .compute)
      guard response.status < 300, let json = JSONValue.parse(response.body),
        let range = NovaVersions.range(in: json)
      else { continue }
      await cache.remember(minimum: range.minimum, maximum: range.maximum)
      return range
    }
    throw .unsupported(ClientMessages.noComputeVersion)
  }

  /// The highest version requests may use: the pinned one (checked against the range) or the cloud's maximum.
  func ceiling(_ range: (minimum: Microversion, maximum: Microversion)) throws(CloudError)
    -> Microversion
  {
    guard let pinned else { return range.maximum }
    guard pinned >= range.minimum, pinned <= range.maximum else {
      throw .unsupported(
        ClientMessages.pinnedOutOfRange(
          pinned.description, source: pinnedSource, minimum: range.minimum.description,
          maximum: range.maximum.description
        ))
    }
    return pinned
  }

  /// The version a request asking for `wanted` goes out at: the pinned version exactly when there is one (as the
  /// openstack CLI sends `--os-compute-api-version`), else `wanted` or the highest below it the cloud allows.
  func version(for wanted: Microversion) async throws(CloudError) -> Microversion {
    let range = try await computeRange()
    let ceiling = try ceiling(range)
    if pinned != nil { return ceiling }
    return MicroversionHeader.chosen(wanted: wanted, minimum: range.minimum, maximum: ceiling)
  }
}

extension TransportRequest {
  /// The request with `X-Auth-Token` set to `token`.
  func with(token: String) -> TransportRequest {
    var copy = self
    copy.headers.removeAll { $0.0.lowercased() == "x-auth-token" }
    copy.headers.append(("X-Auth-Token", token))
    return copy
  }

  /// The request as it may be shown: the token replaced by `***`.
  var redacted: TransportRequest {
    var copy = self
    copy.headers = headers.map { $0.0.lowercased() == "x-auth-token" ? ($0.0, "***") : $0 }
    return copy
  }
}
