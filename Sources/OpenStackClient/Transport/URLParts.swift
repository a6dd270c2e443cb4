import Foundation

/// An absolute URL taken apart: enough to join service paths and to find a compute endpoint's version root.
package struct URLParts: Sendable, Equatable {
  package var scheme: String
  package var host: String
  package var port: Int?
  /// The path without a trailing slash (empty for the root).
  package var path: String

  package init?(_ text: String) {
    guard let components = URLComponents(string: text),
      let scheme = components.scheme?.lowercased(),
      scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
    else { return nil }
    self.scheme = scheme
    self.host = host
    self.port = components.port
    var path = components.path
    while path.hasSuffix("/") { path.removeLast() }
    self.path = path
  }

  /// `scheme://host[:port]`.
  package var origin: String {
    let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    return "\(scheme)://\(shownHost)" + (port.map { ":\($0)" } ?? "")
  }

  /// The URL with `path` (which starts with `/`) appended to this one's path.
  package func appending(_ tail: String) -> String { origin + path + tail }

  /// The path's segments.
  package var segments: [String] { path.split(separator: "/").map(String.init) }

  /// The same URL with the path cut to its first `count` segments.
  package func prefix(segments count: Int) -> URLParts {
    var copy = self
    let kept = segments.prefix(count)
    copy.path = kept.isEmpty ? "" : "/" + kept.joined(separator: "/")
    return copy
  }

  /// `url` without a `user:password@` part, for anything shown to the user (a password may hide there).
  package static func redacted(_ url: String) -> String {
    guard let schemeEnd = url.range(of: "://") else { return url }
    let authorityEnd = url[schemeEnd.upperBound...].firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? url.endIndex
    guard let at = url[schemeEnd.upperBound..<authorityEnd].lastIndex(of: "@") else { return url }
    return String(url[..<schemeEnd.upperBound]) + String(url[url.index(after: at)...])
  }
}
