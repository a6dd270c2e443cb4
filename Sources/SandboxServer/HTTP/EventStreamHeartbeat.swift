/// Server-sent events' keep-alive: a comment line every 15 seconds, so proxies and browsers keep a quiet stream
/// open. Cancel the returned task when the stream ends.
enum EventStreamHeartbeat {
  static let comment = Array(": keep-alive\n\n".utf8)

  static func start(_ out: AsyncStream<[UInt8]>.Continuation) -> Task<Void, Never> {
    Task {
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(15))
        out.yield(comment)
      }
    }
  }
}
