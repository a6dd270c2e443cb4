/// One HTTP request as the client makes it: an absolute URL, headers in order, and an optional body.
package struct TransportRequest: Sendable, Equatable {
  package var method: String
  /// The absolute URL, query included (`https://ctrl:8774/v2.1/servers/detail?all_tenants=1`).
  package var url: String
  package var headers: [(String, String)]
  package var body: [UInt8]?

  package init(method: String, url: String, headers: [(String, String)] = [], body: [UInt8]? = nil) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
  }

  /// A header's value by name (case-insensitive); the last one wins.
  package func header(_ name: String) -> String? {
    headers.last { $0.0.lowercased() == name.lowercased() }?.1
  }

  /// Whether repeating the request cannot change anything on the cloud.
  package var isIdempotentRead: Bool { method == "GET" || method == "HEAD" }

  package static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.method == rhs.method && lhs.url == rhs.url && lhs.body == rhs.body
      && lhs.headers.map { "\($0.0.lowercased()): \($0.1)" }
        == rhs.headers.map { "\($0.0.lowercased()): \($0.1)" }
  }
}

/// One HTTP answer: status, headers and the whole body.
package struct TransportResponse: Sendable, Equatable {
  package var status: Int
  package var headers: [(String, String)]
  package var body: [UInt8]

  package init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A header's value by name (case-insensitive).
  package func header(_ name: String) -> String? {
    headers.last { $0.0.lowercased() == name.lowercased() }?.1
  }

  package static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.status == rhs.status && lhs.body == rhs.body
      && lhs.headers.map { "\($0.0.lowercased()): \($0.1)" }
        == rhs.headers.map { "\($0.0.lowercased()): \($0.1)" }
  }
}

/// Sends one request and returns the answer, whatever its status; throws `TransportFailure` when no answer came.
/// The live one is `AsyncHTTPTransport`; tests pass a closure (scripted, fault-injecting, or the sandbox's router).
package typealias Transport = @Sendable (TransportRequest) async throws -> TransportResponse

/// Why a request got no HTTP answer. The client turns these into one line naming the service.
package enum TransportFailure: Error, Equatable, Sendable {
  /// The host name did not resolve.
  case hostNotFound(host: String)
  /// Nothing listens there, or the network refused or reset the connection.
  case unreachable(host: String, detail: String)
  /// The TLS handshake failed (unknown CA, wrong name, plain HTTP on a TLS port, …).
  case tls(detail: String)
  /// No answer within the time limit.
  case timedOut(seconds: Int)
  /// The connection closed before the whole answer arrived.
  case connectionClosed
  /// `--dry-run`: the request was printed and not sent.
  case notSentDryRun
  /// Anything else the HTTP library reported.
  case other(String)
}
