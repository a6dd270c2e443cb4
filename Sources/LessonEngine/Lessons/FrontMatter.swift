/// The block between the two `---` lines at the top of a lesson file.
struct FrontMatter {
  var title: String?
  var number: Int?
  var summary: String?
  var requirement: LessonRequirement = .simulator
  var setup: [String] = []
  /// The line after the closing `---`, where the body starts (0-based index into the lines).
  var bodyStart = 0

  static let keys = ["title", "number", "summary", "requires", "setup"]

  /// Reads the front matter from the file's lines, reporting problems through `report(line, message)`.
  static func parse(_ lines: [String], report: (Int, String) -> Void) -> FrontMatter {
    var matter = FrontMatter()
    guard lines.first == "---" else {
      report(
        1,
        "missing front matter; start the file with a `---` line, then `title:` and `number:`, then `---`"
      )
      return matter
    }
    var index = 1
    var inSetup = false
    var closed = false
    while index < lines.count {
      let line = lines[index]
      let lineNumber = index + 1
      index += 1
      if line == "---" {
        closed = true
        break
      }
      if line.trimmed.isEmpty || line.hasPrefix("#") { continue }
      let trimmed = line.trimmed
      if trimmed.hasPrefix("- ") || trimmed == "-" {
        let command = String(trimmed.dropFirst(1)).trimmed
        if inSetup, !command.isEmpty {
          matter.setup.append(command)
        } else {
          report(lineNumber, inSetup ? "empty setup command" : "a list item belongs under `setup:`")
        }
        continue
      }
      inSetup = false
      guard let colon = line.firstIndex(of: ":") else {
        report(lineNumber, "expected `key: value` in the front matter, found `\(line)`")
        continue
      }
      let key = String(line[..<colon]).trimmed
      var value = String(line[line.index(after: colon)...]).trimmed
      if value.count >= 2, value.first == "\"", value.last == "\"" {
        value = String(value.dropFirst().dropLast())
      }
      switch key {
      case "title": matter.title = value.isEmpty ? nil : value
      case "summary": matter.summary = value
      case "number":
        if let number = Int(value), number > 0 {
          matter.number = number
        } else {
          report(lineNumber, "`number` must be a whole number from 1, not `\(value)`")
        }
      case "requires":
        if let requirement = LessonRequirement(rawValue: value) {
          matter.requirement = requirement
        } else {
          report(
            lineNumber,
            "`requires` is `simulator` or `any`, not `\(value)`\(Suggestion.didYouMean(value, in: ["simulator", "any"]))"
          )
        }
      case "setup":
        inSetup = true
        if !value.isEmpty {
          report(lineNumber, "put each setup command on its own `  - ` line under `setup:`")
        }
      default:
        report(
          lineNumber,
          "unknown front matter key `\(key)`\(Suggestion.didYouMean(key, in: keys).nonEmpty ?? "; known keys are " + keys.map { "`\($0)`" }.joined(separator: ", "))"
        )
      }
    }
    if !closed { report(1, "the front matter is not closed; add a `---` line after it") }
    if matter.title == nil { report(1, "missing `title:` in the front matter") }
    if matter.number == nil, closed { report(1, "missing `number:` in the front matter") }
    matter.bodyStart = index
    return matter
  }
}

extension String {
  /// Nil for an empty string, so `?? fallback` reads naturally.
  var nonEmpty: String? { isEmpty ? nil : self }

  /// The string without leading and trailing spaces and tabs.
  var trimmed: String {
    String(drop { $0 == " " || $0 == "\t" }).trimmingTrailingSpaces()
  }
}
