import CloudSimulator
import LessonEngine
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// Every lesson is a test: on a fresh seeded simulator, through the real shell, each step's state is not reached
/// by doing nothing or by the author's plausible mistakes, and is reached by its solution typed as a learner would.
@Suite struct LessonPlaythroughTests {
  /// The shell and simulator the tutor drives, recording what it is shown.
  struct Host: TutorHost {
    var repl: Repl
    let cloud: SimulatedCloud
    var shown: [LessonAction] = []
    var failedLines: [String] = []

    init(cloud: SimulatedCloud) {
      self.cloud = cloud
      repl = Repl(
        context: ShellContext(cloud: cloud, console: RecordingConsole()),
        reader: ScriptedLineReader([]))
    }

    mutating func runLine(_ line: String, echo: Bool) async {
      if await repl.handle(line) != .succeeded { failedLines.append(line) }
    }

    mutating func captureState() async -> CloudState {
      (try? await CloudState.capture(cloud: cloud, controls: cloud)) ?? .empty
    }

    mutating func resetCloud() async { await cloud.reset() }

    mutating func show(_ action: LessonAction) async { shown.append(action) }

    /// Whether `rehearse` runs lines (as the shell does on the simulator) or rehearses nothing (a real cloud).
    var rehearses = true
    /// The lines rehearsed so far.
    var rehearsed: [String] = []

    mutating func rehearse(_ line: String) async -> CloudState? {
      guard rehearses, let saved = try? await cloud.checkpoint() else { return nil }
      rehearsed.append(line)
      _ = await repl.handle(line)
      let state = await captureState()
      guard (try? await cloud.restore(saved)) != nil else { return nil }
      return state
    }

    /// Runs a line as the learner types it, and reports it to the tutor as the shell's lesson hook does.
    mutating func type(_ line: String, tutor: inout Tutor) async -> Bool {
      let succeeded = await repl.handle(line) == .succeeded
      let argv = (try? Tokenizer.split(line)) ?? [line]
      let state = await captureState()
      var me = self
      await tutor.perform(
        .lesson(.commandFinished(argv: argv, succeeded: succeeded, state: state)), host: &me)
      self = me
      return succeeded
    }

    var said: [String] {
      shown.compactMap { if case .say(let text) = $0 { text } else { nil } }
    }
  }

  static let lessonNumbers = Array(1...9)

  @Test(arguments: Language.allCases, lessonNumbers)
  func everyStepFailsWhenNotDoneAndPassesWithItsSolution(_ language: Language, _ number: Int)
    async throws
  {
    let library = try LessonFixtures.library()
    let lesson = try #require(library.lesson(number: number, in: language))
    #expect(lesson.language == language)
    let cloud = SimulatedCloud(seed: 1)
    var host = Host(cloud: cloud)
    var tutor = Tutor(library: library, progress: Progress(), language: language)
    await tutor.perform(.openLesson(number), host: &host)
    #expect(host.failedLines == [], "setup failed")

    for (index, step) in lesson.steps.enumerated() {
      let label = "\(lesson.path) step \(index + 1)"
      try #require(tutor.run?.stepIndex == index, "\(label): not at this step")
      if step.isReading {
        await tutor.perform(.lesson(.next), host: &host)
        continue
      }
      // Doing nothing does not pass.
      let start = await host.captureState()
      #expect(
        !step.checks.allSatisfy { $0.evaluate(in: start, language: language).passed },
        "\(label) passes untouched")

      // A plausible mistake does not pass; `reset` then puts the step back.
      for (offset, wrong) in step.wrongCommands.enumerated() {
        let line = wrong.render(state: start, language: language)
        host.shown = []
        _ = await host.type(line, tutor: &tutor)
        #expect(
          !host.shown.contains { if case .stepCompleted = $0 { true } else { false } },
          "\(label): `\(line)` passed")
        // Every mistake is answered in the domain's words: its `because:` text, or a general mistake's.
        let answer = host.said.first { $0.hasPrefix("✗ ") }
        // A `wrong:` line that is the solution's first half is not a mistake, only not finished yet.
        let isHalfDone = step.solution.map { $0.render(state: start, language: language) }.contains(line)
        #expect(answer != nil || isHalfDone, "\(label): `\(line)` got no answer")
        if let because = step.wrongBecause[offset].isEmpty ? nil : step.wrongBecause[offset] {
          let expected = TextLayout.unwrap(
            because.render(state: await host.captureState(), language: language))
          #expect(answer == "✗ " + expected, "\(label): `\(line)` was not answered by its because: line")
        }
        for text in host.said {
          #expect(
            !text.contains(Messages.text(.unknownValue, in: language)),
            "\(label): unfilled placeholder after `\(line)`: \(text)")
        }
        await tutor.perform(.lesson(.reset), host: &host)
        try #require(
          tutor.run?.stepIndex == index && tutor.run?.phase == .working,
          "\(label): reset lost the step")
      }

      // Predict, then observe: an answer is taken, and compared with the cloud's once the step is done.
      // An answer that cannot be read is asked for once more; then a readable one is noted.
      let predicted = step.prediction?.kind == .status ? "ERROR" : "1"
      if step.prediction != nil {
        host.shown = []
        await tutor.perform(.lesson(.predictionAnswered("banana")), host: &host)
        #expect(
          host.shown.contains { if case .askPrediction = $0 { true } else { false } }, "\(label): not asked again")
        await tutor.perform(.lesson(.predictionAnswered(predicted)), host: &host)
        #expect(host.said.contains { $0.contains(predicted) }, "\(label): the prediction was not noted")
      }
      // The solution, typed line by line, completes the step.
      host.shown = []
      for template in step.solution {
        let line = template.render(state: await host.captureState(), language: language)
        let succeeded = await host.type(line, tutor: &tutor)
        #expect(succeeded, "\(label): `\(line)` failed")
      }
      #expect(
        host.shown.contains(.stepCompleted(step: index, outcome: .solved)),
        "\(label): solution did not pass")
      for text in host.said {
        #expect(
          !text.contains(Messages.text(.unknownValue, in: language)),
          "\(label): unfilled placeholder in \(text)")
      }
      if let prediction = step.prediction {
        let actual = prediction.answer.render(state: await host.captureState(), language: language)
        let right = Prediction.matches(predicted, actual)
        #expect(host.shown.contains(.predictionChecked(step: index, right: right)), "\(label): prediction not checked")
        #expect(
          host.said.contains { $0.contains(predicted) && $0.contains(actual) }, "\(label): the cloud's answer not said")
      }
      if index < lesson.steps.count - 1 { await tutor.perform(.lesson(.next), host: &host) }
    }
    #expect(tutor.run?.isFinished == true)
    #expect(tutor.progress.lessons[lesson.id]?.isCompleted == true)
    #expect(host.failedLines == [])
  }

  @Test(arguments: lessonNumbers)
  func skippingEveryStepFinishesTheLesson(_ number: Int) async throws {
    let library = try LessonFixtures.library()
    let lesson = try #require(library.lesson(number: number, in: .en))
    var host = Host(cloud: SimulatedCloud(seed: 1))
    var tutor = Tutor(library: library, progress: Progress(), language: .en)
    await tutor.perform(.openLesson(number), host: &host)
    for _ in lesson.steps { await tutor.perform(.lesson(.skip), host: &host) }
    #expect(tutor.run?.isFinished == true)
    #expect(host.failedLines == [])
    #expect(!host.said.contains(Messages.text(.solutionFailed, in: .en)))
  }
}
