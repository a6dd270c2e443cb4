import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OpenStackWire
import ServerGroupsCore
import ServiceLifecycle

/// The Hummingbird edge: turns a request into a `SandboxRequest`, lets the sandbox answer, and writes the
/// reply. The sandbox does its own routing, because Nova and Keystone disagree about unknown methods
/// (Nova's router answers 404, Keystone's 405) and the body limit must answer in Nova's words.
/// Every answer gets its request ID here, and the request log its line.
package struct SandboxResponder: HTTPResponder {
  /// Hummingbird's plain context: the sandbox keeps no per-request state of its own there.
  package typealias Context = BasicRequestContext
  let sandbox: Sandbox
  /// The root URL used when a request has no `Host` header.
  let fallbackRoot: String
  /// Where each answered request is logged (nil: not logged).
  let log: (any RequestLogSink)?

  package init(sandbox: Sandbox, fallbackRoot: String, log: (any RequestLogSink)? = nil) {
    self.sandbox = sandbox
    self.fallbackRoot = fallbackRoot
    self.log = log
  }

  /// The methods any route answers; anything else (CONNECT, TRACE, made-up ones) gets a 405 at once, before
  /// the body is read: after CONNECT the rest of the stream is tunnel data, not a body that ever ends.
  static let knownMethods: Set<HTTPRequest.Method> = [.get, .head, .post, .put, .delete, .patch, .options]

  package func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
    let started = ContinuousClock.now
    let requestID = "req-" + UUID().uuidString.lowercased()
    let user = log == nil ? nil : sandbox.userName(forToken: request.headers[.authToken])
    var response = try await answer(to: request, context: context)
    response.headers[.openStackRequestID] = requestID
    if Sandbox.isCompute(path: request.uri.path) { response.headers[.computeRequestID] = requestID }
    if let log {
      let elapsed = ContinuousClock.now - started
      let issuedTo = request.method == .post ? sandbox.userName(forToken: response.headers[.subjectToken]) : nil
      log.record(
        RequestLogEntry(
          time: Date(), requestID: requestID, user: user ?? issuedTo, method: request.method.rawValue,
          target: RequestLogEntry.target(path: request.uri.path, query: request.uri.query),
          status: Int(response.status.code),
          milliseconds: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15))
    }
    return response
  }

  private func answer(to request: Request, context: BasicRequestContext) async throws -> Response {
    guard Self.knownMethods.contains(request.method) else {
      var reply = SandboxReply.json(405, Self.methodNotAllowed(request.method))
      reply.headers += [("Allow", "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS"), ("Connection", "close")]
      return Self.response(reply)
    }
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

  static func methodNotAllowed(_ method: HTTPRequest.Method) -> JSONValue {
    .object([
      (
        "error",
        .object([
          ("code", .int(405)), ("title", .string("Method Not Allowed")),
          ("message", .string("The method \(method.rawValue) is not allowed for the requested URL.")),
        ])
      )
    ])
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

extension HTTPField.Name {
  static let authToken = Self("X-Auth-Token")!
  static let subjectToken = Self("X-Subject-Token")!
  static let openStackRequestID = Self("x-openstack-request-id")!
  static let computeRequestID = Self("x-compute-request-id")!
}
