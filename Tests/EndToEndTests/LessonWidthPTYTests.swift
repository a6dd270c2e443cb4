import Foundation
import TestSupport
import Testing

/// Every lesson's solution, run through the built tutor on a terminal of 80 and of 60 columns: no line the
/// shell or the tutor prints is wider than the terminal.
@Suite(.tags(.pty), .serialized) struct LessonWidthPTYTests {
  static let lessons = Array(1...9)

  @Test(arguments: [80, 60])
  func everyLessonsSolutionFitsTheTerminal(columns: Int) throws {
    for lesson in Self.lessons {
      let output = try runSolution(lesson: lesson, columns: columns)
      #expect(output.contains("Lesson \(lesson) done"), "lesson \(lesson) was not finished:\n\(output)")
      let long = output.split(separator: "\n").filter { $0.count > columns }
      #expect(long.isEmpty, "lesson \(lesson) at \(columns) columns:\n\(long.joined(separator: "\n"))")
    }
  }

  /// Opens the lesson and answers every step with `skip` and `next` until it is done; returns everything shown.
  private func runSolution(lesson: Int, columns: Int) throws -> String {
    let terminal = try PseudoTerminal(
      executable: builtBinary("sgtutor").path, arguments: ["--lesson", String(lesson)],
      environment: ["COLUMNS": String(columns)], columns: columns)
    var output = ""
    // Both the shell's prompt and a prediction's question end in "> "; a prediction simply gets "skip" as its
    // answer, and the step is then skipped by the next line.
    output += try terminal.expect("> ")
    try terminal.waitUntilReadingKeys()
    for _ in 0..<12 where !output.contains("Lesson \(lesson) done") {
      for line in ["skip", "next"] {
        try terminal.send(line + "\r")
        output += try terminal.expect("> ")
        try terminal.waitUntilReadingKeys()
      }
    }
    try terminal.send("quit\r")
    output += terminal.unconsumedOutput()
    return output
  }
}
