/// Reads the Markdown after the front matter: the introduction, then `## Step` sections with their narrative,
/// command blocks, `check:`/`hint:`/`solution:` lines, `### Debrief` and `### On a real cloud`.
struct BodyReader {
  let lines: [String]
  let start: Int
  let report: (Int, String) -> Void

  private(set) var introduction = Template.empty
  private(set) var steps: [LessonStep] = []

  private enum Section { case introduction, step, debrief, realCloud }
  private var section = Section.introduction
  /// The closing sections the current step has had (each at most once).
  private var closed: Set<Section> = []
  private var text: [(line: Int, text: String)] = []
  private var current: LessonStep?
  private var lastHintLine: Int?
  /// Whether the directive just read was a `wrong:` line (a `because:` line must follow one).
  private var afterWrong = false
  /// Whether the directive just read was a `because:` line, so indented lines continue it.
  private var inBecause = false

  init(lines: [String], start: Int, report: @escaping (Int, String) -> Void) {
    self.lines = lines
    self.start = start
    self.report = report
  }

  mutating func read() {
    var index = start
    while index < lines.count {
      let line = lines[index]
      let number = index + 1
      index += 1
      if line.hasPrefix("```") {
        index = fence(opening: line, at: number, next: index)
        continue
      }
      if let continuation = hintContinuation(line), var step = current {
        step.hints[step.hints.count - 1] = continuation
        current = step
        continue
      }
      if let continuation = becauseContinuation(line), var step = current {
        step.wrongBecause[step.wrongBecause.count - 1] = continuation
        current = step
        continue
      }
      lastHintLine = nil
      inBecause = false
      let wasAfterWrong = afterWrong
      afterWrong = false
      if line.hasPrefix("## ") {
        heading(String(line.dropFirst(3)), at: number)
      } else if line.hasPrefix("### "), let kind = Self.closingSection(String(line.dropFirst(4))) {
        open(kind, at: number)
      } else if let (word, rest) = Self.directive(line) {
        directive(word, rest, at: number, afterWrong: wasAfterWrong)
      } else if line.trimmed.isEmpty {
        afterWrong = wasAfterWrong
        text.append((number, line))
      } else {
        text.append((number, line))
      }
    }
    finishStep()
    if section == .introduction { finishText() }
  }

  // MARK: - Headings and sections

  private mutating func heading(_ title: String, at line: Int) {
    let words = title.split(separator: " ", maxSplits: 1).map(String.init)
    let first = (words.first ?? "").trimmingTrailingColon()
    guard LessonParser.stepWords.contains(first.lowercased()) else {
      let guess = Suggestion.closest(to: first, in: ["Step"])
      report(
        line,
        guess != nil
          ? "unknown heading `## \(title)`; did you mean `## Step: …`?"
          : "a `##` heading starts a step and must read `## Step N: title`; use `###` for other headings"
      )
      return
    }
    var rest = words.count > 1 ? words[1] : ""
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    rest = String(rest.dropFirst(digits.count))
    if rest.hasPrefix(":") { rest.removeFirst() }
    let stepTitle = rest.trimmed
    finishStep()
    if section == .introduction { finishText() }
    if let stated = Int(digits), stated != steps.count + 1 {
      report(
        line, "this heading says step \(stated) but it is step \(steps.count + 1); renumber it")
    }
    if stepTitle.isEmpty {
      report(line, "a step needs a title, like `## Step \(steps.count + 1): Create the group`")
    }
    current = LessonStep(title: stepTitle, line: line)
    section = .step
    closed = []
  }

  /// `### Debrief` or `### On a real cloud`: the text after it, up to the next step, is that section's.
  private mutating func open(_ kind: Section, at line: Int) {
    let name = kind == .debrief ? "`### Debrief`" : "`### On a real cloud`"
    guard current != nil, section != .introduction else {
      report(line, "\(name) belongs inside a step")
      return
    }
    guard !closed.contains(kind) else {
      report(line, "a second \(name) in one step")
      return
    }
    finishText()
    section = kind
    closed.insert(kind)
  }

  private mutating func finishStep() {
    guard var step = current else { return }
    let parsed = template(from: text)
    switch section {
    case .debrief: step.debrief = parsed
    case .realCloud: step.realCloudDebrief = parsed
    default: step.narrative = parsed
    }
    text = []
    steps.append(step)
    current = nil
  }

  private mutating func finishText() {
    let parsed = template(from: text)
    switch section {
    case .introduction: introduction = parsed
    case .step: current?.narrative = parsed
    case .debrief: current?.debrief = parsed
    case .realCloud: current?.realCloudDebrief = parsed
    }
    text = []
  }

  /// Joins text lines into a template, checking placeholders line by line so errors name the right line.
  private func template(from lines: [(line: Int, text: String)]) -> Template {
    var kept = lines
    while let first = kept.first, first.text.trimmed.isEmpty { kept.removeFirst() }
    while let last = kept.last, last.text.trimmed.isEmpty { kept.removeLast() }
    var valid = true
    for entry in kept {
      do throws(TemplateError) {
        _ = try Template.parse(entry.text)
      } catch {
        report(entry.line, error.message)
        valid = false
      }
    }
    guard valid else { return .empty }
    return (try? Template.parse(kept.map(\.text).joined(separator: "\n"))) ?? .empty
  }

  // MARK: - Directives

