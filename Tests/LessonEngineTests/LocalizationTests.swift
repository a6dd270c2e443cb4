import LessonEngine
import Testing

/// Language choice and the message tables.
@Suite struct LocalizationTests {
  struct Choice: CustomTestStringConvertible, Sendable {
    var flag: Language?
    var environment: [String: String]
    var expected: Language
    var testDescription: String { "\(flag.map { "--lang \($0)" } ?? "no flag") \(environment)" }
  }

  static let choices: [Choice] = [
    Choice(flag: nil, environment: [:], expected: .en),
    Choice(flag: nil, environment: ["LANG": "nb_NO.UTF-8"], expected: .nb),
    Choice(flag: nil, environment: ["LANG": "no_NO"], expected: .nb),
    Choice(flag: nil, environment: ["LANG": "nn_NO.UTF-8"], expected: .nb),
    Choice(flag: nil, environment: ["LANG": "de_DE.UTF-8"], expected: .en),
    Choice(flag: nil, environment: ["LANG": "C"], expected: .en),
    Choice(
      flag: nil, environment: ["LANG": "nb_NO.UTF-8", "LC_ALL": "en_US.UTF-8"], expected: .en),
    Choice(
      flag: nil, environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"], expected: .nb),
    Choice(flag: nil, environment: ["LC_ALL": "", "LANG": "nb_NO.UTF-8"], expected: .nb),
    Choice(flag: .en, environment: ["LC_ALL": "nb_NO.UTF-8"], expected: .en),
    Choice(flag: .nb, environment: [:], expected: .nb),
  ]

  @Test(arguments: choices)
  func picksTheFlagThenLCAllThenLCMessagesThenLang(_ choice: Choice) {
    #expect(Language.pick(flag: choice.flag, environment: choice.environment) == choice.expected)
  }

  @Test func langFlagAcceptsOnlyKnownLanguages() {
    #expect(Language(flag: "nb") == .nb)
    #expect(Language(flag: "EN") == .en)
    #expect(Language(flag: "sv") == nil)
  }

  @Test(arguments: MessageID.allCases)
  func everyMessageHasNorwegianTextWithTheSameArguments(_ id: MessageID) {
    #expect(Messages.hasOwnText(id, in: .nb))
    let markers = { (text: String) in (1...5).filter { text.contains("{\($0)}") } }
    #expect(markers(Messages.template(id, in: .en)) == markers(Messages.template(id, in: .nb)))
  }

  @Test func fillsArgumentsListsAndQuotes() {
    #expect(Messages.text(.stepDone, "2", "5", in: .en) == "Step 2 of 5 done.")
    #expect(Messages.text(.stepDone, "2", "5", in: .nb) == "Steg 2 av 5 er fullført.")
    #expect(Messages.text(.hintStage, "2", "3", "x", in: .en) == "Hint 2 of 3: x")
    #expect(Messages.list(["a", "b", "c"], in: .en) == "a, b and c")
    #expect(Messages.list(["a", "b"], in: .nb) == "a og b")
    #expect(Messages.list([], in: .nb) == "ingen")
    #expect(Messages.quoted("DB Cluster", in: .nb) == "«DB Cluster»")
  }

  @Test func yesInEitherLanguage() {
    #expect(
      Messages.isYes("y") && Messages.isYes(" Ja ") && Messages.isYes("j") && Messages.isYes("YES"))
    #expect(!Messages.isYes("") && !Messages.isYes("n") && !Messages.isYes("nei"))
  }
}
