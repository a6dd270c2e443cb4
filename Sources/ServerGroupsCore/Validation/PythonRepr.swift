/// Python's `str()` and `repr()` of JSON values, because Nova's validation messages are Python
/// format strings over the decoded request (`Value: {'name': 'n'}`, `None is not of type 'object'`).
package enum PythonRepr {
  /// Python `str(value)`: strings bare, everything else as `repr`.
  package static func str(_ value: JSONValue) -> String {
    if case .string(let text) = value { return text }
    return repr(value)
  }

  /// Python `repr(value)` of the value json.loads would return.
  package static func repr(_ value: JSONValue) -> String {
    switch value {
    case .null: "None"
    case .bool(let b): b ? "True" : "False"
    case .int(let i): String(i)
    case .bigInteger(let digits): digits
    case .double(let d): float(d)
    case .string(let s): string(s)
    case .array(let items): "[" + items.map(repr).joined(separator: ", ") + "]"
    case .object(let pairs): "{" + pairs.map { string($0.0) + ": " + repr($0.1) }.joined(separator: ", ") + "}"
    }
  }

  /// Python's `repr` of a float: shortest round-trip digits, always with a `.0` or exponent.
  package static func float(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == value.rounded(), abs(value) < 1e16 {
      return String(Int64(value)) + ".0"
    }
    return "\(value)"
  }

  /// Python's `repr` of a str: single quotes unless the text has a `'` and no `"`.
  package static func string(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if Character(scalar) == quote {
          out += "\\" + String(quote)
        } else if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\x" + hex(scalar.value, width: 2)
        } else if (0x80...0xA0).contains(scalar.value) || scalar.value == 0xAD {
          out += "\\x" + hex(scalar.value, width: 2)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out.append(quote)
    return out
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
