import Foundation
import Launch
import OpenStackClient
import ServerGroupsCore
import Shell
import Synchronization

/// The sandbox's room API as the shell's `RoomLink`: quiet on failure, and after a failure it rests a minute, so a
/// sandbox that went away never slows the learner's prompt down.
package final class SandboxRoomLink: RoomLink {
  package let client: SandboxRoomClient
  private let restingUntil = Mutex<Date?>(nil)
  /// How long the link stays quiet after a failure.
  package static let rest: TimeInterval = 60

  package init(_ client: SandboxRoomClient) { self.client = client }

  package func report(_ report: RoomReport) async -> RoomNote? {
    let body = JSONValue.object([
      ("lesson", .string(report.lesson)), ("lesson_title", .string(report.lessonTitle)), ("step", .int(report.step)),
      ("step_title", .string(report.stepTitle)), ("hints_asked", .int(report.hintsAsked)),
      ("solutions_shown", .int(report.solutionsShown)), ("checks_passed", .int(report.checksPassed)),
    ])
    return await attempt { try await client.sendProgress(body) }
  }

  package func message() async -> RoomNote? { await attempt { try await client.currentMessage() } }

  private func attempt(_ call: () async throws -> JSONValue) async -> RoomNote? {
    let now = Date()
    if let until = restingUntil.withLock({ $0 }), until > now { return nil }
    do {
      let value = try await call()
      return SandboxRoomClient.messageParts(value).map { RoomNote(id: $0.id, text: $0.text) }
    } catch {
      restingUntil.withLock { $0 = Date().addingTimeInterval(Self.rest) }
      return nil
    }
  }
}
