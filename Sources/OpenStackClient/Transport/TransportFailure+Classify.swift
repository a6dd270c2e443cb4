import AsyncHTTPClient
import Foundation
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
      case .invalidURL, .emptyHost, .emptyScheme: return .other("the URL \(URLParts.redacted(url)) is not valid")
      default: return .other(error.description)
      }
    case let error as NIOConnectionError:
      if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
        return .hostNotFound(host: error.host)
      }
      let reason = error.connectionErrors.first.map { Self.reason($0.error) } ?? "\(error)"
      return .unreachable(host: "\(error.host):\(error.port)", detail: Self.plain(reason))
    case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError:
      return .tls(detail: Self.tlsReason("\(error)"))
    case is NIOTooManyBytesError:
      return .other(ClientMessages.tooLarge)
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
        return .tls(detail: Self.tlsReason(text))
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

  /// A TLS failure in the user's terms: BoringSSL's reason code (`CERTIFICATE_VERIFY_FAILED`) explained, never
  /// its error numbers or the source paths of the build.
  package static func tlsReason(_ text: String) -> String {
    let known: [(String, String)] = [
      ("CERTIFICATE_VERIFY_FAILED", "the server's certificate is not signed by a CA this machine trusts"),
      ("failedToValidateHostname", "the server's certificate does not name this host"),
      ("WRONG_VERSION_NUMBER", "the server did not answer in TLS (is it an http:// address?)"),
      ("HTTP_REQUEST", "the server did not answer in TLS (is it an http:// address?)"),
      ("CERTIFICATE_EXPIRED", "the server's certificate has expired"),
      ("TLSV1_ALERT_PROTOCOL_VERSION", "the server and sgtutor share no TLS version"),
      (
        "SSLV3_ALERT_HANDSHAKE_FAILURE",
        "the server refused the handshake (no common cipher, or it wants a client certificate)"
      ),
      ("NO_START_LINE", "the file is not a PEM certificate"),
      ("failedToLoadCertificate", "the file is not a readable PEM certificate"),
      ("uncleanShutdown", "the server closed the connection during the handshake"),
    ]
    if let match = known.first(where: { text.contains($0.0) }) { return match.1 }
    // `error:1000007d:SSL routines:OPENSSL_internal:SOME_REASON at /path/handshake.cc:393` → `some reason`.
    if let range = text.range(of: "OPENSSL_internal:") {
      let reason = text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      if !reason.isEmpty { return reason.lowercased().replacingOccurrences(of: "_", with: " ") }
    }
    let firstWords = plain(text).prefix { $0 != "(" && $0 != "[" }
    return firstWords.isEmpty ? "TLS error" : String(firstWords).trimmingCharacters(in: .whitespaces)
  }

  /// Keeps a library's error text on one line.
  static func plain(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
