import Foundation
import ServerGroupsCore

/// The block-style YAML PyYAML's `safe_dump` writes: keys sorted, sequences inside mappings not indented,
/// scalars quoted only when a plain scalar would read back as something else.
package enum YAMLWriter {
  /// A whole document, ending in a newline.
  package static func document(_ value: JSONValue) -> String {
    isNonEmptyCollection(value) ? block(value, indent: 0) : scalar(value) + "\n"
  }

  /// A non-empty mapping or sequence at `indent` spaces, one entry per line.
  static func block(_ value: JSONValue, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    var out = ""
    switch value {
    case .array(let items):
      for item in items {
        if isNonEmptyCollection(item) {
          // A mapping in a sequence starts on the dash's line; a nested sequence too.
          let inner = block(item, indent: indent + 2)
          out += pad + "- " + inner.dropFirst(indent + 2)
        } else {
          out += pad + "- " + scalar(item) + "\n"
        }
      }
    case .object(let pairs):
      for (key, item) in pairs.sorted(by: { $0.0 < $1.0 }) {
        switch item {
        case .object(let inner) where !inner.isEmpty:
          out += pad + scalar(.string(key)) + ":\n" + block(item, indent: indent + 2)
        case .array(let inner) where !inner.isEmpty:
          out += pad + scalar(.string(key)) + ":\n" + block(item, indent: indent)
        default:
          out += pad + scalar(.string(key)) + ": " + scalar(item) + "\n"
        }
      }
    default:
      out += pad + scalar(value) + "\n"
    }
    return out
  }

  static func isNonEmptyCollection(_ value: JSONValue) -> Bool {
    switch value {
    case .array(let items): !items.isEmpty
    case .object(let pairs): !pairs.isEmpty
    default: false
    }
  }

  /// A scalar (or an empty collection) as PyYAML writes it.
  static func scalar(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .bigInteger(let digits): digits
    case .double(let d): PythonRepr.float(d)
    case .array: "[]"
    case .object: "{}"
    case .string(let s): string(s)
    }
  }

  static func string(_ text: String) -> String {
    if !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }) {
      return doubleQuoted(text)
    }
    return needsQuotes(text) ? "'" + text.replacingOccurrences(of: "'", with: "''") + "'" : text
  }

  /// Whether a plain scalar would be read back as another type or break the syntax.
  static func needsQuotes(_ text: String) -> Bool {
    guard let first = text.first, let last = text.last else { return true }
    if first == " " || last == " " { return true }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
      // A lone dash-led word like `-x` is fine for PyYAML only when followed by a non-space; keep it simple.
      if !(first == "-" && text.count > 1 && text.dropFirst().first != " ") { return true }
    }
    if text.contains(": ") || text.contains(" #") || last == ":" { return true }
    let lower = text.lowercased()
    let special = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf"]
    if special.contains(lower) { return true }
    if Int(text) != nil || Double(text) != nil { return true }
    // PyYAML's timestamp resolver: 2026-01-02 and 2026-01-02T03:04:05Z read back as dates.
    let digits = text.prefix(10)
    if digits.count == 10,
      digits.enumerated().allSatisfy({ [4, 7].contains($0.offset) ? $0.element == "-" : $0.element.isNumber })
    {
      return true
    }
    return false
  }

  /// PyYAML's double-quoted style for text it will not write plainly (non-ASCII without `allow_unicode`).
  static func doubleQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        let value = scalar.value
        if value >= 0x20 && value < 0x7F {
          out.unicodeScalars.append(scalar)
        } else {
          let hex = String(value, radix: 16, uppercase: true)
          let (prefix, width) = value <= 0xFF ? ("\\x", 2) : value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
          out += prefix + String(repeating: "0", count: max(0, width - hex.count)) + hex
        }
      }
    }
    return out + "\""
  }
}
