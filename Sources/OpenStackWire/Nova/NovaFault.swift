import ServerGroupsCore

/// Nova's fault envelope `{"itemNotFound": {"code": 404, "message": "…"}}`, both ways.
package enum NovaFault {
  /// The body Nova sends for `error`.
  package static func body(_ error: CloudError) -> JSONValue {
    let status = error.status == 0 ? 500 : error.status
    return .object([(faultName(status), .object([("code", .int(status)), ("message", .string(error.message))]))])
  }

  /// Nova's table of fault names by status (`wsgi.Fault._fault_names`); anything else is `computeFault`.
  package static func faultName(_ status: Int) -> String {
    switch status {
    case 400: "badRequest"
    case 401: "unauthorized"
    case 403: "forbidden"
    case 404: "itemNotFound"
    case 405: "badMethod"
    case 409: "conflictingRequest"
    case 413, 429: "overLimit"
    case 415: "badMediaType"
    case 501: "notImplemented"
    case 503: "serviceUnavailable"
    default: "computeFault"
    }
  }

  /// Reads a fault body back into the error it stands for; nil when the body is no fault envelope.
  /// Keystone's `{"error": {"code": 401, "message": …}}` and Neutron's `{"NeutronError": {"message": …}}`
  /// are read too, so the client has one way to turn any service's answer into a `CloudError`.
  package static func error(status: Int, body: JSONValue, retryAfter: Int? = nil) -> CloudError? {
    guard let pairs = body.objectPairs, pairs.count == 1, let inner = pairs[0].1.objectPairs else { return nil }
    let fields = JSONValue.object(inner)
    guard let message = fields["message"]?.stringValue else { return nil }
    return CloudError(status: status, message: message, retryAfter: retryAfter)
  }

  /// The message of a 404 for a path Nova does not route.
  package static let unroutedMessage = "The resource could not be found."
  /// A request body that is not JSON.
  package static let malformedBody = CloudError.badRequest("Malformed request body")
  /// A body over the size limit.
  package static let tooLarge = CloudError.overLimit(status: 413, "Request is too large.", retryAfter: nil)
  /// A body sent as something other than JSON.
  package static let unsupportedContentType = CloudError.other(status: 415, "Unsupported Content-Type")
}
