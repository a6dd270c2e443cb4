import Foundation

/// A JSON value that keeps object keys in the order they arrived, because Nova's messages print
/// request bodies as Python dicts in that order.
package enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  /// A whole number past `Int`'s range, as its decimal digits (`-` first when negative): Python's json keeps
  /// such numbers exact, and Nova may store and show one (`max_server_per_host: 9223372036854775808`).
  case bigInteger(String)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.int(let a), .int(let b)): a == b
    case (.bigInteger(let a), .bigInteger(let b)): a == b
    case (.double(let a), .double(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
    default: false
    }
  }

  package func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let v): hasher.combine(v)
    case .int(let v): hasher.combine(v)
    case .bigInteger(let v): hasher.combine(v)
    case .double(let v): hasher.combine(v)
    case .string(let v): hasher.combine(v)
    case .array(let v): hasher.combine(v)
    case .object(let v):
      for (key, value) in v {
        hasher.combine(key)
        hasher.combine(value)
      }
    }
  }

  /// The value of `key` in an object (the last one if a key repeats, as Python's json does).
  package subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.last(where: { $0.0 == key })?.1
  }

  package var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  package var objectPairs: [(String, JSONValue)]? {
    if case .object(let pairs) = self { return pairs }
    return nil
  }
}

extension JSONValue {
  /// Parses JSON text, keeping key order; nil when the text is not JSON.
  package static func parse(_ text: String) -> JSONValue? {
    parse(Array(text.utf8))
  }

  /// Parses UTF-8 JSON bytes, keeping key order; nil when they are not JSON.
  package static func parse(_ bytes: [UInt8]) -> JSONValue? {
    var parser = JSONParser(bytes: bytes)
    return parser.parseDocument()
  }

  /// Serialises the value as compact JSON (`pretty` indents by two spaces, like Python's `indent=2`).
  package func serialized(pretty: Bool = false, sortKeys: Bool = false) -> String {
    var out = ""
    write(to: &out, pretty: pretty, sortKeys: sortKeys, indent: 0)
    return out
  }

  private func write(to out: inout String, pretty: Bool, sortKeys: Bool, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .bigInteger(let digits): out += digits
    case .double(let d): out += d.isFinite ? PythonRepr.float(d) : "null"
    case .string(let s): out += JSONValue.quoted(s)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += pretty ? "," : ", " }
        if pretty { out += "\n" + String(repeating: " ", count: indent + 2) }
        item.write(to: &out, pretty: pretty, sortKeys: sortKeys, indent: indent + 2)
      }
      if pretty { out += "\n" + String(repeating: " ", count: indent) }
      out += "]"
    case .object(let pairs):
      if pairs.isEmpty {
        out += "{}"
        return
      }
      let ordered = sortKeys ? pairs.sorted { $0.0 < $1.0 } : pairs
      out += "{"
      for (index, (key, value)) in ordered.enumerated() {
        if index > 0 { out += pretty ? "," : ", " }
        if pretty { out += "\n" + String(repeating: " ", count: indent + 2) }
        out += JSONValue.quoted(key) + ": "
        value.write(to: &out, pretty: pretty, sortKeys: sortKeys, indent: indent + 2)
      }
      if pretty { out += "\n" + String(repeating: " ", count: indent) }
      out += "}"
    }
  }

  /// A JSON string literal, escaping as Python's `json.dumps` does with `ensure_ascii=False`.
  package static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

/// A small strict JSON parser (RFC 8259) that keeps object key order and tells ints from floats.
private struct JSONParser {
  let bytes: [UInt8]
  var index = 0
  var depth = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func parseDocument() -> JSONValue? {
    skipSpace()
    guard let value = parseValue() else { return nil }
    skipSpace()
    return index == bytes.count ? value : nil
  }

  mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  mutating func parseValue() -> JSONValue? {
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "{"): return parseObject()
    case UInt8(ascii: "["): return parseArray()
    case UInt8(ascii: "\""): return parseString().map(JSONValue.string)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return parseNumber()
    }
  }

  mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
    let utf8 = Array(word.utf8)
    guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else { return nil }
    index += utf8.count
    return value
  }

  mutating func parseObject() -> JSONValue? {
    depth += 1
    defer { depth -= 1 }
    guard depth < 256 else { return nil }
    index += 1
    var pairs: [(String, JSONValue)] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(pairs)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = parseString() else { return nil }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
      index += 1
      skipSpace()
      guard let value = parseValue() else { return nil }
      // A repeated key replaces the earlier value in place, as Python's dict does.
      if let existing = pairs.firstIndex(where: { $0.0 == key }) {
        pairs[existing].1 = value
      } else {
        pairs.append((key, value))
      }
      skipSpace()
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { return nil }
      index += 1
      return .object(pairs)
    }
  }

  mutating func parseArray() -> JSONValue? {
    depth += 1
    defer { depth -= 1 }
    guard depth < 256 else { return nil }
    index += 1
    var items: [JSONValue] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      skipSpace()
      guard let value = parseValue() else { return nil }
      items.append(value)
      skipSpace()
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { return nil }
      index += 1
      return .array(items)
    }
  }

  mutating func parseString() -> String? {
    index += 1
    var scalars = String.UnicodeScalarView()
    var raw: [UInt8] = []
    func flush() -> Bool {
      guard !raw.isEmpty else { return true }
      guard let text = String(validating: raw, as: UTF8.self) else { return false }
      scalars.append(contentsOf: text.unicodeScalars)
      raw.removeAll()
      return true
    }
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        guard flush() else { return nil }
        return String(scalars)
      case UInt8(ascii: "\\"):
        guard flush(), index < bytes.count else { return nil }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          guard var code = hex4() else { return nil }
          if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { return nil }
          scalars.append(scalar)
        default: return nil
        }
      default:
        guard byte >= 0x20 else { return nil }
        raw.append(byte)
      }
    }
    return nil
  }

  mutating func hex4() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[index..<index + 4] {
      guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
      value = value * 16 + UInt32(digit)
    }
    index += 4
    return value
  }

  mutating func parseNumber() -> JSONValue? {
    let start = index
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    var isInteger = true
    func digits() -> Int {
      let from = index
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
      return index - from
    }
    let intDigits = digits()
    guard intDigits > 0 else { return nil }
    if intDigits > 1, bytes[index - intDigits] == UInt8(ascii: "0") { return nil }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      isInteger = false
      guard digits() > 0 else { return nil }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      isInteger = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { return nil }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger, let value = Int(text) { return .int(value) }
    if isInteger { return .bigInteger(text) }
    guard let value = Double(text) else { return nil }
    return .double(value)
  }
}
