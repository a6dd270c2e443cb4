import Foundation
import TestSupport
import Testing

/// Every lesson's solution, run through the built tutor on a terminal of 80 and of 60 columns, in English and in
/// Norwegian: no line the shell or the tutor prints is wider than the terminal, and no line is broken inside a
/// word, a command or a quoted name. The same run on a terminal too wide to wrap anything is the unwrapped text
/// each wrapped line is held against.
@Suite(.tags(.pty), .serialized) struct LessonWidthPTYTests {
  static let lessons = Array(1...9)
  /// Wide enough that nothing a lesson prints is wrapped.
  static let unwrappedColumns = 400

  @Test(arguments: ["en", "nb"])
  func everyLessonsSolutionFitsTheTerminal(language: String) throws {
    for lesson in Self.lessons {
      let unwrapped = try runSolution(lesson: lesson, language: language, columns: Self.unwrappedColumns)
      for columns in [80, 60] {
        let output = try runSolution(lesson: lesson, language: language, columns: columns)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let long = lines.filter { $0.count > columns }
        #expect(long.isEmpty, "lesson \(lesson) (\(language)) at \(columns) columns:\n\(long.joined(separator: "\n"))")
        let broken = WrapCheck(unwrapped: unwrapped).brokenLines(in: lines)
        let shown = broken.joined(separator: "\n")
        #expect(
          broken.isEmpty,
          "lesson \(lesson) (\(language)) at \(columns) columns breaks inside a word or a quoted name:\n\(shown)")
      }
    }
  }

  /// The check itself catches what it is there for: a word cut in two and a quoted name split over two lines.
  @Test func theWrapCheckFindsABrokenWordAndASplitName() {
    let check = WrapCheck(unwrapped: "✗ policy anti-affinity refused \"DB Cluster\" now\nequivalent: openstack x")
    #expect(check.brokenLines(in: ["✗ policy anti-affinity", "refused \"DB Cluster\" now"]).isEmpty)
    #expect(check.brokenLines(in: ["✗ policy anti-a", "ffinity refused"]) == ["✗ policy anti-a", "ffinity refused"])
    #expect(check.brokenLines(in: ["refused \"DB", "Cluster\" now"]) == ["refused \"DB", "Cluster\" now"])
    #expect(check.brokenLines(in: ["equivalent: openstack \\", "            x"]).isEmpty)
  }

  /// Opens the lesson and types `skip` at every step (Enter at a prediction's question) until it is done; returns
  /// everything shown. Each answer waits until the program reads keys again, so two runs show the same text.
  private func runSolution(lesson: Int, language: String, columns: Int) throws -> String {
    let terminal = try PseudoTerminal(
      executable: builtBinary("sgtutor").path, arguments: ["--lesson", String(lesson), "--lang", language],
      environment: ["COLUMNS": String(columns)], columns: columns, rows: 50)
    let done = language == "nb" ? "Leksjon \(lesson) er fullført" : "Lesson \(lesson) done"
    var output = try Self.untilReadingKeys(terminal)
    for _ in 0..<40 where !output.contains(done) {
      // The shell's prompt ends in "sgtutor> "; a prediction's question in a bare "> ".
      try terminal.send(output.hasSuffix("sgtutor> ") ? "skip\r" : "\r")
      output += try Self.untilReadingKeys(terminal)
    }
    try terminal.send("quit\r")
    #expect(output.contains(done), "lesson \(lesson) (\(language), \(columns) columns) was not finished:\n\(output)")
    return output
  }

  /// Everything the program prints until it waits for the next line.
  private static func untilReadingKeys(_ terminal: PseudoTerminal) throws -> String {
    var output = try terminal.expectPrompt("> ")
    let rest = terminal.unconsumedOutput()
    if !rest.isEmpty { output += try terminal.expect(rest) }
    return output
  }
}

/// Holds wrapped lines against the unwrapped text of the same run. Tables and the diagram's boxes are laid out for
/// the width (cliff wraps a table's cells itself), so only the other lines are held to it:
/// - every word on a wrapped line is a word of the unwrapped text (a word cut in two is not), besides the ` \`
///   that continues a long command;
/// - a line with an unpaired quote (`"`, `«`, `»`) is a line of the unwrapped text as it stands (a quoted name
///   split over two lines is not).
struct WrapCheck {
  private let words: Set<Substring>
  private let lines: Set<Substring>

  init(unwrapped: String) {
    let text = Self.withoutIDs(unwrapped)
    lines = Set(text.split(separator: "\n").map { $0.drop { $0 == " " } })
    words = Set(text.split(whereSeparator: \.isWhitespace))
  }

  /// Every UUID as `UUID`: two runs of one lesson need not draw the same IDs.
  private static func withoutIDs(_ text: String) -> String {
    text.replacing(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, with: "UUID")
  }

  /// The lines that were broken inside a word or a quoted name.
  func brokenLines(in wrapped: [String]) -> [String] {
    wrapped.filter { line in
      let trimmed = Substring(Self.withoutIDs(line)).drop { $0 == " " }
      // What the test types, as the terminal echoes it.
      if ["sgtutor> skip", "sgtutor> ", "> "].contains(String(trimmed)) { return false }
      guard let first = trimmed.first, !Self.drawing.contains(first) else { return false }
      let cut = trimmed.split(whereSeparator: \.isWhitespace).contains { $0 != "\\" && !words.contains($0) }
      let quotes = trimmed.filter { $0 == "\"" }.count
      let unpaired = quotes % 2 == 1 || trimmed.filter { $0 == "«" }.count != trimmed.filter { $0 == "»" }.count
      return cut || (unpaired && !lines.contains(trimmed))
    }
  }

  /// First characters of a table's or a box's lines.
  private static let drawing: Set<Character> = ["+", "|", "┌", "│", "└", "├", "╭", "╰", "─", "╔", "║", "╚"]
}
