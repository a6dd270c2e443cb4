extension LessonRun {
  /// Where the run is.
  package enum Phase: Sendable, Equatable {
    /// Made, not yet `.started`.
    case idle
    /// Replaying setup and earlier solutions; `next` is the next solution to replay, `target` the step to show.
    case restoring(target: Int, next: Int, notice: MessageID?)
    /// The learner works on the current step.
    case working
    /// Waiting for the answer to "show the solution?".
    case confirmingSolution
    /// The shell is running the step's solution for `solution` or `skip`.
    case performing(StepOutcome)
    /// The current step is done; `next` moves on.
    case stepDone
    /// The last step is done.
    case finished
  }
}
