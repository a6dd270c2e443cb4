/// A body that does not have the shape an OpenStack API gives it, with the path of the first problem.
package enum WireError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The body is not JSON at all.
  case notJSON(service: String)
  /// A key is missing (`server_group.policy`).
  case missingKey(String)
  /// A value has the wrong type (`server.status` should be a string).
  case wrongType(String, expected: String)

  package var description: String {
    switch self {
    case .notJSON(let service): "the \(service) answer is not JSON"
    case .missingKey(let path): "missing key `\(path)`"
    case .wrongType(let path, let expected): "`\(path)` should be \(expected)"
    }
  }
}
