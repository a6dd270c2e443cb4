import LessonEngine

/// What a tutor command (`next`, `hint`, `lesson 3`, …) asks of the tutor. The REPL turns it into a `TutorEvent`,
/// reading the cloud's state first where the event needs it.
package enum TutorRequest: Sendable, Equatable {
  /// Send this event as it is.
  case send(TutorEvent)
  /// `goal`: compare the cloud as it is now with the step's conditions.
  case goal

  /// `reset` in a lesson: the cloud back as the step began.
  package static let resetStep = TutorRequest.send(.lesson(.reset))
}
