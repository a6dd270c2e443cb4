import Hummingbird
import HummingbirdCore
import NIOCore
import NIOHTTPTypes

/// How long the sandbox waits on a connection. A room shares one server: a client that opens a connection
/// and says nothing, or sends its request a byte at a time, must not hold a connection (or a core) forever.
package struct SandboxTimeouts: Sendable, Equatable {
  /// A connection with no request in progress and nothing read for this long is closed (Hummingbird's
  /// idle timeout; it also covers a request head sent so slowly that it never completes).
  package var idle: TimeAmount
  /// A request whose head and body have not fully arrived this long after the head is closed unanswered.
  package var request: TimeAmount

  package init(idle: TimeAmount = .seconds(30), request: TimeAmount = .seconds(30)) {
    self.idle = idle
    self.request = request
  }
}

/// Closes the connection when a request's body is still arriving `limit` after its head: the slow-body half
/// of a slowloris attack, which an idle timeout alone does not stop (each trickled byte counts as activity).
final class RequestDeadlineHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart

  private let limit: TimeAmount
  private var deadline: Scheduled<Void>?

  init(limit: TimeAmount) { self.limit = limit }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head:
      deadline?.cancel()
      let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
      deadline = context.eventLoop.scheduleTask(in: limit) { loopBound.value.close(promise: nil) }
    case .end:
      deadline?.cancel()
      deadline = nil
    case .body:
      break
    }
    context.fireChannelRead(data)
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    deadline?.cancel()
    deadline = nil
  }

  func channelInactive(context: ChannelHandlerContext) {
    deadline?.cancel()
    deadline = nil
    context.fireChannelInactive()
  }
}

@available(*, unavailable)
extension RequestDeadlineHandler: Sendable {}
