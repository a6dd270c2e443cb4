import ServerGroupsCore

/// `--dry-run`: reads go out (names must still be looked up) and logging in still works, but every request that
/// would change something is printed instead of sent, and fails with `TransportFailure.notSentDryRun`.
package enum DryRunTransport {
  /// Wraps `inner`; `show` receives each unsent request as text (never with its token).
  package static func wrap(_ inner: @escaping Transport, show: @escaping @Sendable (String) -> Void)
    -> Transport
  {
    { request in
      if request.isIdempotentRead || request.url.hasSuffix("/auth/tokens") {
        return try await inner(request)
      }
      show(describe(request))
      throw TransportFailure.notSentDryRun
    }
  }

  /// `POST http://ctrl:8774/v2.1/os-server-groups`, the microversion header, then the body as one JSON line.
  package static func describe(_ request: TransportRequest) -> String {
    var lines = ["\(request.method) \(URLParts.redacted(request.url))"]
    if let version = request.header("OpenStack-API-Version") {
      lines.append("OpenStack-API-Version: \(version)")
    }
    if let body = request.body, !body.isEmpty {
      lines.append(JSONValue.parse(body)?.serialized() ?? String(decoding: body, as: UTF8.self))
    }
    return lines.joined(separator: "\n")
  }
}
