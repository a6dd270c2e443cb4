import ServerGroupsCore

/// The IDs a simulated region draws from its seed, in the forms Nova and Keystone print.
extension SeededGenerator {
  /// A version-4 UUID string, lower case with dashes, as Nova prints them.
  package mutating func uuid() -> String {
    var bytes = [UInt8]()
    for _ in 0..<2 {
      let word = next()
      for shift in stride(from: 56, through: 0, by: -8) {
        bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
      }
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
