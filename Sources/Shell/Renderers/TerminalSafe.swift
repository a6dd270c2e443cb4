/// Text from a cloud (names, descriptions, metadata, fault messages, host names) must not drive the terminal.
/// The shell's one writing point (`Repl.emit`) passes every line through `TerminalSafe.visible`, which shows
/// control characters in caret notation: ESC as `^[`, BEL as `^G`, CR as `^M`, DEL as `^?`, and a C1
/// control as `^[` plus its 7-bit form (CSI, U+009B, as `^[[`). Newlines and tabs pass. The only escape
/// sequences left intact are the colours the shell itself paints (`Ink`: `ESC [ 0|1|31…36 m`), which
/// change no state beyond the colour; a title change (`ESC ] 0 ; … BEL`), a screen clear (`ESC [ 2 J`) or a
/// cursor move arrives as visible text.
package enum TerminalSafe {
  /// The SGR parameters `Ink` writes.
  private static let inkParameters: Set<String> = ["0", "1", "31", "32", "33", "34", "35", "36"]

  /// `text` with every control character made visible, Ink's colours kept.
  package static func visible(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}", let end = inkSequenceEnd(scalars, from: index) {
        out.append(contentsOf: scalars[index..<end])
        index = end
        continue
      }
      if isControl(scalar) {
        out.append(contentsOf: caret(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
      index += 1
    }
    return String(out)
  }

  /// `text` with every control character made visible, colours included: for a value that goes into a cell
  /// before the table is measured.
  package static func plain(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) { out += caret(scalar) } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }

  static func caret(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x7F: return "^?"
    case 0x80...0x9F: return "^[" + String(Unicode.Scalar(UInt8(scalar.value - 0x40)))
    default: return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
    }
  }

  /// The end of an `ESC [ n m` colour sequence at `start` when `n` is one `Ink` writes.
  private static func inkSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var cursor = start + 2
    var parameter = ""
    while cursor < scalars.count, cursor - start < 6, ("0"..."9").contains(scalars[cursor]) {
      parameter.unicodeScalars.append(scalars[cursor])
      cursor += 1
    }
    guard cursor < scalars.count, scalars[cursor] == "m", inkParameters.contains(parameter) else { return nil }
    return cursor + 1
  }
}
