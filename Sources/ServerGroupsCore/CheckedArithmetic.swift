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