  static func directive(_ line: String) -> (String, String)? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let word = String(line[..<colon])
    guard !word.isEmpty, word.allSatisfy({ $0.isLetter }) else { return nil }
    let known = LessonParser.directives.contains(word)
    // A line like `Note: …` is narrative; only near-misses of a directive are reported as typos.
    guard
      known
        || (word.count >= 3
          && Suggestion.editDistance(word.lowercased(), closestDirective(word)) <= 2)
    else {
      return nil
    }
    return (word, String(line[line.index(after: colon)...]).trimmed)
  }

  private static func closestDirective(_ word: String) -> String {
    LessonParser.directives.min {
      Suggestion.editDistance(word.lowercased(), $0)
        < Suggestion.editDistance(word.lowercased(), $1)
    } ?? ""
  }

  private mutating func directive(_ word: String, _ rest: String, at line: Int, afterWrong: Bool) {
    guard LessonParser.directives.contains(word) else {
      report(line, "unknown directive `\(word):`; did you mean `\(Self.closestDirective(word)):`?")
      return
    }
    guard section == .step, current != nil else {
      let closing = section == .debrief ? "`### Debrief`" : "`### On a real cloud`"
      report(
        line,
        section == .debrief || section == .realCloud
          ? "`\(word):` after \(closing); move it above the debrief"
          : "`\(word):` outside a step; put it under a `## Step` heading")
      return
    }
    guard !rest.isEmpty else {
      report(line, "`\(word):` needs something after it")
      return
    }
    switch word {
    case "check":
      do throws(CheckSyntaxError) {
        current?.checks.append(try CheckCatalog.parse(rest))
      } catch {
        report(line, error.message)
      }
    case "hint":
      if let hint = parsedLine(rest, at: line) {
        current?.hints.append(hint)
        lastHintLine = line
      }
    case "wrong":
      if let command = parsedLine(rest, at: line) {
        current?.wrongCommands.append(command)
        current?.wrongBecause.append(.empty)
        self.afterWrong = true
      }
    case "predict":
      guard current?.prediction == nil else {
        report(line, "a step asks one `predict:` question")
        return
      }
      if let question = parsedLine(rest, at: line) { current?.prediction = Prediction(question: question) }
    case "answer":
      guard let prediction = current?.prediction, prediction.answer.isEmpty else {
        report(line, "`answer:` gives the cloud's answer to the `predict:` line above it; put it after one")
        return
      }
      if let answer = parsedLine(rest, at: line) { current?.prediction?.answer = answer }
    case "because":
      guard afterWrong, let step = current, step.wrongBecause.last?.isEmpty == true else {
        report(line, "`because:` explains the `wrong:` line right above it; put it after one")
        return
      }
      if let because = parsedLine(rest, at: line) {
        current?.wrongBecause[step.wrongBecause.count - 1] = because
        inBecause = true
      }
    default:
      if let command = parsedLine(rest, at: line) { current?.solution.append(command) }
    }
  }

  private func parsedLine(_ text: String, at line: Int) -> Template? {
    do throws(TemplateError) {
      return try Template.parse(text)
    } catch {
      report(line, error.message)
      return nil
    }
  }

  /// An indented line right after a `hint:` line continues that hint.
  private func hintContinuation(_ line: String) -> Template? {
    guard lastHintLine != nil, line.hasPrefix("  "), !line.trimmed.isEmpty,
      let hints = current?.hints,
      let last = hints.last
    else { return nil }
    return (try? Template.parse(last.source + " " + line.trimmed)) ?? last
  }

  /// An indented line right after a `because:` line continues it.
  private func becauseContinuation(_ line: String) -> Template? {
    guard inBecause, line.hasPrefix("  "), !line.trimmed.isEmpty,
      let last = current?.wrongBecause.last
    else { return nil }
    return (try? Template.parse(last.source + " " + line.trimmed)) ?? last
  }

  // MARK: - Fenced blocks

  /// Reads a fenced block and returns the index of the line after it.
  private mutating func fence(opening: String, at line: Int, next: Int) -> Int {
    let info = String(opening.dropFirst(3)).trimmed.lowercased()
    var body: [String] = []
    var index = next
    var closed = false
    while index < lines.count {
      if lines[index].trimmed == "```" {
        closed = true
        index += 1
        break
      }
      body.append(lines[index])
      index += 1
    }
    if !closed { report(line, "this ``` block is never closed; add a ``` line after it") }
    if section == .step, LessonParser.commandFences.contains(info) {
      for (offset, raw) in body.enumerated() {
        var command = raw.trimmed
        if command.hasPrefix("$ ") { command = String(command.dropFirst(2)) }
        guard !command.isEmpty, !command.hasPrefix("#") else { continue }
        if let parsed = parsedLine(command, at: line + 1 + offset) {
          current?.tryCommands.append(parsed)
        }
      }
    } else if section == .step, info == "goal" {
      for (offset, raw) in body.enumerated() {
        if let problem = GoalPicture.problem(inBlockLine: raw.trimmed) { report(line + 1 + offset, problem) }
      }
      current?.goalPicture = body.joined(separator: "\n")
    } else if info == "goal" {
      report(line, "a `goal` block belongs inside a step, before `### Debrief`")
    } else {
      // Any other block is shown as written, placeholders and all.
      text.append((line, opening))
      for (offset, raw) in body.enumerated() { text.append((line + 1 + offset, raw)) }
      text.append((index, "```"))
    }
    return index
  }

  private static func closingSection(_ title: String) -> Section? {
    let words = title.trimmed.lowercased()
    if LessonParser.debriefWords.contains(words) { return .debrief }
    if LessonParser.realCloudWords.contains(words) { return .realCloud }
    return nil
  }
}

extension String {
  fileprivate func trimmingTrailingColon() -> String { hasSuffix(":") ? String(dropLast()) : self }
}
