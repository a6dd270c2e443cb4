import Foundation
import ServerGroupsCore
import Synchronization

/// A request as it went out on the wire (or, on the simulator, as the client would have sent it): what
/// `equivalent` shows and what error messages name. Never holds a token or a password.
package struct SentRequest: Sendable, Equatable {
  package var method: String
  /// The absolute URL, query included, without any `user:password@`.
  package var url: String
  /// The `OpenStack-API-Version` header's value (`compute 2.64`), when there was one.
  package var microversion: String?
  /// The JSON body; nil without one, and for Keystone's token requests, whose body holds the credentials.
  package var body: JSONValue?

  package init(method: String, url: String, microversion: String? = nil, body: JSONValue? = nil) {
    self.method = method
    self.url = url
    self.microversion = microversion
    self.body = body
  }

  /// What `request` is on the wire at `endpoint` after microversion negotiation chose `version`.
  package init(_ request: WireRequest, endpoint: String, version: Microversion?) {
    self.init(
      method: request.method, url: request.url(at: endpoint),
      microversion: request.service == .compute ? version.map { "compute \($0)" } : nil, body: request.body)
  }

  /// The path and query (`/v2.1/os-server-groups?all_projects=True`), as the request line names them.
  package var target: String {
    guard let scheme = url.range(of: "://") else { return url }
    let rest = url[scheme.upperBound...]
    return rest.firstIndex(where: { $0 == "/" || $0 == "?" }).map { String(rest[$0...]) } ?? "/"
  }

  /// `POST /v2.1/os-server-groups`.
  package var requestLine: String { "\(method) \(target)" }

  /// Whether this asked Keystone for a token (its body holds credentials and is never kept).
  package static func isTokenRequest(url: String) -> Bool {
    url.prefix { $0 != "?" }.hasSuffix("/auth/tokens")
  }
}

/// The requests sent since they were last taken: kept by the client at its transport, read by the shell.
/// A reference type shared by the client's transport closure and the shell, behind a mutex.
package final class RequestLog: Sendable {
  private let requests = Mutex<[SentRequest]>([])

  package init() {}

  /// Notes one request.
  package func record(_ request: SentRequest) {
    requests.withLock { $0.append(request) }
  }

  /// The most recent request, if any since the last `take()`.
  package var last: SentRequest? { requests.withLock { $0.last } }

  /// How many were noted since the last `take()`.
  package var count: Int { requests.withLock { $0.count } }

  /// Returns what was noted and starts afresh.
  package func take() -> [SentRequest] {
    requests.withLock { taken in
      defer { taken = [] }
      return taken
    }
  }
}

/// A cloud that notes its requests where they are sent (the HTTP client), so the shell need not.
package protocol RecordsRequests: Sendable {
  /// The log its transport writes, or nil when this cloud sends nothing over HTTP.
  var sentRequests: RequestLog? { get }
}
