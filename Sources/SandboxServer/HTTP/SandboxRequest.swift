import HTTPTypes
import OpenStackWire
import ServerGroupsCore

/// A request as the route handlers see it: method, path segments, query pairs, headers and the raw body.
/// Keeping Hummingbird's types at the edge lets every handler be a plain async function.
struct SandboxRequest: Sendable {
  var method: HTTPRequest.Method
  /// Path segments without empty ones (`/v2.1/servers/` → `["v2.1", "servers"]`).
  var segments: [String]
  var query: [(String, String)]
  var headers: HTTPFields
  var body: [UInt8]
  /// `http://host:port` as the client addressed the server, for links and the catalog.
  var root: String

  init(method: HTTPRequest.Method, path: String, query: String?, headers: HTTPFields, body: [UInt8], root: String) {
    self.method = method
    self.segments = path.split(separator: "/").map { Self.percentDecoded(String($0)) }
    self.query = Self.pairs(query ?? "")
    self.headers = headers
    self.body = body
    self.root = root
  }

  /// A header by name (case-insensitive).
  func header(_ name: String) -> String? {
    guard let field = HTTPField.Name(name) else { return nil }
    return headers[field]
  }

  /// The body as JSON: `.null` when empty (Nova validates that as `None`), nil when it is not JSON.
  var json: JSONValue? {
    if body.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return .null }
    return JSONValue.parse(body)
  }

  /// The value of the last `name` in the query (the last one wins, as in Nova).
  func queryValue(_ name: String) -> String? { query.last { $0.0 == name }?.1 }

  static func pairs(_ query: String) -> [(String, String)] {
    query.split(separator: "&").map { item in
      let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = percentDecoded(String(parts[0]).replacingPlus)
      let value = parts.count > 1 ? percentDecoded(String(parts[1]).replacingPlus) : ""
      return (key, value)
    }
  }

  static func percentDecoded(_ text: String) -> String {
    guard text.contains("%") else { return text }
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%"), utf8.count >= 2,
        let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension String {
  fileprivate var replacingPlus: String { String(map { $0 == "+" ? " " : $0 }) }
}

/// What a handler answers: status, extra headers and body bytes (JSON unless said otherwise).
struct SandboxReply: Sendable {
  var status: Int
  var headers: [(String, String)]
  var body: [UInt8]
  var contentType: String?
  /// A body written as it comes (server-sent events) instead of `body`, and what ends it when the client leaves
  /// or the server shuts down.
  var stream: AsyncStream<[UInt8]>?
  var onClose: (@Sendable () -> Void)?

  init(
    status: Int, headers: [(String, String)] = [], body: [UInt8] = [], contentType: String? = nil,
    stream: AsyncStream<[UInt8]>? = nil, onClose: (@Sendable () -> Void)? = nil
  ) {
    self.status = status
    self.headers = headers
    self.body = body
    self.contentType = contentType
    self.stream = stream
    self.onClose = onClose
  }

  static func json(_ status: Int, _ value: JSONValue, headers: [(String, String)] = []) -> SandboxReply {
    SandboxReply(status: status, headers: headers, body: value.bytes, contentType: "application/json")
  }

  static func empty(_ status: Int, headers: [(String, String)] = []) -> SandboxReply {
    SandboxReply(status: status, headers: headers)
  }

  static func text(_ status: Int, _ text: String) -> SandboxReply {
    SandboxReply(status: status, body: Array(text.utf8), contentType: "text/plain; charset=UTF-8")
  }

  /// Adds headers (used for the microversion headers every Nova answer carries).
  func adding(_ extra: [(String, String)]) -> SandboxReply {
    var copy = self
    copy.headers += extra
    return copy
  }
}
