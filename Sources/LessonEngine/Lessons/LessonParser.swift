/// Turns a lesson file into a `Lesson`, or into diagnostics naming the file and line with a suggested fix.
/// Pure: the caller reads the files (see `LessonLibrary.readFiles`).
package enum LessonParser {
  static let directives = ["check", "hint", "solution", "wrong", "because", "predict", "answer"]
  static let stepWords = ["step", "steg"]
  static let debriefWords = ["debrief", "oppsummering"]
  static let realCloudWords = ["on a real cloud", "i en ekte sky"]
  static let commandFences = ["sgtutor", "console", "shell", "sh"]

  /// Parses one file. `path` decides the language (`lessons/nb/…` is Norwegian, anything else English) and the
  /// lesson's id (the file name without `.md`).
  package static func parse(path: String, text: String) throws(LessonParseError) -> Lesson {
    var diagnostics: [LessonDiagnostic] = []
    let report = { (line: Int, message: String) in
      diagnostics.append(LessonDiagnostic(path: path, line: line, message: message))
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.last == "\r" ? String(line.dropLast()) : String(line)
    }
    let file = FileName(path: path)
    if file.number == nil {
      report(1, "the file name should look like `02-db-cluster.md` (a number, a dash, a slug)")
    }
    let matter = FrontMatter.parse(lines, report: report)
    if let number = matter.number, let fileNumber = file.number, number != fileNumber {
      report(
        1,
        "`number: \(number)` does not match the file name `\(file.name)`; use `number: \(fileNumber)`"
      )
    }
    var body = BodyReader(lines: lines, start: matter.bodyStart, report: report)
    body.read()
    if body.steps.isEmpty {
      report(lines.count, "the lesson has no steps; add a `## Step 1: title` heading")
    }
    for step in body.steps where !step.checks.isEmpty && step.solution.isEmpty {
      report(
        step.line,
        "step `\(step.title)` has checks but no `solution:` line; add the commands that reach the state, so `skip` works"
      )
    }
    for step in body.steps where step.prediction != nil && step.prediction?.answer.isEmpty == true {
      report(step.line, "step `\(step.title)` has a `predict:` line but no `answer:` line after it")
    }
    for (index, command) in matter.setup.enumerated() {
      do throws(TemplateError) {
        _ = try Template.parse(command)
      } catch {
        report(1, "setup command \(index + 1): \(error.message)")
      }
    }
    guard diagnostics.isEmpty else {
      throw LessonParseError(diagnostics: diagnostics.sorted { $0.line < $1.line })
    }
    return Lesson(
      id: file.id, path: path, language: file.language, number: matter.number ?? 0,
      title: matter.title ?? "",
      summary: matter.summary ?? "", requirement: matter.requirement, setup: matter.setup,
      introduction: body.introduction, steps: body.steps)
  }
}

/// What a lesson's path says: its language, number and id.
struct FileName {
  var name: String
  var id: String
  var number: Int?
  var language: Language

  init(path: String) {
    let components = path.split(separator: "/").map(String.init)
    name = components.last ?? path
    id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    let digits = id.prefix { $0.isASCII && $0.isNumber }
    number =
      digits.isEmpty || id.dropFirst(digits.count).first != "-" || !name.hasSuffix(".md")
      ? nil : Int(digits)
    let folder = components.count >= 2 ? components[components.count - 2] : ""
    language = Language(rawValue: folder) ?? .en
  }
}
