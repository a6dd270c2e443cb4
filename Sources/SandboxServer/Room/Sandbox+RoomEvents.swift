import Foundation
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// `GET /sgtutor/v1/room/events?ticket=…`: server-sent events, a `room` event with the whole room at once and
  /// after every change (changes close together share one). EventSource cannot send headers, so the page signs in
  /// with a single-use ticket from `POST /sgtutor/v1/room/ticket`, never with its token in the URL.
  func roomEvents(_ request: SandboxRequest) -> SandboxReply {
    guard let ticket = request.queryValue("ticket"), let userID = room.redeemTicket(ticket, now: now()),
      let user = workshop.directory.user(id: userID), workshop.directory.caller(for: user).isAdmin
    else { return unauthorized(request) }
    let (events, close) = roomEventStream()
    return SandboxReply(
      status: 200, headers: [("Cache-Control", "no-store")], contentType: "text/event-stream", stream: events,
      onClose: close)
  }

  /// The event stream's bytes: the room now, then again after changes (at most about twice a second, less when
  /// building the room takes long), and a comment every 15 seconds so a closed page is noticed. `close` stops it
  /// all (the stream then ends).
  package func roomEventStream() -> (events: AsyncStream<[UInt8]>, close: @Sendable () -> Void) {
    let (id, changes) = room.subscribe()
    let (events, out) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
    let room = self.room
    let sender = Task {
      out.yield(Self.event(await self.roomSnapshot()))
      for await _ in changes {
        try? await Task.sleep(for: .milliseconds(100))
        if Task.isCancelled { break }
        let clock = ContinuousClock()
        let start = clock.now
        out.yield(Self.event(await self.roomSnapshot()))
        // At most about two events a second, and never more than a twentieth of the time spent building them:
        // a huge room under heavy load is drawn less often rather than slowing the participants down.
        try? await Task.sleep(for: max(.milliseconds(400), (clock.now - start) * 19))
      }
      out.finish()
    }
    let heartbeat = EventStreamHeartbeat.start(out)
    let close: @Sendable () -> Void = {
      sender.cancel()
      heartbeat.cancel()
      room.unsubscribe(id)
      out.finish()
    }
    out.onTermination = { _ in close() }
    return (events, close)
  }

  static func event(_ room: JSONValue) -> [UInt8] {
    Array("event: room\ndata: ".utf8) + room.bytes + Array("\n\n".utf8)
  }

  /// How many pages follow the room now (for tests).
  package var roomListeners: Int { room.subscriberCount }
}
