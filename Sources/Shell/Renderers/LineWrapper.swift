/// Fits the shell's and the tutor's lines to the terminal. A line breaks only between words; a quoted name
/// (`"DB Cluster"`, `'anti-affinity'`, `` `server list` ``) stays on one line whenever it fits on one; a continued
/// line keeps its indentation, and a label (`error: `, `hint: `, `- `, `✓ `) hangs its text. Lines that fit are
/// left exactly as they are, so wrapping twice changes nothing.
package enum LineWrapper {
  /// The narrowest width wrapped to; below it lines are left to the terminal.
  static let minimumColumns = 20

  /// Every line of `text` wider than `columns`, wrapped.
  package static func wrap(_ text: String, columns: Int) -> String {
    guard columns >= minimumColumns else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line(String($0), columns: columns) }
      .joined(separator: "\n")
  }

  /// A command line as the openstack documentation writes a long one: broken between arguments (an option stays
  /// with its value), each broken line ending in ` \` and the rest indented four more columns. The shell reads
  /// such lines back as one command.
  package static func command(_ text: String, columns: Int) -> String {
    guard columns >= minimumColumns, TutorText.visibleWidth(text) > columns else { return text }
    let leading = String(text.prefix { $0 == " " })
    let indent = leading + "    "
    var units: [String] = []
    for word in groups(of: String(text.dropFirst(leading.count))) {
      // `--flavor m1.tiny` reads as one unit; `--wait` before another option does not take it.
      if let last = units.last, last.hasPrefix("-"), !last.contains(" "), !word.hasPrefix("-"),
        isOptionTakingValue(last)
      {
        units[units.count - 1] = last + " " + word
      } else {
        units.append(word)
      }
    }
    var lines: [String] = []
    var current = leading
    var hasWord = false
    for unit in units {
      if hasWord, TutorText.visibleWidth(current) + 1 + TutorText.visibleWidth(unit) + 2 > columns {
        lines.append(current + " \\")
        current = indent + unit
      } else {
        current += (hasWord ? " " : "") + unit
      }
      hasWord = true
    }
    lines.append(current)
    // A unit that does not fit even alone (a very long name) is wrapped as prose, never cut.
    return lines.map { line($0, columns: columns) }.joined(separator: "\n")
  }

  /// One line, wrapped when it is wider than `columns`. Spaces between words are kept as they were (aligned
  /// columns stay aligned); a line in two columns (`  goal        compare …`) continues under its second column,
  /// or under `hangingAt` when the caller knows where that column is (a label that fills its column leaves only
  /// one space before the text, which reads as prose).
  package static func line(_ line: String, columns: Int, hangingAt hangingColumn: Int? = nil) -> String {
    guard TutorText.visibleWidth(line) > columns else { return line }
    let leading = String(line.prefix { $0 == " " })
    let body = String(line.dropFirst(leading.count))
    let pieces = spacedGroups(of: body)
    var hanging = leading + String(repeating: " ", count: labelWidth(body))
    if let column = secondColumn(pieces) { hanging = leading + String(repeating: " ", count: column) }
    if let hangingColumn { hanging = String(repeating: " ", count: hangingColumn) }
    if TutorText.visibleWidth(hanging) > columns / 2 { hanging = leading }
    var lines: [String] = []
    var current = leading
    var hasWord = false
    func place(_ word: String, after space: String) {
      let width = TutorText.visibleWidth(word)
      if !hasWord {
        current += word
        hasWord = true
      } else if TutorText.visibleWidth(current) + space.count + width <= columns {
        current += space + word
      } else {
        lines.append(current)
        current = hanging + word
      }
    }
    for piece in pieces {
      let start = hasWord ? TutorText.visibleWidth(hanging) : TutorText.visibleWidth(current)
      if start + TutorText.visibleWidth(piece.text) <= columns || !piece.text.contains(" ") {
        // A single word wider than the screen is left whole: cutting it would change what it says.
        place(piece.text, after: piece.space)
      } else {
        // A quoted span wider than a whole line breaks between its own words, as the last resort.
        for (index, word) in piece.text.split(separator: " ").enumerated() {
          place(String(word), after: index == 0 ? piece.space : " ")
        }
      }
    }
    lines.append(current)
    return lines.map { $0.trimmingTrailingBlanks }.joined(separator: "\n")
  }

  /// Words, with a quoted or backticked span, or a bracketed one, that holds spaces kept as one.
  static func groups(of text: String) -> [String] { spacedGroups(of: text).map(\.text) }

  /// Words (quoted spans kept whole) with the spaces that came before each.
  private static func spacedGroups(of text: String) -> [(space: String, text: String)] {
    var result: [(space: String, text: String)] = []
    var open: Character?
    var space = ""
    var word = ""
    func finish() {
      guard !word.isEmpty else { return }
      if let quote = open {
        result[result.count - 1].text += space + word
        if closes(word, quote) { open = nil }
      } else {
        result.append((space, word))
        let body = word.drop { $0 == "(" || $0 == "[" }
        // A quote standing alone (`unbalanced ' quote`) opens no span.
        if let first = body.first, body.count > 1, ["\"", "'", "`", "«"].contains(first),
          !closes(String(body.dropFirst()), first)
        {
          open = first
        } else if word.first == "[", !closes(word, "[") {
          // A synopsis's optional part (`[--rule max_server_per_host=N]`) stays whole too.
          open = "["
        }
      }
      space = ""
      word = ""
    }
    for character in text {
      if character == " " {
        if !word.isEmpty { finish() }
        space.append(character)
      } else {
        word.append(character)
      }
    }
    finish()
    return result
  }

  /// Where the second column starts, when the line's first word (or words) is followed by a run of two or more
  /// spaces early on: the layout of `help` and `why`.
  private static func secondColumn(_ pieces: [(space: String, text: String)]) -> Int? {
    var offset = 0
    for (index, piece) in pieces.enumerated() {
      if index > 0, piece.space.count >= 2 { return offset + piece.space.count }
      offset += piece.space.count + TutorText.visibleWidth(piece.text)
      if index >= 3 { return nil }
    }
    return nil
  }

  /// Whether `word` holds the closing `quote` of a span opened before it (`»` closes the Norwegian `«`).
  private static func closes(_ word: String, _ quote: Character) -> Bool {
    if quote == "«" { return word.contains("»") }
    if quote == "[" { return word.contains("]") }
    if quote == "'" {
      // An apostrophe inside a word ("doesn't") closes nothing; a quote at the word's end does.
      let trimmed = word.reversed().drop { ".,;:!?)]".contains($0) }
      return trimmed.first == "'"
    }
    return word.contains(quote)
  }

  /// The width of a leading label whose text hangs after it.
  private static func labelWidth(_ body: String) -> Int {
    for label in [
      "error: ", "hint: ", "note: ", "equivalent: ", "- ", "* ", "✓ ", "✗ ", "· ", "feil: ", "tips: ", "merk: ",
    ]
    where body.hasPrefix(label) {
      return label.count
    }
    let digits = body.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, body.dropFirst(digits.count).hasPrefix(". ") { return digits.count + 2 }
    return 0
  }

  /// Whether an option word takes the word after it (`--flavor m1.tiny`), not a flag (`--wait`).
  private static func isOptionTakingValue(_ option: String) -> Bool {
    !option.contains("=") && !flags.contains(option)
  }

  /// Flags of the commands lessons show, which take no value.
  private static let flags: Set<String> = ["--wait", "--noindent", "--all-projects", "--long", "--fit-width", "-h"]
}

extension String {
  /// The text without trailing spaces.
  fileprivate var trimmingTrailingBlanks: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
