import LessonEngine

/// What the tutor tells the workshop's room: the lesson and step the learner is on and how it is going.
package struct RoomReport: Sendable, Equatable {
  package var lesson: String
  package var lessonTitle: String
  /// 1-based, as the tutor shows it.
  package var step: Int
  package var stepTitle: String
  /// Hints asked on this step.
  package var hintsAsked: Int
  /// Solutions shown in this lesson.
  package var solutionsShown: Int
  /// Steps of this lesson done by passing their checks.
  package var checksPassed: Int

  package init(
    lesson: String, lessonTitle: String, step: Int, stepTitle: String, hintsAsked: Int, solutionsShown: Int,
    checksPassed: Int
  ) {
    self.lesson = lesson
    self.lessonTitle = lessonTitle
    self.step = step
    self.stepTitle = stepTitle
    self.hintsAsked = hintsAsked
    self.solutionsShown = solutionsShown
    self.checksPassed = checksPassed
  }

  /// The report for where `tutor` is now; nil outside a lesson.
  package static func of(_ tutor: Tutor) -> RoomReport? {
    guard let run = tutor.run else { return nil }
    let lesson = run.lesson
    let record = tutor.progress.lessons[lesson.id]
    let completed = record?.completedSteps.count ?? 0
    let skipped = record?.skippedSteps.count ?? 0
    let solutions = record?.solutionsShown ?? 0
    return RoomReport(
      lesson: String(lesson.number), lessonTitle: lesson.title, step: min(run.stepIndex, lesson.steps.count - 1) + 1,
      stepTitle: run.step?.title ?? "", hintsAsked: run.hintsShown, solutionsShown: solutions,
      checksPassed: max(0, completed - skipped - solutions))
  }
}

/// The instructor's message as the shell shows it.
package struct RoomNote: Sendable, Equatable {
  package var id: Int
  package var text: String

  package init(id: Int, text: String) {
    self.id = id
    self.text = text
  }
}

/// The link to a sgtutor sandbox's room. The executable sets it only when the cloud is a sgtutor sandbox (its
/// catalog lists a `sgtutor` service); against any other cloud there is none and nothing is sent. Failures are
/// quiet: the room is a courtesy to the instructor and never gets in the learner's way.
package protocol RoomLink: Sendable {
  /// Sends the report; answers the room's current message.
  func report(_ report: RoomReport) async -> RoomNote?
  /// The room's current message (one small request, made before a prompt).
  func message() async -> RoomNote?
}

extension Repl {
  /// Tells the room where the tutor is, when that changed since the last report.
  mutating func reportToRoom() async {
    guard let room = context.room, let session = tutor, let report = RoomReport.of(session.tutor),
      report != context.lastRoomReport
    else { return }
    context.lastRoomReport = report
    showRoomNote(await room.report(report))
  }

  /// Before a prompt: the instructor's message, once per message.
  mutating func checkRoomMessage() async {
    guard let room = context.room else { return }
    showRoomNote(await room.message())
  }

  private mutating func showRoomNote(_ note: RoomNote?) {
    guard let note, note.id > context.roomNoteSeen else { return }
    context.roomNoteSeen = note.id
    emit(ShellMessages.text(.instructorMessage, note.text, in: context.language) + "\n", .stdout)
  }
}
