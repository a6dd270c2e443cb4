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

  /// The goal view: its title, the learner's hosts now beside the placement the step wants (one above the other
  /// when the two do not fit side by side), hosts that differ marked ✗, then ✓ or ✗ for each condition. A step
  /// with no placement to reach shows the cloud's diagram instead.
  package static func goal(_ view: GoalView, placement: String?, columns: Int) -> String {
    var lines = [view.title]
    if let picture = view.picture {
      let language = view.language
      let now = [Messages.text(.goalNow, in: language)] + rows(picture, now: true, language: language)
      let target = [Messages.text(.goalYourPicture, in: language)] + rows(picture, now: false, language: language)
      let (left, right) = (now.joined(separator: "\n"), target.joined(separator: "\n"))
      lines.append(sideBySide(left, right, columns: columns) ?? left + "\n" + right)
      let legend = picture.legend.map { "\($0.mark) = " + Messages.quoted($0.group, in: language) }
      if !legend.isEmpty {
        lines.append(wrap(Messages.text(.goalLegend, legend.joined(separator: "; "), in: language), columns: columns))
      }
      if !picture.isReached { lines.append(wrap(Messages.text(.goalDiffers, in: language), columns: columns)) }
    } else if let placement {
      lines.append(placement.hasSuffix("\n") ? String(placement.dropLast()) : placement)
    }
    lines += view.results.map { wrap("  " + $0.line, columns: columns) }
    return lines.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n")
  }

  /// One line per host (`✗ compute-1  A A (down)`), and the members in ERROR when there are any now or wanted.
  static func rows(_ picture: GoalPicture, now: Bool, language: Language) -> [String] {
    let rows = now ? picture.now : picture.target
    let width = rows.map { TextWidth.of(TerminalSafe.plain($0.host)) }.max() ?? 0
    var lines = rows.enumerated().map { index, row -> String in
      let mark = now && picture.differs(index) ? "✗ " : "  "
      let marks = row.marks.isEmpty ? Messages.text(.goalRowEmpty, in: language) : markText(row.marks)
      let down = row.isDown ? " (" + Messages.text(.goalRowDown, in: language) + ")" : ""
      return mark + TextWidth.pad(TerminalSafe.plain(row.host), to: width) + "  " + marks + down
    }
    if !picture.errorsNow.isEmpty || !picture.errorsWanted.isEmpty {
      let errors = now ? picture.errorsNow : picture.errorsWanted
      let mark = now && picture.errorsDiffer ? "✗ " : "  "
      lines.append(
        mark + Messages.text(.goalNoHost, in: language) + ": " + (errors.isEmpty ? "-" : markText(errors) + " ERROR"))
    }
    return lines
  }

  /// `A A B`, or `8×A` for a long run, so a host's line stays short.
  private static func markText(_ marks: [String]) -> String {
    let sorted = marks.sorted()
    guard sorted.count > 6 else { return sorted.joined(separator: " ") }
    var runs: [(String, Int)] = []
    for mark in sorted {
      if let last = runs.last, last.0 == mark { runs[runs.count - 1].1 += 1 } else { runs.append((mark, 1)) }
    }
    return runs.map { "\($0.1)×\($0.0)" }.joined(separator: " ")
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
