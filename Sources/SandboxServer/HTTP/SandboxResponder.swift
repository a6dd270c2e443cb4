import HTTPTypes
import Hummingbird
import NIOCore
import OpenStackWire
import ServerGroupsCore
import ServiceLifecycle

/// The Hummingbird edge: turns a request into a `SandboxRequest`, lets the sandbox answer, and writes the
/// reply. The sandbox does its own routing, because Nova and Keystone disagree about unknown methods
/// (Nova's router answers 404, Keystone's 405) and the body limit must answer in Nova's words.
package struct SandboxResponder: HTTPResponder {
  package typealias Context = BasicRequestContext
  let sandbox: Sandbox
  /// The root URL used when a request has no `Host` header.
  let fallbackRoot: String

  package init(sandbox: Sandbox, fallbackRoot: String) {
    self.sandbox = sandbox
    self.fallbackRoot = fallbackRoot
  }

  package func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
    var request = request
    let body: ByteBuffer
    do {
      body = try await request.collectBody(upTo: Sandbox.maxBodySize)
    } catch {
      return Self.response(SandboxReply.json(413, NovaFault.body(NovaFault.tooLarge)))
    }
    let host = request.head.authority
    let root = host.map { "http://\($0)" } ?? fallbackRoot
    let sandboxRequest = SandboxRequest(
      method: request.method, path: request.uri.path, query: request.uri.query, headers: request.headers,
      body: Array(buffer: body), root: root)
    var reply = await sandbox.respond(sandboxRequest)
    if request.method == .head {
      reply.body = []
    }
    return Self.response(reply)
  }

  static func response(_ reply: SandboxReply) -> Response {
    var fields = HTTPFields()
    if let type = reply.contentType { fields[.contentType] = type }
    for (name, value) in reply.headers {
      guard let field = HTTPField.Name(name) else { continue }
      fields.append(HTTPField(name: field, value: value))
    }
    if let stream = reply.stream {
      let close = reply.onClose
      return Response(
        status: HTTPResponse.Status(code: reply.status), headers: fields,
        body: ResponseBody { writer in
          // A write to a client that left throws; a shutdown (Ctrl-C) ends the stream, so it never holds the
          // server open. Either way the stream's producers stop.
          defer { close?() }
          for await chunk in stream.cancelOnGracefulShutdown() {
            try await writer.write(ByteBuffer(bytes: chunk))
          }
          try await writer.finish(nil)
        })
    }
    fields[.contentLength] = String(reply.body.count)
    return Response(
      status: HTTPResponse.Status(code: reply.status), headers: fields,
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
  }
}
