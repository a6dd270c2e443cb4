import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SandboxServer
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Over a real socket: idle and slowly-sent requests are closed, CONNECT is answered at once. The timeouts are
/// made short; a 20-second receive timeout only stops a broken build from hanging the suite.
@Suite struct ConnectionTimeoutTests {
  static let timeouts = SandboxTimeouts(idle: .milliseconds(200), request: .milliseconds(400))

  /// A blocking loopback socket with a receive timeout.
  final class RawSocket {
    let descriptor: Int32

    init(port: Int) throws {
      descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      var limit = timeval(tv_sec: 20, tv_usec: 0)
      setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_port = in_port_t(UInt16(port).bigEndian)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
      }
      guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(descriptor) }

    /// False once the peer has closed the connection.
    func send(_ text: String) -> Bool {
      let bytes = Array(text.utf8)
      let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      return sent == bytes.count
    }

    /// Everything until the peer closes (or the 20-second safety net); `closed` tells which. The blocking reads
    /// run on a thread of their own: blocking one of the few threads Swift's concurrency has would starve the
    /// in-process sandbox that is to answer (seen as an empty answer when the whole suite runs).
    func readToEnd() async -> (text: String, closed: Bool) {
      let descriptor = self.descriptor
      return await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: Self.readToEnd(descriptor)) }
      }
    }

    static func readToEnd(_ descriptor: Int32) -> (text: String, closed: Bool) {
      var data: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count == 0 { return (String(decoding: data, as: UTF8.self), true) }
        if count < 0 { return (String(decoding: data, as: UTF8.self), false) }
        data += buffer[0..<count]
      }
    }
  }

  static func withLiveSandbox(
    _ timeouts: SandboxTimeouts = timeouts, _ body: @Sendable (Int) async throws -> Void
  ) async throws {
    let sandbox = try await SandboxHarness.makeSandbox()
    let app = buildApplication(
      sandbox: sandbox, address: SandboxAddress(host: "127.0.0.1", port: 0), timeouts: timeouts)
    try await app.test(.live) { client in
      try await body(try #require(client.port))
    }
  }

  @Test func anIdleConnectionIsClosed() async throws {
    try await Self.withLiveSandbox { port in
      let socket = try RawSocket(port: port)
      let (text, closed) = await socket.readToEnd()
      #expect(closed && text.isEmpty)
    }
  }

  @Test func aBodySentOneByteAtATimeIsCutOff() async throws {
    // The idle timeout is long here: only the request deadline can stop the trickle early.
    try await Self.withLiveSandbox(SandboxTimeouts(idle: .seconds(60), request: .milliseconds(400))) { port in
      let socket = try RawSocket(port: port)
      #expect(socket.send("POST /v2.1/servers HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"))
      var sent = 0
      while sent < 400, socket.send("x") {
        sent += 1
        try await Task.sleep(for: .milliseconds(50))
      }
      #expect(sent < 400, "the server kept reading a 20-second trickle")
    }
  }

  @Test func connectIsAnswered405AtOnce() async throws {
    // Longer timeouts: on a loaded machine a 200 ms idle timeout can close the connection before the CONNECT is
    // read, which would prove nothing about the answer; an unanswered CONNECT still fails (the read ends empty).
    try await Self.withLiveSandbox(SandboxTimeouts(idle: .seconds(3), request: .seconds(3))) { port in
      let socket = try RawSocket(port: port)
      #expect(socket.send("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"))
      let (text, _) = await socket.readToEnd()
      #expect(text.hasPrefix("HTTP/1.1 405 Method Not Allowed"), "\(text)")
    }
  }
}
