import OpenStackClient
import ServerGroupsCore
import Shell

/// The sandbox's room API as the shell's `RoomLink`: quiet on failure, so the room never gets in the way.
extension SandboxRoomClient: RoomLink {
  package func report(_ report: RoomReport) async -> RoomNote? {
    let body = JSONValue.object([
      ("lesson", .string(report.lesson)), ("lesson_title", .string(report.lessonTitle)), ("step", .int(report.step)),
      ("step_title", .string(report.stepTitle)), ("hints_asked", .int(report.hintsAsked)),
      ("solutions_shown", .int(report.solutionsShown)), ("checks_passed", .int(report.checksPassed)),
    ])
    return Self.note(try? await sendProgress(body))
  }

  package func message() async -> RoomNote? { Self.note(try? await currentMessage()) }

  static func note(_ value: JSONValue?) -> RoomNote? {
    messageParts(value).map { RoomNote(id: $0.id, text: $0.text) }
  }
}
