import ServerGroupsCore

/// One lesson in progress, as a value: `handle(event)` returns what the shell should do. No I/O, no clock, no
/// cloud inside, so every path through a lesson is a unit test.
package struct LessonRun: Sendable, Equatable {
  package let lesson: Lesson
  package let language: Language
  /// False on a real cloud: nothing can be reset there.
  package let onSimulator: Bool
  package private(set) var stepIndex: Int
  package private(set) var phase: Phase = .idle
  package private(set) var hintsShown = 0
  /// The latest state the shell sent; placeholders are filled from it.
  package private(set) var lastState: CloudState?
  /// Commands that succeeded during the current step (for `ran` checks).
  private var commands: [[String]] = []
  private var lastResults: [CheckResult] = []
  /// On a real cloud, the failures the steps that need the simulator have supposed so far.
  private var imagined = Imagined()
  /// The learner's predictions by step (empty: they skipped the question).
  package private(set) var predictions: [Int: String] = [:]
  /// The step whose `predict:` question is waiting for its answer.
  private var askedStep: Int?
  /// Whether that question was asked again after an answer that could not be read.
  private var askedAgain = false
  /// What the step's `wrong:` lines leave the cloud as, rehearsed from the step's start on the simulator, so a
  /// mistake made by other commands is still recognised by the state it reaches.
  private var rehearsal: MistakeRehearsal?

  package init(
    lesson: Lesson, language: Language? = nil, onSimulator: Bool = true, startAt step: Int = 0
  ) {
    self.lesson = lesson
    self.language = language ?? lesson.language
    self.onSimulator = onSimulator
    self.stepIndex = min(max(step, 0), max(lesson.steps.count - 1, 0))
  }

  package var step: LessonStep? {
    lesson.steps.indices.contains(stepIndex) ? lesson.steps[stepIndex] : nil
  }
  package var isFinished: Bool { phase == .finished }

  /// Whether the current step is explained rather than done: it needs the simulator's powers and this is a
  /// real cloud.
  package var isExplained: Bool { !onSimulator && step?.needsSimulator == true }

  /// The state lesson text is filled from: the latest, with what explained steps supposed.
  private var shownState: CloudState? { lastState.map(imagined.applied) }

  package mutating func handle(_ event: LessonEvent) -> [LessonAction] {
    switch (event, phase) {
    case (.started, _):
      var actions: [LessonAction] = [
        .say(text(.lessonHeader, String(lesson.number), lesson.title))
      ]
      let introduction = TextLayout.unwrap(
        lesson.introduction.render(state: lastState, language: language))
      if !introduction.isEmpty { actions.append(.say(introduction)) }
      if !onSimulator, !lesson.setup.isEmpty {
        // Nothing is set up on a real cloud: the learner's own project goes on from earlier lessons.
        actions.append(.showCommands(title: text(.realCloudSetup), commands: lesson.setup))
      }
      return actions + restore(to: stepIndex, notice: onSimulator ? .freshCloud : nil)

    case (.performed(let state), .restoring(let target, let next, let notice)):
      lastState = state
      if !onSimulator { suppose(upTo: target) }
      if next < target {
        phase = .restoring(target: target, next: next + 1, notice: notice)
        return [.runCommands(render(lesson.steps[next].solution), echo: false), .captureState]
      }
      return (notice.map { [.say(text($0, String(target + 1)))] } ?? []) + show(step: target)

    case (.performed(let state), .performing(let outcome)):
      lastState = state
      let results = evaluate(state)
      if outcome == .skipped { return complete(outcome: .skipped) + moveOn() }
      guard results.allSatisfy(\.passed) else {
        phase = .working
        return [.say(text(.solutionFailed))]
      }
      return complete(outcome: outcome)

    case (.predictionAnswered(let answer), .working) where askedStep == stepIndex:
      return predictionAnswered(answer)

    case (.mistakesRehearsed(let step, let states), _) where step == stepIndex:
      rehearsal?.record(states)
      return []

    case (.commandFinished(let argv, let succeeded, let state), _):
      return commandFinished(argv, succeeded: succeeded, state: state)

    case (.hintRequested, .working), (.hintRequested, .stepDone):
      return hint()

    case (.goalRequested(let state), _):
      lastState = state
      guard let step else { return [] }
      if step.isReading { return [.say(text(.goalReading))] }
      if isExplained { return [.say(text(.goalExplained))] }
      let title = text(.goalHeader, String(stepIndex + 1), step.title)
      return [
        .showGoal(
          GoalView(title: title, picture: goalPicture(step, state: state), language: language, results: evaluate(state))
        )
      ]

    case (.next, .working):
      guard let step else { return [] }
      if step.isReading { return complete(outcome: .read) + moveOn() }
      if isExplained { return explain() + moveOn() }
      return [
        .say(
          ([text(.notDoneYet)] + evaluate(lastState ?? .empty).map { "  " + $0.line } + [
            text(.stuckOptions)
          ]).joined(separator: "\n"))
      ]

    case (.next, .stepDone):
      return moveOn()

    case (.next, .finished):
      return [.say(text(.lessonOver))]

    case (.back, .working), (.back, .stepDone), (.back, .finished):
      guard stepIndex > 0 else { return [.say(text(.firstStepAlready))] }
      return restore(to: stepIndex - 1, notice: nil)

    case (.reset, .working), (.reset, .stepDone):
      guard onSimulator else { return [.say(text(.realCloudNoReset))] + show(step: stepIndex) }
      return restore(to: stepIndex, notice: .resetDone)

    case (.skip, .working):
      guard let step else { return [] }
      if step.isReading || step.solution.isEmpty { return complete(outcome: .read) + moveOn() }
      if isExplained { return explain() + moveOn() }
      phase = .performing(.skipped)
      return [.runCommands(render(step.solution), echo: true), .captureState]

    case (.skip, .stepDone):
      return moveOn()

    case (.solutionRequested, .working):
      guard let step, !step.solution.isEmpty else { return [.say(text(.goalReading))] }
      if isExplained {
        return [.showCommands(title: text(.explainedSolution), commands: render(step.solution))]
      }
      // Show first, then ask: the learner may prefer to type the commands themselves.
      phase = .confirmingSolution
      return [
        .showCommands(title: text(.solutionHeader), commands: render(step.solution)),
        .askConfirmation(text(.confirmSolution)),
      ]

    case (.solutionRequested, .stepDone):
      return [.say(text(.stepAlreadyDone))]

    case (.solutionAnswered(let yes), .confirmingSolution):
      guard yes, let step else {
        phase = .working
        return [.say(text(.solutionCancelled))]
      }
      phase = .performing(.solutionShown)
      let commands = render(step.solution)
      // The shell runs these without reporting them back, so a `ran` check counts them here.
      self.commands += commands.map { $0.split(separator: " ").map(String.init) }
      return [.runCommands(commands, echo: true), .captureState]

    case (_, .confirmingSolution):
      return [.say(text(.answerYesOrNo)), .askConfirmation(text(.confirmSolution))]

    case (_, .finished):
      return [.say(text(.lessonOver))]

    default:
      // Tutor commands that make no sense right now (`hint` while the cloud is being restored) do nothing.
      return []
    }
  }

  // MARK: - Steps

  private mutating func commandFinished(_ argv: [String], succeeded: Bool, state: CloudState)
    -> [LessonAction]
  {
    let before = lastState ?? .empty
    lastState = state
    guard phase == .working, let step else { return [] }
    if succeeded { commands.append(argv) }
    guard !step.isReading, !isExplained else { return [] }
    let previous = lastResults
    let results = evaluate(state)
    if results.allSatisfy(\.passed) { return complete(outcome: .solved) }
    // A known mistake is answered at once, in the domain's words, with the way to undo it.
    let mistake = MistakeSpotter(
      step: step, argv: argv, succeeded: succeeded, before: before, after: state, language: language,
      rehearsal: rehearsal
    ).message()
    var actions: [LessonAction] = mistake.map { [.say("✗ " + $0)] } ?? []
    // Speak only when the command changed something the step looks at, so `server list` stays quiet.
    guard succeeded, results != previous else { return actions }
    actions.append(.say(([text(.notYet)] + results.map { "  " + $0.line }).joined(separator: "\n")))
    return actions
  }

  private mutating func evaluate(_ state: CloudState) -> [CheckResult] {
    let results = (step?.checks ?? []).map {
      $0.evaluate(in: state, commands: commands, language: language)
    }
    lastResults = results
    return results
  }

  private mutating func complete(outcome: StepOutcome) -> [LessonAction] {
    guard let step else { return [] }
    let total = String(lesson.steps.count)
    let number = String(stepIndex + 1)
    var actions: [LessonAction] = [.stepCompleted(step: stepIndex, outcome: outcome)]
    actions.append(
      .say(
        outcome == .skipped
          ? text(.stepSkipped, number, total) : "✓ " + text(.stepDone, number, total)))
    actions += comparePrediction(step)
    // On a real cloud a step may say something else when it is done (`### On a real cloud`).
    let closing = !onSimulator && !step.realCloudDebrief.isEmpty ? step.realCloudDebrief : step.debrief
    let debrief = TextLayout.unwrap(closing.render(state: shownState, language: language))
    if !debrief.isEmpty { actions.append(.say(debrief)) }
    if stepIndex == lesson.steps.count - 1 {
      phase = .finished
      return actions + [
        .lessonCompleted, .say(text(.lessonDone, String(lesson.number), lesson.title)),
      ]
    }
    phase = .stepDone
    if outcome == .solved || outcome == .solutionShown { actions.append(.say(text(.typeNext))) }
    return actions
  }

  /// The learner's hosts beside the placement the step wants: the author's `goal` block, else what its checks ask
  /// for; nil when it asks for no placement.
  private func goalPicture(_ step: LessonStep, state: CloudState) -> GoalPicture? {
    let block = step.goalPicture.map { $0.split(separator: "\n").map(String.init).filter { !$0.trimmed.isEmpty } }
    let wanted = block.map { GoalPicture.wanted(fromBlock: $0, step: step) } ?? GoalPicture.wanted(by: step, in: state)
    return wanted.map { GoalPicture(wanted: $0, step: step, state: state) }
  }

  /// Takes the answer to the step's question: `skip` (or nothing) skips it; an answer that cannot be read as the
  /// kind the question wants (a number, a host, …) is asked for once more, then let go.
  private mutating func predictionAnswered(_ answer: String) -> [LessonAction] {
    let given = answer.trimmed
    guard let prediction = step?.prediction, !Prediction.isSkip(given) else {
      askedStep = nil
      predictions[stepIndex] = ""
      return [.say(text(.predictSkipped))]
    }
    if Prediction.read(given, as: prediction.kind, hosts: hostNames) != nil {
      askedStep = nil
      predictions[stepIndex] = given
      return [.say(text(.predictNoted, given))]
    }
    let wanted = wantedAnswer(prediction.kind)
    guard askedAgain else {
      askedAgain = true
      return [.askPrediction(text(.predictUnreadable, Messages.quoted(given, in: language), wanted))]
    }
    askedStep = nil
    predictions[stepIndex] = ""
    return [.say(text(.predictGaveUp, wanted))]
  }

  private var hostNames: [String] { (lastState?.hosts ?? []).map(\.name) }

  /// "a number (like 2)", "a host (like compute-1)", … in the learner's language.
  private func wantedAnswer(_ kind: Prediction.Kind) -> String {
    switch kind {
    case .number: text(.predictWantNumber)
    case .counts: text(.predictWantCounts)
    case .host: text(.predictWantHost, hostNames.first ?? "compute-1")
    case .status: text(.predictWantStatus)
    case .yesNo, .free: text(.predictWantYesNo)
    }
  }

  /// Observe: the learner's prediction beside what the cloud did; the debrief that follows explains it.
  private mutating func comparePrediction(_ step: LessonStep) -> [LessonAction] {
    guard let prediction = step.prediction, let given = predictions[stepIndex], !given.isEmpty else { return [] }
    let actual = prediction.answer.render(state: shownState, language: language)
    let hosts = (shownState?.hosts ?? []).map(\.name)
    let right = Prediction.matches(Prediction.read(given, as: prediction.kind, hosts: hosts) ?? given, actual)
    return [
      .predictionChecked(step: stepIndex, right: right),
      .say((right ? "✓ " : "✗ ") + text(right ? .predictRight : .predictWrong, given, actual)),
    ]
  }

  /// After a step is done: show the next one, or nothing when the lesson just finished.
  private mutating func moveOn() -> [LessonAction] {
    guard phase != .finished, stepIndex + 1 < lesson.steps.count else { return [] }
    return [.advance(to: stepIndex + 1)] + show(step: stepIndex + 1)
  }

  private mutating func show(step index: Int) -> [LessonAction] {
    stepIndex = index
    phase = .working
    hintsShown = 0
    commands = []
    guard let step else { return [] }
    var actions: [LessonAction] = [
      .say(text(.stepHeader, String(index + 1), String(lesson.steps.count), step.title))
    ]
    let narrative = TextLayout.unwrap(step.narrative.render(state: shownState, language: language))
    if !narrative.isEmpty { actions.append(.say(narrative)) }
    if isExplained {
      // A real cloud cannot do this step: say so, and let `next` show what would have happened.
      let lines = render(step.solution).map { "`\($0)`" }
      actions.append(.say(text(.explainedStep, Messages.list(lines, in: language))))
    } else if !step.tryCommands.isEmpty {
      actions.append(.showCommands(title: text(.tryThis), commands: render(step.tryCommands)))
    }
    if step.isReading { actions.append(.say(text(.typeNextReading))) }
    // Predict, then observe: the question comes before the step's command, once per step.
    if let prediction = step.prediction, onSimulator, predictions[index] == nil {
      askedStep = index
      askedAgain = false
      actions.append(
        .askPrediction(text(.predictAsk, prediction.question.render(state: shownState, language: language))))
    }
    _ = evaluate(lastState ?? .empty)
    return rehearse(step, at: index) + actions
  }

  /// On the simulator, asks the shell to rehearse the step's `wrong:` lines that have a `because:` (and are not a
  /// line of the solution) from the state the step starts in.
  private mutating func rehearse(_ step: LessonStep, at index: Int) -> [LessonAction] {
    rehearsal = nil
    guard onSimulator, let start = lastState, !isExplained else { return [] }
    let solutions = step.solution.map { CommandShape(line: $0.render(state: start, language: language)) }
    let lines = zip(step.wrongCommands, step.wrongBecause).map { wrong, because -> String in
      let line = wrong.render(state: start, language: language)
      return because.isEmpty || solutions.contains(CommandShape(line: line)) ? "" : line
    }
    guard lines.contains(where: { !$0.isEmpty }) else { return [] }
    rehearsal = MistakeRehearsal(start: StateShape(start))
    return [.rehearseMistakes(step: index, lines: lines)]
  }

  /// Resets the simulator and replays setup and the solutions of the steps before `target`, one step at a time
  /// so each solution's placeholders are filled from the state the previous one left.
  private mutating func restore(to target: Int, notice: MessageID?) -> [LessonAction] {
    guard onSimulator else {
      // Nothing can be reset on a real cloud; read its state so the step's text can name real servers.
      phase = .restoring(target: target, next: target, notice: nil)
      return [.captureState]
    }
    phase = .restoring(target: target, next: 0, notice: notice)
    return [.resetCloud, .runCommands(lesson.setup, echo: false), .captureState]
  }

  private mutating func hint() -> [LessonAction] {
    guard let step, !step.hints.isEmpty else { return [.say(text(.noHints))] }
    guard hintsShown < step.hints.count else { return [.say(text(.noMoreHints))] }
    hintsShown += 1
    let hint = step.hints[hintsShown - 1].render(state: shownState, language: language)
    return [.say(text(.hintStage, String(hintsShown), String(step.hints.count), hint))]
  }

  private func render(_ templates: [Template]) -> [String] {
    templates.map { $0.render(state: shownState, language: language) }
  }

  // MARK: - Steps a real cloud cannot do

  /// `next` on an explained step: suppose its solution happened, then the debrief tells what that means for the
  /// learner's own servers.
  private mutating func explain() -> [LessonAction] {
    guard let step else { return [] }
    for line in render(step.solution) { imagined.suppose(line) }
    return complete(outcome: .read)
  }

  /// Supposes again what the explained steps before `target` supposed (a resumed lesson, `back`).
  private mutating func suppose(upTo target: Int) {
    imagined = Imagined()
    for step in lesson.steps.prefix(target) where step.needsSimulator {
      for line in render(step.solution) { imagined.suppose(line) }
    }
  }

  private func text(_ id: MessageID, _ arguments: String...) -> String {
    Messages.text(id, arguments: arguments, in: language)
  }
}
