/// Tables exactly as python-openstackclient prints them: prettytable with cliff's settings (padding 1,
/// `+---+` frame, one rule under the header, numeric columns right-aligned by their first row).
package enum TableRenderer {
  /// A `Lister` table. An empty listing prints only a newline, as cliff does without `--print-empty`.
  package static func render(_ listing: Listing) -> String {
    guard !listing.rows.isEmpty else { return "\n" }
    let rightAligned = listing.rows[0].map(\.isNumeric)
    return grid(header: listing.columns, rows: listing.rows.map { $0.map(\.human) }, rightAligned: rightAligned)
  }

  /// A `ShowOne` table with `Field` and `Value` columns, both left-aligned.
  package static func render(_ record: Record) -> String {
    guard !record.fields.isEmpty else { return "\n" }
    return grid(
      header: ["Field", "Value"], rows: record.fields.map { [$0.name, $0.value.human] }, rightAligned: [false, false])
  }

  /// Draws the frame. Cells may hold several lines; each row is then as tall as its tallest cell.
  static func grid(header: [String], rows: [[String]], rightAligned: [Bool]) -> String {
    let split = rows.map { $0.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } }
    var widths = header.map(TextWidth.of)
    for row in split {
      for (index, lines) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], lines.map(TextWidth.of).max() ?? 0)
      }
    }
    let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
    func line(_ cells: [String]) -> String {
      var out = "|"
      for (index, cell) in cells.enumerated() {
        let right = index < rightAligned.count && rightAligned[index]
        out += " " + TextWidth.pad(cell, to: widths[index], left: !right) + " |"
      }
      return out + "\n"
    }
    var out = rule + line(header) + rule
    for row in split {
      let height = row.map(\.count).max() ?? 1
      for index in 0..<height {
        out += line(row.map { index < $0.count ? $0[index] : "" })
      }
    }
    return out + rule
  }
}
