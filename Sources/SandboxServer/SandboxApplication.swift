import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Where the sandbox listens.
package struct SandboxAddress: Sendable, Equatable {
  package var host: String
  package var port: Int

  package init(host: String = "127.0.0.1", port: Int = 8774) {
    self.host = host
    self.port = port
  }
}

/// Builds the Hummingbird application serving `sandbox`. `onRunning` receives the bound port (useful with port 0).
/// `requestLog` gets one entry per answered request (nil: no request log). Idle connections and requests that
/// arrive too slowly are closed after `timeouts`.
package func buildApplication(
  sandbox: Sandbox, address: SandboxAddress, requestLog: (any RequestLogSink)? = nil,
  timeouts: SandboxTimeouts = SandboxTimeouts(),
  onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
  var logger = Logger(label: "sgtutor-serve")
  logger.logLevel = .warning
  let responder = SandboxResponder(
    sandbox: sandbox, fallbackRoot: "http://\(address.host):\(address.port)", log: requestLog)
  let requestLimit = timeouts.request
  return Application(
    responder: responder,
    server: .http1(
      configuration: HTTP1Channel.Configuration(
        additionalChannelHandlers: [RequestDeadlineHandler(limit: requestLimit)], idleTimeout: timeouts.idle)),
    configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port), serverName: nil),
    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? address.port) },
    logger: logger)
}

/// Runs the sandbox until SIGINT or SIGTERM, then shuts down gracefully (open requests finish).
package func runSandbox(
  sandbox: Sandbox, address: SandboxAddress, requestLog: (any RequestLogSink)? = nil,
  timeouts: SandboxTimeouts = SandboxTimeouts(), onRunning: @escaping @Sendable (Int) async -> Void
) async throws {
  let app = buildApplication(
    sandbox: sandbox, address: address, requestLog: requestLog, timeouts: timeouts, onRunning: onRunning)
  try await app.runService()
}
