/// Integer arithmetic that cannot trap: quota, capacity and count sums clamp at the ends of `Int`
/// instead, and `exactProduct` spells out a product too large for `Int` the way Python prints it.
extension Int {
  /// `self + other`, clamped to `Int.min...Int.max`.
  package func clampedAdding(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    guard overflow else { return sum }
    return other > 0 ? .max : .min
  }

  /// `self - other`, clamped to `Int.min...Int.max`.
  package func clampedSubtracting(_ other: Int) -> Int {
    let (difference, overflow) = subtractingReportingOverflow(other)
    guard overflow else { return difference }
    return other < 0 ? .max : .min
  }

  /// `self * other`, clamped to `Int.min...Int.max`.
  package func clampedMultiplied(by other: Int) -> Int {
    let (product, overflow) = multipliedReportingOverflow(by: other)
    guard overflow else { return product }
    return (self < 0) == (other < 0) ? .max : .min
  }

  /// The exact decimal text of `self * other` for non-negative operands, even past `Int.max`
  /// (Nova computes in Python integers and prints the whole number).
  package func exactProduct(_ other: Int) -> String {
    guard self >= 0, other >= 0 else { return String(clampedMultiplied(by: other)) }
    var (high, low) = UInt(self).multipliedFullWidth(by: UInt(other))
    if high == 0 { return String(low) }
    var digits: [Character] = []
    while high != 0 || low != 0 {
      // Long division of the 128-bit (high, low) by 10, one 64-bit half at a time.
      let (quotientHigh, remainderHigh) = high.quotientAndRemainder(dividingBy: 10)
      let (quotientLow, remainder) = UInt(10).dividingFullWidth((remainderHigh, low))
      digits.append(Character(String(remainder)))
      high = quotientHigh
      low = quotientLow
    }
    return String(digits.reversed())
  }
}

/// Whole numbers past `Int` as decimal digits, for the few places Nova (in Python integers) quotes one back.
package enum BigDecimal {
  /// `digits × factor` for a non-negative decimal `digits` and `factor`, exactly.
  package static func product(_ digits: String, _ factor: Int) -> String {
    guard factor > 0 else { return "0" }
    var result: [Int] = []
    var carry = 0
    for digit in digits.reversed().compactMap(\.wholeNumberValue) {
      // digit × factor + carry stays below 10 × Int.max / 10 for any factor a region allows (≤ 10⁹).
      let (part, overflow) = digit.multipliedReportingOverflow(by: factor)
      guard !overflow else { return String(Int.max) }
      let sum = part.clampedAdding(carry)
      result.append(sum % 10)
      carry = sum / 10
    }
    while carry > 0 {
      result.append(carry % 10)
      carry /= 10
    }
    while result.count > 1, result.last == 0 { result.removeLast() }
    return result.reversed().map(String.init).joined()
  }

  /// The digits of a non-negative JSON whole number too big for `Int` (`9223372036854775808`, `"0099…"`,
  /// `1e30`), as Python's `int()` would print it; nil for anything else.
  package static func digits(of value: JSONValue) -> String? {
    switch value {
    case .bigInteger(let digits): return digits.hasPrefix("-") ? nil : digits
    case .string(let text):
      guard Int(text) == nil, !text.isEmpty, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
        return nil
      }
      return String(text.drop { $0 == "0" })
    case .double(let number):
      guard number.isFinite, number >= 9.2e18, number == number.rounded() else { return nil }
      return Rules.wholeDigits(number)
    default: return nil
    }
  }
}
