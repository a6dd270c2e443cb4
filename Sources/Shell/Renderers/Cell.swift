import ServerGroupsCore

/// One value in an openstackclient table: what a person sees (`-f table`) and what machines get
/// (`-f json|yaml|value`), as cliff's `FormattableColumn` keeps both.
package struct Cell: Equatable, Sendable {
  /// The text in a table cell.
  package var human: String
  /// The value in JSON and YAML output; `-f value` prints Python's `str()` of it.
  package var machine: JSONValue

  /// Control characters in `human` are made visible here, so a table is measured as it will be shown.
  package init(human: String, machine: JSONValue) {
    self.human = TerminalSafe.plain(human)
    self.machine = machine
  }

  /// A string value.
  package static func text(_ value: String) -> Cell { Cell(human: value, machine: .string(value)) }
  /// An optional string: Python's `None` when absent.
  package static func text(_ value: String?) -> Cell { value.map { text($0) } ?? .none }
  /// An integer (right-aligned in tables, as cliff aligns `int` columns).
  package static func int(_ value: Int) -> Cell { Cell(human: String(value), machine: .int(value)) }
  package static func bool(_ value: Bool) -> Cell { Cell(human: value ? "True" : "False", machine: .bool(value)) }
  /// Python's `None`.
  package static let none = Cell(human: "None", machine: .null)

  /// osc-lib's `ListColumn`: sorted and comma-joined for people, the list itself for machines.
  package static func list(_ items: [String]) -> Cell {
    Cell(human: items.sorted().joined(separator: ", "), machine: .array(items.map { .string($0) }))
  }

  /// osc-lib's `DictColumn`: `key='value'` pairs, sorted, comma-joined; the dict itself for machines.
  package static func dict(_ pairs: [(String, JSONValue)]) -> Cell {
    let human = pairs.sorted { $0.0 < $1.0 }.map { "\($0.0)='\(PythonRepr.str($0.1))'" }.joined(separator: ", ")
    return Cell(human: human, machine: .object(pairs))
  }

  /// osc-lib's `format_dict`: sorted `key='value'`, nested dicts as `outer.inner='value'`, `None` as `key=`.
  package static func formatDict(_ value: JSONValue, prefix: String? = nil) -> String {
    guard case .object(let pairs) = value else { return PythonRepr.str(value) }
    var output = ""
    for (key, item) in pairs.sorted(by: { $0.0 < $1.0 }) {
      let name = prefix.map { $0 + "." + key } ?? key
      switch item {
      case .object: output += formatDict(item, prefix: name) + ", "
      case .null: output += name + "=, "
      default: output += name + "='" + PythonRepr.str(item) + "', "
      }
    }
    return String(output.dropLast(2))
  }

  /// A value openstackclient prints without a formatter: Python's `str()` of it in tables too.
  package static func raw(_ value: JSONValue) -> Cell { Cell(human: PythonRepr.str(value), machine: value) }

  /// Whether cliff right-aligns the column this value starts (Python `int` and `float`).
  var isNumeric: Bool {
    switch machine {
    case .int, .double: true
    default: false
    }
  }
}

/// A cliff `Lister` result: column headers and rows.
package struct Listing: Equatable, Sendable {
  package var columns: [String]
  package var rows: [[Cell]]

  package init(columns: [String], rows: [[Cell]]) {
    self.columns = columns
    self.rows = rows
  }

  /// Keeps the columns named by `-c`, in the command's order, as cliff does.
  package func selecting(_ wanted: [String]) throws(ShellError) -> Listing {
    guard !wanted.isEmpty else { return self }
    let keep = columns.indices.filter { wanted.contains(columns[$0]) }
    guard !keep.isEmpty else { throw .unknownColumns(requested: wanted, known: columns) }
    return Listing(columns: keep.map { columns[$0] }, rows: rows.map { row in keep.map { row[$0] } })
  }
}

/// A cliff `ShowOne` result: field names and their values, in the order printed.
package struct Record: Equatable, Sendable {
  /// One field of a record.
  package struct Field: Equatable, Sendable {
    package var name: String
    package var value: Cell

    package init(_ name: String, _ value: Cell) {
      self.name = name
      self.value = value
    }
  }

  package var fields: [Field]

  package init(_ fields: [Field]) { self.fields = fields }

  /// Fields sorted by name, as openstackclient sorts a resource's columns.
  package static func sorted(_ fields: [Field]) -> Record {
    Record(fields.sorted { $0.name < $1.name })
  }

  /// Keeps the fields named by `-c`.
  package func selecting(_ wanted: [String]) throws(ShellError) -> Record {
    guard !wanted.isEmpty else { return self }
    let kept = fields.filter { wanted.contains($0.name) }
    guard !kept.isEmpty else { throw .unknownColumns(requested: wanted, known: fields.map(\.name)) }
    return Record(kept)
  }
}
