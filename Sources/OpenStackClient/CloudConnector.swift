import Foundation
import ServerGroupsCore

/// Connects to a configured cloud the way the executable needs it: the live transport with the cloud's TLS
/// settings, optionally `--dry-run`, and a first call that proves Keystone and Nova answer.
package enum CloudConnector {
  /// A connected cloud and the transport to shut down when done.
  package struct Connection: Sendable {
    package var client: NovaClient
    package var description: CloudDescription
    package var transport: AsyncHTTPTransport
  }

  /// Logs in and discovers the compute API. Fails with one line (`CloudError.message`) when the cloud cannot
  /// be used.
  /// - Parameters:
  ///   - notify: where notes go (standard error).
  ///   - showUnsent: with `dryRun`, where the requests that were not sent go (standard output).
  package static func connect(
    _ config: CloudConfig, dryRun: Bool = false, notify: @escaping @Sendable (String) -> Void,
    showUnsent: @escaping @Sendable (String) -> Void
  ) async throws(CloudError) -> Connection {
    let live: AsyncHTTPTransport
    do {
      live = try AsyncHTTPTransport(
        settings: AsyncHTTPTransport.Settings(
          caCertificatePath: config.caCertificatePath, verifyTLS: config.verifyTLS))
    } catch {
      throw .transport(ClientMessages.caBundle(detail: Self.detail(error)))
    }
    let transport = dryRun ? DryRunTransport.wrap(live.transport, show: showUnsent) : live.transport
    let client = NovaClient(config: config, transport: transport, notify: notify)
    do {
      let description = try await client.describe()
      return Connection(client: client, description: description, transport: live)
    } catch {
      await live.shutdown()
      throw (error as? CloudError) ?? .transport("\(error)")
    }
  }

  private static func detail(_ failure: TransportFailure) -> String {
    if case .tls(let detail) = failure { return detail }
    return "\(failure)"
  }
}
