/// ANSI colours and box-drawing characters when colours are on; plain ASCII when they are off.
package struct Ink: Sendable {
  /// The colours renderers use.
  package enum Color: String, Sendable {
    case red = "31"
    case green = "32"
    case yellow = "33"
    case blue = "34"
    case magenta = "35"
    case cyan = "36"
  }

  /// One colour per group, in order.
  static let groupColors: [Color] = [.cyan, .magenta, .green, .blue, .yellow]

  package var colors: Bool

  package init(colors: Bool) { self.colors = colors }

  /// Text in a colour (unchanged when colours are off or `color` is nil).
  package func paint(_ text: String, _ color: Color?) -> String {
    guard colors, let color, !text.isEmpty else { return text }
    return "\u{1B}[\(color.rawValue)m" + text + "\u{1B}[0m"
  }

  package func bold(_ text: String) -> String {
    colors && !text.isEmpty ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
  }

  var ellipsis: String { colors ? "…" : "~" }

  func top(_ width: Int) -> String { rule(width, colors ? ("┌", "─", "┐") : ("+", "-", "+")) }
  func divider(_ width: Int) -> String { rule(width, colors ? ("├", "─", "┤") : ("|", "-", "|")) }
  func bottom(_ width: Int) -> String { rule(width, colors ? ("└", "─", "┘") : ("+", "-", "+")) }
  func side(_ content: String) -> String { colors ? "│ " + content + " │" : "| " + content + " |" }

  private func rule(_ width: Int, _ parts: (String, String, String)) -> String {
    parts.0 + String(repeating: parts.1, count: max(0, width - 2)) + parts.2
  }

  /// The width of text once ANSI escape sequences are removed.
  package static func visibleWidth(_ text: String) -> Int { TextWidth.of(strip(text)) }

  /// Removes ANSI colour sequences (`ESC [ … m`).
  package static func strip(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
