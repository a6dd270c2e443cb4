import LessonEngine

/// The tutor's blocks as text: command lists and the goal view. Pure, so tests need no terminal.
package enum TutorText {
  /// `TextLayout.wrap`, with condition lines (`  ✓ …`, `  ✗ …`) continued under their text, not under the mark,
  /// and lines indented four columns (a lesson's code blocks) wrapped as commands (`LineWrapper.command`).
  package static func wrap(_ text: String, columns: Int) -> String {
    let marks: [Character] = ["✓", "✗"]
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      if line.hasPrefix("    ") { return LineWrapper.command(String(line), columns: columns) }
      let leading = line.prefix { $0 == " " }
      let rest = line.dropFirst(leading.count)
      guard let mark = rest.first, marks.contains(mark), rest.dropFirst().first == " " else {
        return TextLayout.wrap(String(line), columns: columns)
      }
      // A list item wraps with a hanging indent, and "- " is as wide as "✓ ".
      let wrapped = TextLayout.wrap(String(leading) + "- " + String(rest.dropFirst(2)), columns: columns)
      return String(leading) + String(mark) + String(wrapped.dropFirst(leading.count + 1))
    }.joined(separator: "\n")
  }

  /// `Try:` and the commands, indented; a command wider than the screen continues with ` \`.
  package static func commands(title: String, _ commands: [String], columns: Int = 80) -> String {
    ([title] + commands.map { LineWrapper.command("  " + $0, columns: columns) }).joined(separator: "\n")
  }

  /// The goal view: its title, the cloud now beside the author's target picture (one above the other when the
  /// two do not fit side by side), then ✓ or ✗ for each condition.
  package static func goal(_ view: GoalView, placement: String?, columns: Int) -> String {
    var lines = [view.title]
    let placement = placement.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
    let target = view.picture.map { view.pictureTitle + "\n" + $0 }
    switch (placement, target) {
    case (let placement?, let target?):
      lines.append(sideBySide(placement, target, columns: columns) ?? placement + "\n" + target)
    case (let placement?, nil):
      lines.append(placement)
    case (nil, let target?):
      lines.append(target)
    case (nil, nil):
      break
    }
    lines += view.results.map { wrap("  " + $0.line, columns: columns) }
    return lines.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n")
  }

  /// Two blocks of lines next to each other, three spaces apart; nil when they need more than `columns`.
  package static func sideBySide(_ left: String, _ right: String, columns: Int) -> String? {
    let leftLines = lines(of: left)
    let rightLines = lines(of: right)
    let leftWidth = leftLines.map(visibleWidth).max() ?? 0
    let rightWidth = rightLines.map(visibleWidth).max() ?? 0
    guard leftWidth + 3 + rightWidth <= columns else { return nil }
    return (0..<max(leftLines.count, rightLines.count)).map { index in
      let leftPart = index < leftLines.count ? leftLines[index] : ""
      guard index < rightLines.count else { return leftPart }
      let fill = String(repeating: " ", count: max(0, leftWidth - visibleWidth(leftPart)))
      return leftPart + fill + "   " + rightLines[index]
    }.joined(separator: "\n")
  }

  /// Columns a line takes on the terminal: colour escapes (`ESC [ … m`) take none.
  package static func visibleWidth(_ line: String) -> Int {
    var plain = ""
    var inEscape = false
    for scalar in line.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        plain.unicodeScalars.append(scalar)
      }
    }
    return TextWidth.of(plain)
  }

  private static func lines(of text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
