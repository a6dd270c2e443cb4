import Foundation
import ServerGroupsCore

/// One request to an OpenStack service as sgtutor's client builds it: the service, method, path below the
/// service's endpoint, query, the compute microversion it asks for and the JSON body. `NovaClient` sends these;
/// on the simulator the shell records them as what the client would send (`equivalent`).
package struct WireRequest: Sendable {
  /// The services sgtutor calls.
  package enum Service: String, Sendable, CaseIterable {
    case identity, compute, image, network

    /// The version prefix of the paths below an unversioned endpoint (`/v2` for Glance); Nova's endpoint
    /// carries its version.
    package var versionPrefix: String {
      switch self {
      case .identity: "/v3"
      case .compute: ""
      case .image: "/v2"
      case .network: "/v2.0"
      }
    }
  }

  package var service: Service
  package var method: String
  /// Below the service's endpoint, without the query (`/os-server-groups`, `/v2/images`).
  package var path: String
  package var query: [(String, String)]
  /// Compute only: the microversion the request wants; the sender caps it to what the cloud offers.
  package var microversion: Microversion?
  package var body: JSONValue?

  package init(
    _ service: Service, _ method: String, _ path: String, query: [(String, String)] = [],
    microversion: Microversion? = nil, body: JSONValue? = nil
  ) {
    self.service = service
    self.method = method
    self.path = path
    self.query = query
    self.microversion = microversion
    self.body = body
  }

  /// A Nova request for `route`.
  package init(
    _ route: NovaRoute, query: [(String, String)] = [], microversion: Microversion, body: JSONValue? = nil
  ) {
    self.init(.compute, route.method, route.path, query: query, microversion: microversion, body: body)
  }

  /// The full URL at a catalog endpoint. Glance and Neutron endpoints are unversioned in most catalogs; one that
  /// already ends in the version gets it only once.
  package func url(at endpoint: String) -> String {
    var base = endpoint
    while base.hasSuffix("/") { base.removeLast() }
    let prefix = service.versionPrefix
    if !prefix.isEmpty, base.hasSuffix(prefix), path.hasPrefix(prefix) {
      base.removeLast(prefix.count)
    }
    return base + path + Self.encodedQuery(query)
  }

  /// Percent-encodes query pairs the way Python's `urlencode` does (`?all_projects=True`; empty without pairs).
  package static func encodedQuery(_ pairs: [(String, String)]) -> String {
    guard !pairs.isEmpty else { return "" }
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    func encode(_ text: String) -> String {
      text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
    return "?" + pairs.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
  }
}
