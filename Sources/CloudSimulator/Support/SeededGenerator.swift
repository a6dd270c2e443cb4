/// SplitMix64: a small, fast generator whose sequence is fixed by its seed, so a seeded region hands out the
/// same IDs run after run.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }
  init(state: UInt64) { self.state = state }
  var currentState: UInt64 { state }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A version-4 UUID string, lower case with dashes, as Nova prints them.
  package mutating func uuid() -> String {
    var bytes = [UInt8]()
    for _ in 0..<2 {
      let word = next()
      for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }
    return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
  }

  /// 32 hex digits, the form Keystone uses for project and user IDs.
  package mutating func hex32() -> String {
    uuid().replacingOccurrences(of: "-", with: "")
  }

  /// Nova's reservation ID form: `r-` and eight lower-case letters and digits.
  package mutating func reservationID() -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    return "r-" + String((0..<8).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
