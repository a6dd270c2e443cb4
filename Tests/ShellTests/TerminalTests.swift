import Foundation
import Shell
import Testing

@Suite struct TerminalTests {
  @Test(arguments: [
    ([String: String](), true, true), (["NO_COLOR": "1"], true, false), (["NO_COLOR": ""], true, true),
    (["TERM": "dumb"], true, false), (["TERM": "xterm-256color"], false, false),
  ])
  func coloursFollowNoColorTermAndTheTerminal(_ environment: [String: String], _ isTerminal: Bool, _ expected: Bool) {
    #expect(StandardConsole.wantsColors(environment: environment, isTerminal: isTerminal) == expected)
  }

  @Test func widthComesFromColumnsThenEighty() {
    #expect(StandardConsole.width(environment: ["COLUMNS": "132"], isTerminal: false) == 132)
    #expect(StandardConsole.width(environment: ["COLUMNS": "junk"], isTerminal: false) == 80)
    #expect(StandardConsole.width(environment: [:], isTerminal: false) == 80)
  }

  @Test func scriptFilesKeepInvalidBytesForTheShellToRefuse() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-lines-\(UUID().uuidString)")
    try Data([0x61, 0x0A, 0x62, 0xFF, 0x0A, 0x0A, 0x63]).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    var reader = try LinesReader(contentsOf: file.path)
    #expect(reader.readLine(prompt: "") == "a")
    #expect(reader.readLine(prompt: "") == "b\u{FFFD}")
    #expect(reader.readLine(prompt: "") == "")
    #expect(reader.readLine(prompt: "") == "c")
    #expect(reader.readLine(prompt: "") == nil)
    #expect(throws: ShellError.self) { try LinesReader(contentsOf: "/nonexistent/script") }
  }
}
