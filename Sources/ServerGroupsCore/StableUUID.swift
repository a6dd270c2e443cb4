import Foundation

/// UUID-shaped identifiers that stay the same for the same name (service IDs survive restarts).
package enum StableUUID {
  package static func make(_ name: String) -> String {
    func fnv(_ seed: UInt64) -> UInt64 {
      var hash = seed
      for byte in name.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
      return hash
    }
    let hex = String(format: "%016llx%016llx", fnv(0xcbf2_9ce4_8422_2325), fnv(0x84222325_cbf29ce4))
    let chars = Array(hex)
    func part(_ range: Range<Int>) -> String { String(chars[range]) }
    return "\(part(0..<8))-\(part(8..<12))-4\(part(13..<16))-a\(part(17..<20))-\(part(20..<32))"
  }
}
