/// The tutor commands the shell forwards, and the lesson events within a lesson.
package enum TutorEvent: Sendable, Equatable {
  /// `sgtutor` with no arguments: welcome, the lesson menu, and where the learner left off.
  case welcome
  /// `lessons`.
  case listLessons
  /// `lesson N` (and `sgtutor --lesson N`): starts it, or goes on where the learner left it.
  case openLesson(Int)
  /// `progress`.
  case showProgress
  /// `sandbox`: leave the lesson for free play, or come back to it.
  case toggleSandbox
  /// Everything inside a lesson: `next`, `hint`, command results, …
  case lesson(LessonEvent)
}
