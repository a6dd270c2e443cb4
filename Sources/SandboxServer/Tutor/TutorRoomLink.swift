import Foundation
import LessonEngine
import Shell

/// The room as a browser session's shell sees it: its reports land in the room in process, exactly where a
/// terminal's `PUT /sgtutor/v1/progress` puts them, so the instructor sees browser participants like the others.
struct TutorRoomLink: RoomLink {
  let sandbox: Sandbox
  let user: Directory.User

  func report(_ report: RoomReport) async -> RoomNote? {
    let now = sandbox.now()
    let previous = sandbox.room.progress(userID: user.id)
    let sameStep = previous.map { $0.lesson == report.lesson && $0.step == report.step } ?? false
    let progress = RoomProgress(
      lesson: report.lesson, lessonTitle: report.lessonTitle, step: report.step, stepTitle: report.stepTitle,
      hintsAsked: report.hintsAsked, solutionsShown: report.solutionsShown, checksPassed: report.checksPassed,
      stepStarted: sameStep ? previous?.stepStarted ?? now : now, reported: now)
    // The room is a courtesy to the instructor: a failed save never gets in the learner's way.
    try? await sandbox.saveProgress(progress, user: user)
    return await message()
  }

  func message() async -> RoomNote? {
    sandbox.room.message.map { RoomNote(id: $0.id, text: $0.text) }
  }
}
