/// How many terminal columns text takes: East Asian wide characters and most emoji take two,
/// combining marks and zero-width characters none (what prettytable measures with wcwidth).
package enum TextWidth {
  /// The display width of one line of text.
  package static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0 { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B { return 0 }
    let wide: [ClosedRange<UInt32>] = [
      0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]
    return wide.contains { $0.contains(value) } ? 2 : 1
  }

  /// Pads text with spaces to `width` columns, on the right (`left: true`) or the left.
  package static func pad(_ text: String, to width: Int, left: Bool = true) -> String {
    let fill = String(repeating: " ", count: max(0, width - of(text)))
    return left ? text + fill : fill + text
  }

  /// Cuts text to at most `width` columns, ending in `ellipsis` when it was cut.
  package static func truncate(_ text: String, to width: Int, ellipsis: String = "~") -> String {
    guard of(text) > width else { return text }
    var out = ""
    var used = 0
    let room = max(0, width - of(ellipsis))
    for character in text {
      let w = of(String(character))
      if used + w > room { break }
      out.append(character)
      used += w
    }
    return out + ellipsis
  }
}
