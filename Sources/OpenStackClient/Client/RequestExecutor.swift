import Foundation
import OpenStackWire
import ServerGroupsCore

/// Sends requests through the transport with the client's retry rules, and turns every way a request can go
/// wrong into one `CloudError` whose message names the service and says what to do.
///
/// Retries are bounded and only where repeating cannot do harm: a GET after a dropped connection or a
/// 502/503/504, and any request answered 429 (with `Retry-After`) or 503, which the service did not act on.
package struct RequestExecutor: Sendable {
  package var transport: Transport
  /// Waits a number of seconds (tests pass one that records instead of waiting).
  package var sleep: @Sendable (Int) async -> Void
  /// At most this many tries per request.
  package var maxAttempts: Int
  /// A `Retry-After` longer than this is not waited for; the user is told instead.
  package var maxRetryAfterSeconds: Int
  /// The cloud's name, for messages.
  package var cloudName: String

  package init(
    transport: @escaping Transport, cloudName: String = "", maxAttempts: Int = 3,
    maxRetryAfterSeconds: Int = 10,
    sleep: @escaping @Sendable (Int) async -> Void = RequestExecutor.realSleep
  ) {
    self.transport = transport
    self.cloudName = cloudName
    self.maxAttempts = maxAttempts
    self.maxRetryAfterSeconds = maxRetryAfterSeconds
    self.sleep = sleep
  }

  /// Sleeps for real (cancellation ends the wait early).
  package static let realSleep: @Sendable (Int) async -> Void = { seconds in
    try? await Task.sleep(for: .seconds(seconds))
  }

  /// Sends `request` and returns the answer, whatever its status, after the allowed retries.
  package func send(_ request: TransportRequest, service: ServiceKind) async throws(CloudError)
    -> TransportResponse
  {
    var attempt = 1
    while true {
      let response: TransportResponse
      do {
        response = try await transport(request)
      } catch let failure as TransportFailure {
        if failure == .connectionClosed, request.isIdempotentRead, attempt < maxAttempts {
          await sleep(attempt)
          attempt += 1
          continue
        }
        throw error(for: failure, request: request, service: service)
      } catch {
        throw .transport(
          ClientMessages.otherTransport(service, url: Self.pathOnly(request.url), detail: "\(error)"))
      }
      guard attempt < maxAttempts,
        let wait = retryDelay(response, request: request, attempt: attempt)
      else {
        return response
      }
      await sleep(wait)
      attempt += 1
    }
  }

  /// How long to wait before trying again, or nil when the answer stands.
  private func retryDelay(_ response: TransportResponse, request: TransportRequest, attempt: Int)
    -> Int?
  {
    switch response.status {
    case 429:
      let asked = Self.retryAfter(response)
      guard (asked ?? 1) <= maxRetryAfterSeconds else { return nil }
      return max(asked ?? attempt, 0)
    case 503:
      if let asked = Self.retryAfter(response) {
        return asked <= maxRetryAfterSeconds ? asked : nil
      }
      return attempt
    case 502, 504:
      return request.isIdempotentRead ? attempt : nil
    default:
      return nil
    }
  }

  /// `Retry-After` in seconds (only the delta form; an HTTP date is read as "unknown").
  package static func retryAfter(_ response: TransportResponse) -> Int? {
    response.header("Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }

  private func error(for failure: TransportFailure, request: TransportRequest, service: ServiceKind)
    -> CloudError
  {
    let shownURL = URLParts(request.url)?.origin ?? request.url
    switch failure {
    case .hostNotFound(let host):
      return .transport(ClientMessages.hostNotFound(service, host: host, cloud: cloudName))
    case .unreachable(_, let detail):
      return .transport(ClientMessages.unreachable(service, url: shownURL, detail: detail))
    case .tls(let detail):
      return .transport(ClientMessages.tls(service, url: shownURL, detail: detail))
    case .timedOut(let seconds):
      return .transport(
        ClientMessages.timedOut(
          service, method: request.method, url: Self.pathOnly(request.url), seconds: seconds))
    case .connectionClosed:
      return .transport(
        ClientMessages.connectionClosed(
          service, method: request.method, url: Self.pathOnly(request.url)))
    case .notSentDryRun:
      return .unsupported(ClientMessages.dryRun)
    case .other(let detail):
      return .transport(ClientMessages.otherTransport(service, url: shownURL, detail: detail))
    }
  }

  /// The URL without its query (queries may carry names the user typed, but never secrets; this keeps lines short).
  /// A `user:password@` part is dropped too.
  static func pathOnly(_ url: String) -> String {
    URLParts.redacted(String(url.prefix { $0 != "?" }))
  }

  /// The error an HTTP answer of 400 or more stands for. A Nova fault envelope (or Keystone's or Neutron's)
  /// becomes the same `CloudError` the simulator throws; anything else gets a line of our own.
  package static func fault(
    _ response: TransportResponse, request: TransportRequest, service: ServiceKind
  ) -> CloudError {
    let retryAfter = retryAfter(response)
    let url = pathOnly(request.url)
    if let body = JSONValue.parse(response.body),
      let error = NovaFault.error(status: response.status, body: body, retryAfter: retryAfter)
    {
      return error
    }
    if (300..<400).contains(response.status) {
      return .transport(
        ClientMessages.redirect(
          service, status: response.status, method: request.method, url: url,
          location: response.header("Location").map(pathOnly)))
    }
    if response.status == 429 {
      return .overLimit(
        status: 429, ClientMessages.rateLimited(service, retryAfter: retryAfter),
        retryAfter: retryAfter)
    }
    return CloudError(
      status: response.status,
      message: ClientMessages.status(
        service, status: response.status, method: request.method, url: url),
      retryAfter: retryAfter)
  }

  /// The JSON body of a successful answer (`.null` when it is empty).
  package static func json(
    _ response: TransportResponse, request: TransportRequest, service: ServiceKind
  ) throws(CloudError) -> JSONValue {
    if response.body.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return .null }
    guard let value = JSONValue.parse(response.body) else {
      throw .transport(
        ClientMessages.notJSON(
          service, method: request.method, url: pathOnly(request.url), status: response.status))
    }
    return value
  }

  /// Runs a decoder, turning a wire error into one readable line.
  package static func decode<T>(
    _ request: TransportRequest, service: ServiceKind, _ read: () throws(WireError) -> T
  ) throws(CloudError) -> T {
    do {
      return try read()
    } catch {
      throw .transport(
        ClientMessages.unexpectedBody(
          service, method: request.method, url: pathOnly(request.url), problem: error.description))
    }
  }
}
