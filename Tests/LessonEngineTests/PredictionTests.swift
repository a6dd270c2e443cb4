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
          "Predict first: How many members will still run? Type a number. Type your answer (Enter to skip):"))
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

  @Test func aPredictWithoutAnAnswerIsReported() {
    let text = LessonRunTests.lessonText.replacing(
      "check: membersOnDownHosts", with: "predict: How many?\ncheck: membersOnDownHosts")
    #expect(throws: LessonParseError.self) { try LessonFixtures.parse(text, path: "lessons/en/04-host.md") }
  }
}
