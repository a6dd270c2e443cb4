import Foundation
import ServerGroupsCore

/// Small readers and builders for `JSONValue`, so body code reads like the JSON it makes.
extension JSONValue {
  /// The integer, when the value is one (a float with no fraction counts, as Python's json gives `1.0`).
  package var intValue: Int? {
    switch self {
    case .int(let value): value
    case .double(let value): Int(exactly: value)
    default: nil
    }
  }

  package var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  package var arrayValue: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  package var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// A string, or `null` for nil.
  package static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// Nova's timestamp form, `2026-01-01T09:00:01Z`.
  package static func timestamp(_ date: Date) -> JSONValue { .string(WireDate.nova(date)) }

  /// The value serialised as compact UTF-8 JSON bytes.
  package var bytes: [UInt8] { Array(serialized().utf8) }
}

/// The date forms the OpenStack services print.
package enum WireDate {
  /// Nova's `2026-01-01T09:00:01Z`.
  package static func nova(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current))
  }

  /// Keystone's `2026-01-01T10:00:00.000000Z`.
  package static func keystone(_ date: Date) -> String {
    let base = nova(date)
    let micros = Int((date.timeIntervalSince1970 * 1_000_000).rounded()) % 1_000_000
    let fraction = String(micros)
    return String(base.dropLast()) + "." + String(repeating: "0", count: 6 - fraction.count) + fraction + "Z"
  }

  /// Reads either form back (with or without fractional seconds).
  package static func parse(_ text: String) -> Date? {
    var trimmed = text
    if let dot = trimmed.firstIndex(of: ".") {
      let tail = trimmed[dot...].drop { $0 != "Z" && $0 != "+" && $0 != "-" }
      trimmed = String(trimmed[..<dot]) + tail
    }
    if !trimmed.hasSuffix("Z") && !trimmed.contains("+") { trimmed += "Z" }
    return try? Date(trimmed, strategy: Date.ISO8601FormatStyle())
  }
}

/// Reading a decoded body with paths in the errors (`server.status`).
package struct JSONReader: Sendable {
  package let value: JSONValue
  package let path: String

  package init(_ value: JSONValue, path: String = "") {
    self.value = value
    self.path = path
  }

  private func join(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

  /// The object at `key`, or `missingKey`.
  package func object(_ key: String) throws(WireError) -> JSONReader {
    guard let inner = value[key] else { throw .missingKey(join(key)) }
    guard inner.objectPairs != nil else { throw .wrongType(join(key), expected: "an object") }
    return JSONReader(inner, path: join(key))
  }

  package func array(_ key: String) throws(WireError) -> [JSONReader] {
    guard let inner = value[key] else { throw .missingKey(join(key)) }
    guard let items = inner.arrayValue else { throw .wrongType(join(key), expected: "a list") }
    return items.enumerated().map { JSONReader($1, path: "\(join(key))[\($0)]") }
  }

  package func string(_ key: String) throws(WireError) -> String {
    guard let inner = value[key] else { throw .missingKey(join(key)) }
    guard let text = inner.stringValue else { throw .wrongType(join(key), expected: "a string") }
    return text
  }

  package func optionalString(_ key: String) -> String? { value[key]?.stringValue }

  package func int(_ key: String) throws(WireError) -> Int {
    guard let inner = value[key] else { throw .missingKey(join(key)) }
    if let number = inner.intValue { return number }
    if let text = inner.stringValue, let number = Int(text) { return number }
    throw .wrongType(join(key), expected: "an integer")
  }

  package func optionalInt(_ key: String) -> Int? {
    guard let inner = value[key] else { return nil }
    return inner.intValue ?? inner.stringValue.flatMap { Int($0) }
  }

  package func bool(_ key: String, default fallback: Bool) -> Bool { value[key]?.boolValue ?? fallback }
}
