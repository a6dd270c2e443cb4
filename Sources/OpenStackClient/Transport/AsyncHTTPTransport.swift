import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOSSL

/// The live transport: AsyncHTTPClient with the cloud's TLS settings (`cacert`, `verify: false`) and time limits.
/// Call `shutdown()` before it goes away (AsyncHTTPClient insists on it).
package final class AsyncHTTPTransport: Sendable {
  /// TLS and time settings, from `CloudConfig`.
  package struct Settings: Sendable, Equatable {
    /// A PEM bundle of CAs to trust instead of the system's (clouds.yaml `cacert`).
    package var caCertificatePath: String?
    /// False skips certificate checks (`verify: false`, `--insecure`).
    package var verifyTLS: Bool
    /// How long to wait for a connection.
    package var connectTimeoutSeconds: Int
    /// How long to wait for a whole answer.
    package var requestTimeoutSeconds: Int

    package init(
      caCertificatePath: String? = nil, verifyTLS: Bool = true, connectTimeoutSeconds: Int = 10,
      requestTimeoutSeconds: Int = 60
    ) {
      self.caCertificatePath = caCertificatePath
      self.verifyTLS = verifyTLS
      self.connectTimeoutSeconds = connectTimeoutSeconds
      self.requestTimeoutSeconds = requestTimeoutSeconds
    }
  }

  /// Answers larger than this are refused (no OpenStack answer sgtutor reads comes near it).
  static let maxBodyBytes = 32 << 20

  private let client: HTTPClient
  private let settings: Settings

  /// - Throws: `TransportFailure.tls` when the CA bundle cannot be read.
  package init(settings: Settings) throws(TransportFailure) {
    var tls = TLSConfiguration.makeClientConfiguration()
    if !settings.verifyTLS {
      tls.certificateVerification = .none
    } else if let path = settings.caCertificatePath {
      do {
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(path))
      } catch {
        throw .tls(detail: "cannot read the CA bundle \(path) (cacert): \(TransportFailure.tlsReason("\(error)"))")
      }
    }
    var configuration = HTTPClient.Configuration(
      tlsConfiguration: tls, redirectConfiguration: .disallow,
      timeout: HTTPClient.Configuration.Timeout(
        connect: .seconds(Int64(settings.connectTimeoutSeconds)),
        read: .seconds(Int64(settings.requestTimeoutSeconds))))
    // Fail at once with the real reason (refused, DNS, TLS) instead of retrying until the time limit.
    configuration.connectionPool.retryConnectionEstablishment = false
    self.client = HTTPClient(
      eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    self.settings = settings
  }

  /// The transport closure over this client.
  package var transport: Transport {
    { [self] request in try await self.send(request) }
  }

  /// Sends one request.
  package func send(_ request: TransportRequest) async throws -> TransportResponse {
    var outgoing = HTTPClientRequest(url: request.url)
    outgoing.method = HTTPMethod(rawValue: request.method)
    for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
    if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
    do {
      let response = try await client.execute(
        outgoing, timeout: .seconds(Int64(settings.requestTimeoutSeconds)))
      let body = try await response.body.collect(upTo: Self.maxBodyBytes)
      return TransportResponse(
        status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
        body: Array(buffer: body))
    } catch let failure as TransportFailure {
      throw failure
    } catch {
      throw TransportFailure.classify(
        error, url: request.url, timeout: settings.requestTimeoutSeconds)
    }
  }

  /// Closes every connection. Call once, when the transport is no longer used.
  package func shutdown() async {
    try? await client.shutdown()
  }
}
