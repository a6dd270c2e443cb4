/// What happens to a lesson: the learner's tutor commands, and the results of what the shell ran.
package enum LessonEvent: Sendable, Equatable {
  /// Begin the lesson (at the step `LessonRun` was made with).
  case started
  /// The shell carried out `.resetCloud`/`.runCommands` and captured the state, as `.captureState` asked.
  case performed(state: CloudState)
  /// The learner ran a command; `state` is the cloud right after it.
  case commandFinished(argv: [String], succeeded: Bool, state: CloudState)
  /// `hint`: the next hint stage.
  case hintRequested
  /// `goal`: compare the state with the step's conditions.
  case goalRequested(state: CloudState)
  /// `next`.
  case next
  /// `back`.
  case back
  /// `skip`: perform the step so later steps still work.
  case skip
  /// `reset`: put the cloud back as the step began.
  case reset
  /// `solution`: asks first.
  case solutionRequested
  /// The learner's answer to `.askPrediction` (empty: no answer).
  case predictionAnswered(String)
  /// What each line of `.rehearseMistakes` left the cloud as (nil: not rehearsed).
  case mistakesRehearsed(step: Int, states: [CloudState?])
  /// The learner's answer to `.askConfirmation`.
  case solutionAnswered(yes: Bool)
}

/// How a step came to be done.
package enum StepOutcome: String, Sendable, Equatable, Codable {
  /// The learner reached the state.
  case solved
  /// The learner asked for the solution and it ran.
  case solutionShown
  /// `skip` ran the solution and moved on.
  case skipped
  /// A reading step, done with `next`.
  case read
}
