import LessonEngine
import ServerGroupsCore
import Testing

/// Predict, then observe: the question before the step's command, the answer as a line, the comparison with what
/// the cloud did, and the count in progress.
@Suite struct PredictionTests {
  static let text = LessonRunTests.lessonText.replacing(
    "check: membersOnDownHosts",
    with: """
      predict: How many members will still run? Type a number.
      answer: {survivor count of DB Cluster}
      check: membersOnDownHosts
      """)

  static func running() throws -> LessonRun {
    var run = LessonRun(lesson: try LessonFixtures.parse(text, path: "lessons/en/04-host.md"))
    _ = run.handle(.started)
    let shown = run.handle(.performed(state: LessonRunTests.healthy))
    #expect(
      shown.last
        == .askPrediction(
          "Predict first: How many members will still run? Type a number. Type your answer (Enter or `skip` to skip):"))
    return run
  }

  @Test func aRightPredictionIsSaidRightBeforeTheDebrief() throws {
    var run = try Self.running()
    #expect(run.handle(.predictionAnswered(" 2 ")) == [.say("Noted: 2. Now run the step and see what the cloud does.")])
    let done = run.handle(
      .commandFinished(argv: ["host", "fail", "compute-1"], succeeded: true, state: LessonRunTests.failed))
    #expect(
      Array(done.prefix(5)) == [
        .stepCompleted(step: 0, outcome: .solved), .say("✓ Step 1 of 3 done."),
        .predictionChecked(step: 0, right: true), .say("✓ You predicted 2, and the cloud says 2: right."),
        .say("compute-1 is down."),
      ])
  }

  @Test func aWrongPredictionIsExplainedByTheDebrief() throws {
    var run = try Self.running()
    _ = run.handle(.predictionAnswered("3"))
    let done = run.handle(
      .commandFinished(argv: ["host", "fail", "compute-1"], succeeded: true, state: LessonRunTests.failed))
    #expect(done.contains(.predictionChecked(step: 0, right: false)))
    #expect(done.contains(.say("✗ You predicted 3, but the cloud says 2. Here is why:")))
  }

  @Test func noAnswerIsNoPredictionAndTheQuestionIsNotAskedTwice() throws {
    var run = try Self.running()
    #expect(run.handle(.predictionAnswered("")) == [.say("No prediction this time.")])
    let again = run.handle(.reset)
    #expect(!again.contains { if case .askPrediction = $0 { true } else { false } })
    let done = run.handle(
      .commandFinished(argv: ["host", "fail", "compute-1"], succeeded: true, state: LessonRunTests.failed))
    #expect(!done.contains { if case .predictionChecked = $0 { true } else { false } })
  }

  @Test func progressCountsTheRightPredictions() throws {
    var progress = Progress()
    progress.record(.predictionChecked(step: 0, right: true), lessonID: "04-host")
    progress.record(.predictionChecked(step: 2, right: false), lessonID: "04-host")
    #expect(progress.lessons["04-host"]?.predictions == ["0": true, "2": false])
    let library = try LessonFixtures.library()
    var tutor = Tutor(
      library: library,
      progress: Progress(lessons: ["04-host-failure": LessonProgress(predictions: ["0": true, "4": false])]),
      language: .en)
    let report = tutor.handle(.showProgress)
    #expect(
      report.contains { if case .say(let text) = $0 { text.hasSuffix("Predictions right: 1 of 2.") } else { false } })
  }

  @Test func answersMatchAsPeopleTypeThem() {
    #expect(Prediction.matches("4", "compute-4"))
    #expect(Prediction.matches("Compute-4.", "compute-4"))
    #expect(Prediction.matches("error", "ERROR"))
    #expect(Prediction.matches("ja", "yes"))
    #expect(!Prediction.matches("", "2"))
    #expect(!Prediction.matches("3", "compute-4"))
    #expect(!Prediction.matches("2/1", "1/1/1"))
  }

  @Test func anUnreadableAnswerIsAskedForOnceMore() throws {
    var run = try Self.running()
    #expect(
      run.handle(.predictionAnswered("most of them"))
        == [.askPrediction("I cannot read \"most of them\" as a number (like 2). Once more, or `skip`:")])
    #expect(
      run.handle(.predictionAnswered("two")) == [.say("Noted: two. Now run the step and see what the cloud does.")])
    let done = run.handle(
      .commandFinished(argv: ["host", "fail", "compute-1"], succeeded: true, state: LessonRunTests.failed))
    // "two" is read as 2, which is what the cloud says.
    #expect(done.contains(.predictionChecked(step: 0, right: true)))
  }

  @Test func twoUnreadableAnswersLetTheQuestionGo() throws {
    var run = try Self.running()
    _ = run.handle(.predictionAnswered("many"))
    #expect(
      run.handle(.predictionAnswered("lots")) == [
        .say("That is not a number (like 2) either; no prediction this time.")
      ])
    let done = run.handle(
      .commandFinished(argv: ["host", "fail", "compute-1"], succeeded: true, state: LessonRunTests.failed))
    #expect(!done.contains { if case .predictionChecked = $0 { true } else { false } })
  }

  @Test(arguments: ["skip", "SKIP", "hopp over", ""])
  func skipSkips(_ answer: String) throws {
    var run = try Self.running()
    #expect(run.handle(.predictionAnswered(answer)) == [.say("No prediction this time.")])
  }

  @Test func answersAreReadAsTheKindTheQuestionWants() {
    #expect(Prediction.read("two", as: .number) == "2")
    #expect(Prediction.read("to", as: .number) == "2")
    #expect(Prediction.read("3 members", as: .number) == "3")
    #expect(Prediction.read("many", as: .number) == nil)
    #expect(Prediction.read("2 / 1", as: .counts) == "2/1")
    #expect(Prediction.read("1,1,1", as: .counts) == "1/1/1")
    #expect(Prediction.read("tre", as: .counts) == "3")
    #expect(Prediction.read("2/x", as: .counts) == nil)
    #expect(Prediction.read("feil", as: .status) == "ERROR")
    #expect(Prediction.read("aktiv", as: .status) == "ACTIVE")
    #expect(Prediction.read("nei", as: .status) == "ERROR")
    #expect(Prediction.read("maybe", as: .status) == nil)
    #expect(Prediction.read("Ja", as: .yesNo) == "yes")
    #expect(Prediction.read("4", as: .host, hosts: ["compute-1", "compute-4"]) == "compute-4")
    #expect(Prediction.read("Compute-1", as: .host, hosts: ["compute-1", "compute-4"]) == "compute-1")
    #expect(Prediction.read("compute-9", as: .host, hosts: ["compute-1", "compute-4"]) == nil)
  }

  @Test func theKindComesFromTheAnswerLine() throws {
    func kind(_ answer: String) throws -> Prediction.Kind {
      Prediction(question: .empty, answer: try Template.parse(answer)).kind
    }
    #expect(try kind("{survivor count of DB Cluster}") == .number)
    #expect(try kind("{counts of DB Cluster}") == .counts)
    #expect(try kind("{host of db-4}") == .host)
    #expect(try kind("{status of last of DB Cluster}") == .status)
    #expect(try kind("yes") == .yesNo)
    #expect(try kind("3") == .number)
  }

  @Test func norwegianLearnersAreAskedAgainInNorwegian() throws {
    let text = Self.text
    var run = LessonRun(lesson: try LessonFixtures.parse(text, path: "lessons/en/04-host.md"), language: .nb)
    _ = run.handle(.started)
    _ = run.handle(.performed(state: LessonRunTests.healthy))
    #expect(
      run.handle(.predictionAnswered("mange"))
        == [.askPrediction("Jeg kan ikke lese «mange» som et tall (som 2). Prøv én gang til, eller `skip`:")])
    #expect(run.handle(.predictionAnswered("to")) == [.say("Notert: to. Kjør nå steget og se hva skyen gjør.")])
  }

  @Test func aPredictWithoutAnAnswerIsReported() {
    let text = LessonRunTests.lessonText.replacing(
      "check: membersOnDownHosts", with: "predict: How many?\ncheck: membersOnDownHosts")
    #expect(throws: LessonParseError.self) { try LessonFixtures.parse(text, path: "lessons/en/04-host.md") }
  }
}
