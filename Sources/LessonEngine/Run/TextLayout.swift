/// Lesson text comes hard-wrapped from the Markdown file and gets longer when placeholders are filled, so the
/// engine joins each paragraph into one line and the shell wraps it to the terminal's width.
package enum TextLayout {
  /// Joins the lines of each paragraph and list item; keeps blank lines and indented lines. No Markdown reaches
  /// the terminal: a fenced block's lines are indented four columns instead of fenced, and a heading loses its
  /// `#` marks.
  package static func unwrap(_ text: String) -> String {
    var result: [String] = []
    var inFence = false
    var joinable = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("```") {
        inFence.toggle()
        joinable = false
        continue
      }
      if inFence {
        result.append(line.isEmpty ? line : "    " + line)
        continue
      }
      if line.hasPrefix("#") {
        result.append(String(line.drop { $0 == "#" }).trimmed)
        joinable = false
        continue
      }
      if line.trimmed.isEmpty || line.hasPrefix("    ") || line.hasPrefix("|") {
        result.append(line)
        joinable = false
        continue
      }
      // Terminals show `**bold**` literally; the Markdown stays readable on GitHub.
      let line = line.replacing("**", with: "")
      let trimmed = line.trimmed
      let startsItem = isListItem(trimmed)
      if joinable, !startsItem, let last = result.last {
        result[result.count - 1] = last + " " + trimmed
      } else {
        result.append(startsItem ? line.trimmingTrailingSpaces() : trimmed)
      }
      joinable = true
    }
    return result.joined(separator: "\n")
  }

  /// Wraps each line to `columns`, list items with a hanging indent; code blocks and indented lines are left
  /// as they are.
  package static func wrap(_ text: String, columns: Int) -> String {
    let width = max(columns, 20)
    var result: [String] = []
    var inFence = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("```") { inFence.toggle() }
      guard !inFence, !line.hasPrefix("```"), !line.hasPrefix("    "), line.count > width else {
        result.append(line)
        continue
      }
      let leading = String(line.prefix { $0 == " " })
      let indent = isListItem(line.trimmed) ? leading + "  " : leading
      var current = leading
      var hasWord = false
      for word in words(of: line) {
        if !hasWord {
          current += word
          hasWord = true
        } else if current.count + 1 + word.count > width {
          result.append(current)
          current = indent + word
        } else {
          current += " " + word
        }
      }
      result.append(current)
    }
    return result.joined(separator: "\n")
  }

  /// Words to wrap between; a `code span` or a quoted name ("DB Cluster", «Web Pair») with spaces in it stays one
  /// word.
  private static func words(of line: String) -> [String] {
    var result: [String] = []
    for word in line.split(separator: " ", omittingEmptySubsequences: true) {
      if let last = result.last, isOpen(last) {
        result[result.count - 1] = last + " " + word
      } else {
        result.append(String(word))
      }
    }
    return result
  }

  /// Whether `text` opens a code span or a quote it does not close.
  private static func isOpen(_ text: String) -> Bool {
    text.filter { $0 == "`" }.count % 2 == 1 || text.filter { $0 == "\"" }.count % 2 == 1
      || text.filter { $0 == "«" }.count > text.filter { $0 == "»" }.count
  }

  private static func isListItem(_ trimmed: String) -> Bool {
    if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") { return true }
    let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
    return !digits.isEmpty && trimmed.dropFirst(digits.count).hasPrefix(". ")
  }
}
