import Foundation
import HTTPTypes
import OpenStackClient

extension Sandbox {
  /// A client `Transport` that hands each request to this sandbox in process: the browser's shell talks to the
  /// same Keystone and Nova routes, with the same tokens and policy, as the participant's openstack CLI, without a
  /// socket. `root` is the address the page used, so links and `equivalent` show the URLs the participant knows.
  func inProcessTransport(root: String) -> Transport {
    { [self] request in
      let target = Self.pathAndQuery(of: request.url)
      var headers = HTTPFields()
      for (name, value) in request.headers {
        if let field = HTTPField.Name(name) { headers.append(HTTPField(name: field, value: value)) }
      }
      let reply = await respond(
        SandboxRequest(
          method: HTTPRequest.Method(request.method) ?? .get, path: target.path, query: target.query,
          headers: headers, body: request.body ?? [], root: root))
      var fields = reply.headers
      if let type = reply.contentType { fields.append(("Content-Type", type)) }
      return TransportResponse(status: reply.status, headers: fields, body: reply.body)
    }
  }

  /// `http://host:port/v2.1/servers?x=1` → (`/v2.1/servers`, `x=1`).
  static func pathAndQuery(of url: String) -> (path: String, query: String?) {
    var rest = Substring(url)
    if let scheme = rest.range(of: "://") {
      rest = rest[scheme.upperBound...]
      rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
    }
    guard let mark = rest.firstIndex(of: "?") else { return (String(rest), nil) }
    return (String(rest[..<mark]), String(rest[rest.index(after: mark)...]))
  }
}
