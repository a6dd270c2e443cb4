import Foundation
import ServerGroupsCore

/// cliff's machine formatters: `-f json`, `-f yaml`, `-f value` and `-f csv`.
package enum MachineFormats {
  /// `json.dump(data, indent=2)` (or one line with `--noindent`), ASCII-only as Python's default.
  package static func json(_ value: JSONValue, indent: Bool = true) -> String {
    asciiOnly(value.serialized(pretty: indent)) + "\n"
  }

  /// A listing as cliff's JSON formatter writes it: objects keyed by the column headers.
  package static func json(_ listing: Listing, indent: Bool = true) -> String {
    json(
      .array(listing.rows.map { row in .object(zip(listing.columns, row.map(\.machine)).map { ($0, $1) }) }),
      indent: indent)
  }

  /// A record as one JSON object, keys in column order.
  package static func json(_ record: Record, indent: Bool = true) -> String {
    json(.object(record.fields.map { ($0.name, $0.value.machine) }), indent: indent)
  }

  /// `yaml.safe_dump(data, default_flow_style=False)`.
  package static func yaml(_ listing: Listing) -> String {
    YAMLWriter.document(
      .array(listing.rows.map { row in .object(zip(listing.columns, row.map(\.machine)).map { ($0, $1) }) }))
  }

  package static func yaml(_ record: Record) -> String {
    YAMLWriter.document(.object(record.fields.map { ($0.name, $0.value.machine) }))
  }

  /// One line per row, values separated by spaces (Python `str()` of each).
  package static func value(_ listing: Listing) -> String {
    listing.rows.map { $0.map { PythonRepr.str($0.machine) }.joined(separator: " ") + "\n" }.joined()
  }

  /// One line per field value.
  package static func value(_ record: Record) -> String {
    record.fields.map { PythonRepr.str($0.value.machine) + "\n" }.joined()
  }

  /// Python's `csv` with `QUOTE_NONNUMERIC`: a header row, then strings quoted and numbers bare.
  package static func csv(_ listing: Listing) -> String {
    func field(_ value: JSONValue) -> String {
      switch value {
      case .int, .double, .bool: return PythonRepr.str(value)
      default: return "\"" + PythonRepr.str(value).replacingOccurrences(of: "\"", with: "\"\"") + "\""
      }
    }
    let header = listing.columns.map { field(.string($0)) }.joined(separator: ",") + "\n"
    return header + listing.rows.map { $0.map { field($0.machine) }.joined(separator: ",") + "\n" }.joined()
  }

  /// Replaces every non-ASCII character with `\uXXXX` (surrogate pairs above U+FFFF), as `ensure_ascii` does.
  static func asciiOnly(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        out.unicodeScalars.append(scalar)
      } else {
        for unit in String(scalar).utf16 {
          let hex = String(unit, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
      }
    }
    return out
  }
}
