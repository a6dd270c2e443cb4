import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOSSL

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension TransportFailure {
  /// Sorts whatever AsyncHTTPClient and SwiftNIO threw into the few failures a user can act on.
  static func classify(_ error: any Error, url: String, timeout: Int) -> TransportFailure {
    let host = URLParts(url)?.host ?? url
    switch error {
    case let error as HTTPClientError:
      switch error {
      case .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout:
        return .unreachable(host: host, detail: "no connection within the time limit")
      case .readTimeout, .deadlineExceeded, .writeTimeout: return .timedOut(seconds: timeout)
      case .remoteConnectionClosed, .uncleanShutdown, .bodyLengthMismatch: return .connectionClosed
      case .invalidURL, .emptyHost, .emptyScheme: return .other("the URL \(url) is not valid")
      default: return .other(error.description)
      }
    case let error as NIOConnectionError:
      if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
        return .hostNotFound(host: error.host)
      }
      let reason = error.connectionErrors.first.map { Self.reason($0.error) } ?? "\(error)"
      return .unreachable(host: "\(error.host):\(error.port)", detail: Self.plain(reason))
    case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError:
      return .tls(detail: Self.plain("\(error)"))
    case let error as IOError:
      return .unreachable(host: host, detail: Self.reason(error))
    case let error as ChannelError:
      if case .connectTimeout = error {
        return .unreachable(host: host, detail: "no connection within the time limit")
      }
      return .connectionClosed
    case is CancellationError:
      return .other("cancelled")
    default:
      let text = "\(error)"
      if text.contains("SSL") || text.contains("certificate") {
        return .tls(detail: Self.plain(text))
      }
      if text.lowercased().contains("dns") || text.contains("SocketAddressError") {
        return .hostNotFound(host: host)
      }
      return .other(Self.plain(text))
    }
  }

  /// The system's words for a socket error (`connection refused`), or the error's own text.
  static func reason(_ error: any Error) -> String {
    guard let error = error as? IOError else { return plain("\(error)") }
    return String(cString: strerror(error.errnoCode)).lowercased()
  }

  /// Keeps a library's error text on one line.
  static func plain(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
