/// A typed identifier: `Identifier<ServerGroup>` and `Identifier<Server>` cannot be mixed up.
package struct Identifier<Tag>: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier as the API shows it (a UUID string for groups and servers).
  package let rawValue: String

  package init(_ rawValue: String) { self.rawValue = rawValue }
  package init(stringLiteral value: String) { self.rawValue = value }
  package init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
  package var description: String { rawValue }
  package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A server group's UUID.
package typealias ServerGroupID = Identifier<ServerGroup>
/// A server's UUID.
package typealias ServerID = Identifier<Server>
/// A flavor's ID (Nova's flavor IDs need not be UUIDs).
package typealias FlavorID = Identifier<Flavor>
/// An image's UUID.
package typealias ImageID = Identifier<Image>
/// A network's UUID.
package typealias NetworkID = Identifier<Network>
/// A Keystone project's ID (32 hex digits).
package typealias ProjectID = Identifier<Project>
/// A Keystone user's ID (32 hex digits).
package typealias UserID = Identifier<User>

/// Marker type for project identifiers.
package enum Project {}
/// Marker type for user identifiers.
package enum User {}

extension Identifier {
  /// True when the string has the 8-4-4-4-12 hex shape of a UUID (as Nova's schema checks it, dashes optional).
  package var isUUIDLike: Bool { UUIDShape.isUUIDLike(rawValue) }
}

/// UUID shape checks in the forms Nova accepts.
package enum UUIDShape {
  /// Nova's `is_uuid_like`: 32 hex digits, optionally in the dashed 8-4-4-4-12 form, any case.
  package static func isUUIDLike(_ text: String) -> Bool {
    let hex = Set("0123456789abcdefABCDEF")
    let chars = Array(text)
    if chars.count == 32 { return chars.allSatisfy { hex.contains($0) } }
    guard chars.count == 36 else { return false }
    for (index, char) in chars.enumerated() {
      if [8, 13, 18, 23].contains(index) {
        guard char == "-" else { return false }
      } else if !hex.contains(char) {
        return false
      }
    }
    return true
  }
}
