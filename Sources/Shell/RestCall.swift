import Foundation
import ServerGroupsCore

/// One HTTP request a command made (or would make on a real cloud): shown by `equivalent` and used to
/// name the URL in error messages (`ServiceEndpoints.url(of:)`).
package struct RestCall: Equatable, Sendable {
  /// Which OpenStack service answers the call.
  package enum Service: Sendable {
    case compute, image, network

    /// The path prefix of the service's versioned API.
    var prefix: String {
      switch self {
      case .compute: "/v2.1"
      case .image: "/v2"
      case .network: "/v2.0"
      }
    }
  }

  package var method: String
  package var service: Service
  /// The path below the service's prefix, with its query (`/os-server-groups?all_projects=True`).
  package var path: String
  package var body: JSONValue?

  /// A compute call.
  package init(_ method: String, _ path: String, body: JSONValue? = nil) {
    self.init(method, .compute, path, body: body)
  }

  package init(_ method: String, _ service: Service, _ path: String, body: JSONValue? = nil) {
    self.method = method
    self.service = service
    self.path = path
    self.body = body
  }

  /// `POST /v2.1/os-server-groups`.
  package var requestLine: String { "\(method) \(service.prefix)\(path)" }

  /// Percent-encodes a query value the way Python's `urlencode` does.
  package static func queryValue(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }
}

/// The calls made while one line runs. A reference type because commands hold the context by value.
package final class CallLog: @unchecked Sendable {
  private let lock = NSLock()
  private var calls: [RestCall] = []
  private var substitutions: [(String, String)] = []

  package init() {}

  /// Records a call.
  package func append(_ call: RestCall) {
    lock.withLock { calls.append(call) }
  }

  /// Records that the real `openstack` CLI needs `word` where the shell accepted `typed`.
  package func substitute(_ typed: String, with word: String) {
    lock.withLock { substitutions.append((typed, word)) }
  }

  /// Returns what was recorded and starts afresh.
  package func take() -> (calls: [RestCall], substitutions: [(String, String)]) {
    lock.withLock {
      defer {
        calls = []
        substitutions = []
      }
      return (calls, substitutions)
    }
  }
}
