/// The one error a `Cloud` throws: Nova's status code and Nova's exact message, so the simulator, the
/// sandbox server and the real client can be compared value for value.
package enum CloudError: Error, Equatable, Sendable, CustomStringConvertible {
  /// 400, fault name `badRequest`.
  case badRequest(String)
  /// 401: no token, or a bad one.
  case unauthorized(String)
  /// 403, fault name `forbidden` (policy refusals and quotas).
  case forbidden(String)
  /// 404, fault name `itemNotFound`.
  case notFound(String)
  /// 405, fault name `badMethod`.
  case badMethod(String)
  /// 406 (unsupported microversion), fault name `computeFault`.
  case notAcceptable(String)
  /// 409, fault name `conflictingRequest`.
  case conflict(String)
  /// 413 or 429, fault name `overLimit`, with the `Retry-After` seconds when the server sent one.
  case overLimit(status: Int, String, retryAfter: Int?)
  /// Any other status (5xx and the rest), fault name `computeFault`.
  case other(status: Int, String)
  /// Not an HTTP answer: the request was not sent or no answer came (unreachable, TLS, timeout, bad body).
  case transport(String)
  /// The operation is not possible on this cloud (a simulator-only power, or a microversion it lacks).
  case unsupported(String)

  /// The HTTP status Nova answers with (0 for errors that never reached a server).
  package var status: Int {
    switch self {
    case .badRequest: 400
    case .unauthorized: 401
    case .forbidden: 403
    case .notFound: 404
    case .badMethod: 405
    case .notAcceptable: 406
    case .conflict: 409
    case .overLimit(let status, _, _): status
    case .other(let status, _): status
    case .transport, .unsupported: 0
    }
  }

  /// Nova's message, exactly.
  package var message: String {
    switch self {
    case .badRequest(let text), .unauthorized(let text), .forbidden(let text), .notFound(let text),
      .badMethod(let text), .notAcceptable(let text), .conflict(let text), .transport(let text),
      .unsupported(let text):
      text
    case .overLimit(_, let text, _), .other(_, let text): text
    }
  }

  /// The key of Nova's fault envelope (`{"itemNotFound": {...}}`).
  package var faultName: String {
    switch self {
    case .badRequest: "badRequest"
    case .unauthorized: "unauthorized"
    case .forbidden: "forbidden"
    case .notFound: "itemNotFound"
    case .badMethod: "badMethod"
    case .conflict: "conflictingRequest"
    case .overLimit: "overLimit"
    case .notAcceptable, .other, .transport, .unsupported: "computeFault"
    }
  }

  /// Rebuilds the error from a status code and message, as a client reads a fault body.
  package init(status: Int, message: String, retryAfter: Int? = nil) {
    switch status {
    case 400: self = .badRequest(message)
    case 401: self = .unauthorized(message)
    case 403: self = .forbidden(message)
    case 404: self = .notFound(message)
    case 405: self = .badMethod(message)
    case 406: self = .notAcceptable(message)
    case 409: self = .conflict(message)
    case 413, 429: self = .overLimit(status: status, message, retryAfter: retryAfter)
    default: self = .other(status: status, message)
    }
  }

  package var description: String { message }
}

extension CloudError {
  /// `GET/DELETE /os-server-groups/{id}` for a group the caller cannot see.
  package static func serverGroupNotFound(_ id: String) -> CloudError {
    .notFound("Instance group \(id) could not be found.")
  }
  /// A `group` hint naming a group the caller cannot see (Nova answers 400 here, not 404).
  package static func hintedGroupNotFound(_ id: String) -> CloudError {
    .badRequest("Instance group \(id) could not be found.")
  }
  package static func serverNotFound(_ id: String) -> CloudError {
    .notFound("Instance \(id) could not be found.")
  }
  package static func flavorNotFound(_ id: String) -> CloudError {
    .badRequest("Flavor \(id) could not be found.")
  }
  package static func imageNotFound(_ id: String) -> CloudError {
    .badRequest("Image \(id) could not be found.")
  }
  package static func networkNotFound(_ id: String) -> CloudError {
    .badRequest("Network \(id) could not be found.")
  }
  package static func policyRefused(_ rule: String) -> CloudError {
    .forbidden("Policy doesn't allow \(rule) to be performed.")
  }
  package static let serverGroupQuotaExceeded = CloudError.forbidden("Quota exceeded, too many server groups.")
  package static let groupMemberQuotaExceeded = CloudError.forbidden("Quota exceeded, too many servers in group")
  package static let rulesNeedAntiAffinity = CloudError.badRequest("Only anti-affinity policy supports rules.")
}
