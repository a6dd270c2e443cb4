import Foundation
import HTTPTypes
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// `PUT /sgtutor/v1/progress` (the caller's own lesson, step and counts), `GET` and `DELETE` of the same.
  /// Every answer carries the room's message, so the shell learns of it with the call it makes anyway.
  func progressRoute(_ request: SandboxRequest) async -> SandboxReply {
    guard let (_, user) = authenticate(request) else { return unauthorized(request) }
    do {
      switch request.method {
      case .get: break
      case .put:
        let previous = room.progress(userID: user.id)
        try await saveProgress(try RoomProgressBody.parse(request.json, now: now(), previous: previous), user: user)
      case .delete: try await saveProgress(nil, user: user)
      default: return Self.unrouted
      }
    } catch {
      return .json(error.status == 0 ? 500 : error.status, NovaFault.body(error))
    }
    let progress = room.progress(userID: user.id)
    return .json(
      200,
      .object([
        ("progress", progress.map(RoomProgressBody.body) ?? .null), ("message", messageBody(room.message)),
      ]))
  }

  func saveProgress(_ progress: RoomProgress?, user: Directory.User) async throws(CloudError) {
    room.setProgress(progress, userID: user.id)
    guard let store else { return }
    do {
      try await store.saveProgress(progress, userID: user.id)
    } catch {
      throw .other(status: 500, "The progress could not be saved: \(error)")
    }
  }
}

/// The JSON of a progress report, both ways.
package enum RoomProgressBody {
  /// `{"progress": {"lesson", "step", …}}` into a report; a step the participant was already on keeps its start.
  static func parse(_ body: JSONValue?, now: Date, previous: RoomProgress?) throws(CloudError) -> RoomProgress {
    guard let body, let inner = body["progress"], inner.objectPairs != nil else {
      throw .badRequest("The body must be {\"progress\": {\"lesson\": …, \"step\": …}}.")
    }
    guard let lesson = inner["lesson"]?.stringValue ?? inner["lesson"]?.intValue.map(String.init),
      !lesson.isEmpty, lesson.count <= 100
    else { throw .badRequest("Invalid input for field/attribute lesson.") }
    guard let step = inner["step"]?.intValue, (0...10_000).contains(step) else {
      throw .badRequest("Invalid input for field/attribute step.")
    }
    func count(_ key: String) throws(CloudError) -> Int {
      guard let value = inner[key] else { return 0 }
      guard let number = value.intValue, number >= 0 else {
        throw .badRequest("Invalid input for field/attribute \(key).")
      }
      return number
    }
    func text(_ key: String) -> String? { inner[key]?.stringValue.map { String($0.prefix(200)) } }
    var started = inner["step_started"]?.stringValue.flatMap(WireDate.parse)
    if started == nil, let previous, previous.lesson == lesson, previous.step == step { started = previous.stepStarted }
    return RoomProgress(
      lesson: lesson, lessonTitle: text("lesson_title"), step: step, stepTitle: text("step_title"),
      hintsAsked: try count("hints_asked"), solutionsShown: try count("solutions_shown"),
      checksPassed: try count("checks_passed"), stepStarted: min(started ?? now, now), reported: now)
  }

  static func body(_ progress: RoomProgress) -> JSONValue {
    .object([
      ("lesson", .string(progress.lesson)), ("lesson_title", .optional(progress.lessonTitle)),
      ("step", .int(progress.step)), ("step_title", .optional(progress.stepTitle)),
      ("hints_asked", .int(progress.hintsAsked)), ("solutions_shown", .int(progress.solutionsShown)),
      ("checks_passed", .int(progress.checksPassed)), ("step_started", .timestamp(progress.stepStarted)),
      ("reported", .timestamp(progress.reported)),
    ])
  }
}
