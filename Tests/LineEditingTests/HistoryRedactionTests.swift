import LineEditing
import Testing

@Suite struct HistoryRedactionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let line: String
    let stored: String
    var testDescription: String { line }
  }

  static let cases: [Case] = [
    Case(line: "server list", stored: "server list"),
    Case(line: "server list --os-password secret", stored: "server list --os-password ***"),
    Case(line: "server list --os-password=secret", stored: "server list --os-password ***"),
    Case(line: "--os-password secret server list", stored: "--os-password *** server list"),
    Case(line: "server list --os-password   secret -f json", stored: "server list --os-password *** -f json"),
    Case(line: "x --os-password \"two words\" -f json", stored: "x --os-password *** -f json"),
    Case(line: "x --os-password='it''s' y", stored: "x --os-password *** y"),
    Case(line: "x --os-password \"a \\\" b\" y", stored: "x --os-password *** y"),
    Case(line: "x --os-password a\\ b y", stored: "x --os-password *** y"),
    Case(line: "x --os-password \"never closed", stored: "x --os-password ***"),
    Case(line: "x --os-password= y", stored: "x --os-password *** y"),
    Case(line: "x --os-password=a --os-password b", stored: "x --os-password *** --os-password ***"),
    Case(line: "x --os-password pässwørd ✓", stored: "x --os-password *** ✓"),
    // Nothing to hide yet.
    Case(line: "x --os-password", stored: "x --os-password"),
    Case(line: "x --os-password   ", stored: "x --os-password   "),
    // Other options and words that only contain the text.
    Case(line: "x --os-password-file f", stored: "x --os-password-file f"),
    Case(line: "x no--os-password y", stored: "x no--os-password y"),
    Case(line: "x --os-username demo", stored: "x --os-username demo"),
  ]

  @Test(arguments: cases)
  func storesRedactedLine(_ example: Case) {
    #expect(HistoryRedaction.redact(example.line) == example.stored)
  }

  @Test func secretNeverSurvives() {
    for example in Self.cases where example.line.contains("secret") {
      #expect(!HistoryRedaction.redact(example.line).contains("secret"))
    }
  }
}
