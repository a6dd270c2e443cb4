/// Tables exactly as python-openstackclient prints them: prettytable with cliff's settings (padding 1,
/// `+---+` frame, one rule under the header, numeric columns right-aligned by their first row).
package enum TableRenderer {
  /// A `Lister` table. An empty listing prints only a newline, as cliff does without `--print-empty`.
  /// - Parameter maxWidth: the width to fit the table to (`--fit-width`, `--max-width`), or nil for its natural
  ///   width.
  package static func render(_ listing: Listing, maxWidth: Int? = nil) -> String {
    guard !listing.rows.isEmpty else { return "\n" }
    let rightAligned = listing.rows[0].map(\.isNumeric)
    return grid(
      header: listing.columns, rows: listing.rows.map { $0.map(\.human) }, rightAligned: rightAligned,
      fit: maxWidth.map { ($0, 8) })
  }

  /// A `ShowOne` table with `Field` and `Value` columns, both left-aligned.
  package static func render(_ record: Record, maxWidth: Int? = nil) -> String {
    guard !record.fields.isEmpty else { return "\n" }
    return grid(
      header: ["Field", "Value"], rows: record.fields.map { [$0.name, $0.value.human] }, rightAligned: [false, false],
      fit: maxWidth.map { ($0, 16) })
  }

  /// Draws the frame. Cells may hold several lines; each row is then as tall as its tallest cell. With `fit`,
  /// columns wider than their share of the width are wrapped as cliff's `_assign_max_widths` does.
  static func grid(header: [String], rows: [[String]], rightAligned: [Bool], fit: (width: Int, minimum: Int)? = nil)
    -> String
  {
    var header = header.map { [$0] }
    var split = rows.map { $0.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } }
    var widths = naturalWidths(header: header, rows: split)
    if let fit {
      let limits = maxWidths(widths, width: fit.width, minimum: fit.minimum)
      if limits.contains(where: { $0 != nil }) {
        header = header.enumerated().map { index, lines in wrap(lines, to: limits[index]) }
        split = split.map { row in
          row.enumerated().map { index, lines in wrap(lines, to: index < limits.count ? limits[index] : nil) }
        }
        widths = naturalWidths(header: header, rows: split)
      }
    }
    let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
    func line(_ cells: [String]) -> String {
      var out = "|"
      for (index, cell) in cells.enumerated() where index < widths.count {
        let right = index < rightAligned.count && rightAligned[index]
        out += " " + TextWidth.pad(cell, to: widths[index], left: !right) + " |"
      }
      return out + "\n"
    }
    func block(_ row: [[String]]) -> String {
      let height = row.map(\.count).max() ?? 1
      return (0..<height).map { index in line(row.map { index < $0.count ? $0[index] : "" }) }.joined()
    }
    var out = rule + block(header) + rule
    for row in split { out += block(row) }
    return out + rule
  }

  private static func naturalWidths(header: [[String]], rows: [[[String]]]) -> [Int] {
    var widths = header.map { $0.map(TextWidth.of).max() ?? 0 }
    for row in rows {
      for (index, lines) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], lines.map(TextWidth.of).max() ?? 0)
      }
    }
    return widths
  }

  /// cliff's rule: when the table is wider than `width`, columns narrower than an equal share keep their width
  /// and the others share what is left (the last one takes the remainder), each at least `minimum` wide. On a
  /// screen too narrow for that minimum it gives way, so the table still fits.
  static func maxWidths(_ widths: [Int], width: Int, minimum: Int) -> [Int?] {
    let none = [Int?](repeating: nil, count: widths.count)
    guard !widths.isEmpty, widths.reduce(0, +) + 3 * widths.count + 1 > width else { return none }
    let usable = max(0, width - 1 - 3 * widths.count)
    let optimal = usable / widths.count
    var remaining = usable
    var shrink: [Int] = []
    for (index, columnWidth) in widths.enumerated() {
      if columnWidth <= optimal { remaining -= columnWidth } else { shrink.append(index) }
    }
    guard let last = shrink.last else { return none }
    let floor = min(minimum, max(1, optimal))
    let share = remaining / shrink.count
    var limits = none
    for index in shrink.dropLast() {
      limits[index] = max(floor, share)
      remaining -= share
    }
    limits[last] = max(floor, remaining)
    return limits
  }

  /// prettytable's `textwrap.fill` of each line of a cell: between words, and a word longer than the cell is cut.
  static func wrap(_ lines: [String], to limit: Int?) -> [String] {
    guard let limit, limit > 0 else { return lines }
    return lines.flatMap { line -> [String] in
      guard TextWidth.of(line) > limit else { return [line] }
      var result: [String] = []
      var current = ""
      for word in line.split(separator: " ").map(String.init) {
        var word = word
        if !current.isEmpty, TextWidth.of(current) + 1 + TextWidth.of(word) <= limit {
          current += " " + word
          continue
        }
        if !current.isEmpty { result.append(current) }
        current = ""
        while TextWidth.of(word) > limit {
          let piece = prefix(of: word, width: limit)
          result.append(piece)
          word = String(word.dropFirst(piece.count))
        }
        current = word
      }
      if !current.isEmpty { result.append(current) }
      return result
    }
  }

  /// The longest start of `word` at most `width` columns wide (at least one character).
  private static func prefix(of word: String, width: Int) -> String {
    var out = ""
    for character in word {
      if !out.isEmpty, TextWidth.of(out + String(character)) > width { break }
      out.append(character)
    }
    return out
  }
}
