/// A server group's scheduling policy, spelled as Nova spells it.
package enum Policy: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
  case affinity = "affinity"
  case antiAffinity = "anti-affinity"
  case softAffinity = "soft-affinity"
  case softAntiAffinity = "soft-anti-affinity"

  package var description: String { rawValue }

  /// Hard policies refuse a host; soft policies only weigh hosts and never refuse.
  package var isSoft: Bool { self == .softAffinity || self == .softAntiAffinity }

  /// The first compute microversion that accepts this policy (soft policies arrived in 2.15).
  package var minimumMicroversion: Microversion { isSoft ? .v2_15 : .v2_1 }

  /// The policies a request at `version` may name, in the order Nova's schema lists them.
  package static func allowed(at version: Microversion) -> [Policy] {
    version >= .v2_15 ? [.antiAffinity, .affinity, .softAntiAffinity, .softAffinity] : [.antiAffinity, .affinity]
  }
}

/// A group's rules (microversion 2.64): only `max_server_per_host`, only with anti-affinity.
package struct Rules: Hashable, Sendable, Codable {
  /// How many members of an anti-affinity group may share one host; `nil` means Nova's default of 1.
  /// Clamped to `Int.max` when the value given was larger (no host holds that many servers anyway).
  package var maxServerPerHost: Int?
  /// The decimal digits of a `max_server_per_host` past `Int.max`, kept as given: Nova's schema has no
  /// maximum, and it stores and shows the Python integer.
  package var maxServerPerHostDigits: String?

  package init(maxServerPerHost: Int? = nil, digits: String? = nil) {
    self.maxServerPerHost = maxServerPerHost
    self.maxServerPerHostDigits = digits
  }

  package static let none = Rules()
  package var isEmpty: Bool { maxServerPerHost == nil }

  /// The rule as Nova's JSON shows it, exact even past `Int.max`.
  package var maxServerPerHostJSON: JSONValue? {
    maxServerPerHostDigits.map(JSONValue.bigInteger) ?? maxServerPerHost.map(JSONValue.int)
  }

  /// The rule's value as text (`2`, `9223372036854775808`).
  package var maxServerPerHostText: String? { maxServerPerHostDigits ?? maxServerPerHost.map(String.init) }

  /// The rule from a JSON value Nova's schema accepted (an integer, a whole float, a digit string), exact;
  /// nil for anything else.
  package static func maxServerPerHost(from value: JSONValue) -> Rules? {
    switch value {
    case .int(let number): return Rules(maxServerPerHost: number)
    case .bigInteger(let digits): return Rules(maxServerPerHost: .max, digits: digits)
    case .double(let number):
      guard number.isFinite, number == number.rounded() else { return nil }
      if let exact = Int(exactly: number) { return Rules(maxServerPerHost: exact) }
      return number > 0 ? Rules(maxServerPerHost: .max, digits: wholeDigits(number)) : nil
    case .string(let text):
      guard !text.isEmpty, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
      if let exact = Int(text) { return Rules(maxServerPerHost: exact) }
      return Rules(maxServerPerHost: .max, digits: String(text.drop { $0 == "0" }))
    default: return nil
    }
  }

  /// Python's `int(value)` of a positive whole float past `Int.max`, as decimal digits.
  package static func wholeDigits(_ value: Double) -> String {
    // value = significand × 2^exponent, with a whole 53-bit significand; double a base-10 digit list.
    var digits = String(UInt64(value.significandBitPattern | (1 << 52))).compactMap { $0.wholeNumberValue }
    for _ in 0..<(Int(value.exponent) - 52) {
      var carry = 0
      for index in digits.indices.reversed() {
        let doubled = digits[index] * 2 + carry
        digits[index] = doubled % 10
        carry = doubled / 10
      }
      if carry > 0 { digits.insert(carry, at: 0) }
    }
    return digits.map(String.init).joined()
  }
}
