/// A compute API microversion such as 2.64.
package struct Microversion: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  package let major: Int
  package let minor: Int

  package init(_ major: Int, _ minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// Parses `2.64` with Nova's rule `^([1-9]\d*)\.([1-9]\d*|0)$`; anything else is nil.
  package init?(parsing text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let major = Self.number(parts[0], allowZero: false),
      let minor = Self.number(parts[1], allowZero: true)
    else { return nil }
    self.init(major, minor)
  }

  private static func number(_ text: Substring, allowZero: Bool) -> Int? {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    if text == "0" { return allowZero ? 0 : nil }
    guard text.first != "0", text.count < 10 else { return nil }
    return Int(text)
  }

  package var description: String { "\(major).\(minor)" }
  package static func < (lhs: Self, rhs: Self) -> Bool { (lhs.major, lhs.minor) < (rhs.major, rhs.minor) }

  // Named as Nova writes them (2.1, 2.64): `v2_64` reads as the version, `v2Point64` would not.
  // swift-format-ignore: AlwaysUseLowerCamelCase
  package static let v2_1 = Microversion(2, 1)
  // swift-format-ignore: AlwaysUseLowerCamelCase
  package static let v2_13 = Microversion(2, 13)
  // swift-format-ignore: AlwaysUseLowerCamelCase
  package static let v2_15 = Microversion(2, 15)
  // swift-format-ignore: AlwaysUseLowerCamelCase
  package static let v2_37 = Microversion(2, 37)
  // swift-format-ignore: AlwaysUseLowerCamelCase
  package static let v2_64 = Microversion(2, 64)
  // swift-format-ignore: AlwaysUseLowerCamelCase
  package static let v2_71 = Microversion(2, 71)
  // swift-format-ignore: AlwaysUseLowerCamelCase
  package static let v2_75 = Microversion(2, 75)
}
