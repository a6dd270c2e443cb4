import CLibEdit

/// Lays out completion candidates in columns below the input line, filled top to bottom like `ls` and bash.
package enum CandidateListing {
  /// At most this many candidates are shown; the rest are counted on a last line.
  package static let limit = 100

  /// The listing as lines (no trailing spaces), fitting `columns` where the candidates allow it.
  package static func lines(_ candidates: [String], columns: Int) -> [String] {
    guard !candidates.isEmpty else { return [] }
    let shown = Array(candidates.prefix(limit))
    let widths = shown.map(displayWidth)
    let widest = widths.max() ?? 0
    let gap = 2
    let perRow = max(1, (max(columns, widest) - widest) / (widest + gap) + 1)
    let rows = (shown.count + perRow - 1) / perRow
    var lines: [String] = []
    for row in 0..<rows {
      var line = ""
      for column in 0..<perRow {
        let index = column * rows + row
        guard index < shown.count else { break }
        if column > 0 {
          line += String(repeating: " ", count: widest + gap - widths[index - rows])
        }
        line += shown[index]
      }
      lines.append(line)
    }
    if candidates.count > shown.count {
      lines.append("… and \(candidates.count - shown.count) more")
    }
    return lines
  }

  /// Terminal columns taken by `text`: wide (CJK, emoji) characters take two, combining marks none.
  package static func displayWidth(_ text: String) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        width += 1
        continue
      }
      let cells = Int(sg_wcwidth(scalar.value))
      // wcwidth says -1 for characters the current locale cannot print; they still take a cell when echoed.
      width += cells < 0 ? 1 : cells
    }
    return width
  }
}
