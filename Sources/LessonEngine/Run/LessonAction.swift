/// What the shell should do, in order. `LessonRun` and `Tutor` only return these; the shell performs them.
package enum LessonAction: Sendable, Equatable {
  /// Print this text (already translated and filled in).
  case say(String)
  /// Print a titled block of commands ("Try:", "Solution:").
  case showCommands(title: String, commands: [String])
  /// Draw the goal view: the author's target picture beside the current placement, and ✓/✗ per condition.
  case showGoal(GoalView)
  /// Ask a yes/no question; send `.solutionAnswered(yes:)` with the answer (`Messages.isYes`).
  case askConfirmation(String)
  /// Ask the step's `predict:` question; send `.predictionAnswered(_:)` with the line the learner types.
  case askPrediction(String)
  /// The learner's prediction for a step was compared with what the cloud did (0-based step).
  case predictionChecked(step: Int, right: Bool)
  /// Put the simulator back to its seeded start (`SimulatorControls.reset()`); skipped on a real cloud.
  case resetCloud
  /// Run these command lines through the shell without the lesson hook; echo them when `echo` is set.
  case runCommands([String], echo: Bool)
  /// Capture the cloud's state and send `.performed(state:)`; the answer's actions follow.
  case captureState
  /// Run each line on the simulator from the state now, note the state it leaves and put the cloud back, then
  /// send `.mistakesRehearsed` (an empty line, or a real cloud, gives nil). Nothing is shown.
  case rehearseMistakes(step: Int, lines: [String])
  /// A step is done (0-based index).
  case stepCompleted(step: Int, outcome: StepOutcome)
  /// The lesson moved to this step (0-based index).
  case advance(to: Int)
  /// The last step is done.
  case lessonCompleted
  /// Progress changed: write it (`ProgressStore.save`).
  case saveProgress(Progress)
}

/// What `goal` shows.
package struct GoalView: Sendable, Equatable {
  /// "Goal of step 2: Launch three database servers".
  package var title: String
  /// The learner's hosts now beside the placement the step wants (from its `goal` block or its checks); nil
  /// when the step has no placement to reach.
  package var picture: GoalPicture?
  /// The language the picture's captions are in.
  package var language: Language
  /// One line per condition.
  package var results: [CheckResult]

  package init(title: String, picture: GoalPicture?, language: Language = .en, results: [CheckResult]) {
    self.title = title
    self.picture = picture
    self.language = language
    self.results = results
  }

  /// True when every condition holds.
  package var isReached: Bool { results.allSatisfy(\.passed) }
}
