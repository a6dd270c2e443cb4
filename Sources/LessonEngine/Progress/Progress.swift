/// What the learner has done, kept between sessions in `progress.json`.
package struct Progress: Sendable, Equatable, Codable {
  /// The file format's version; a newer file is still read as far as it goes.
  package var version: Int
  /// The lesson and step the learner was last at.
  package var current: Position?
  /// Per lesson id (`02-db-cluster`).
  package var lessons: [String: LessonProgress]

  package init(version: Int = 1, current: Position? = nil, lessons: [String: LessonProgress] = [:]) {
    self.version = version
    self.current = current
    self.lessons = lessons
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
    current = try container.decodeIfPresent(Position.self, forKey: .current)
    lessons = try container.decodeIfPresent([String: LessonProgress].self, forKey: .lessons) ?? [:]
  }

  /// Records what a lesson's actions say happened, and returns whether anything changed.
  @discardableResult
  package mutating func record(_ action: LessonAction, lessonID: String) -> Bool {
    let before = self
    switch action {
    case .stepCompleted(let step, let outcome):
      var lesson = lessons[lessonID] ?? LessonProgress()
      lesson.completedSteps = Array(Set(lesson.completedSteps + [step])).sorted()
      if outcome == .skipped {
        lesson.skippedSteps = Array(Set(lesson.skippedSteps + [step])).sorted()
      }
      if outcome == .solutionShown { lesson.solutionsShown += 1 }
      lessons[lessonID] = lesson
    case .predictionChecked(let step, let right):
      lessons[lessonID, default: LessonProgress()].predictions[String(step)] = right
    case .advance(let step):
      current = Position(lesson: lessonID, step: step)
    case .lessonCompleted:
      lessons[lessonID, default: LessonProgress()].isCompleted = true
    default:
      break
    }
    return self != before
  }
}

/// One lesson's record.
package struct LessonProgress: Sendable, Equatable, Codable {
  /// 0-based indexes of steps done, in order.
  package var completedSteps: [Int]
  /// Steps done by `skip` (also listed in `completedSteps`).
  package var skippedSteps: [Int]
  package var hintsUsed: Int
  package var solutionsShown: Int
  package var isCompleted: Bool
  /// Per step (0-based, as text): whether the learner's prediction matched what the cloud did.
  package var predictions: [String: Bool]

  package init(
    completedSteps: [Int] = [], skippedSteps: [Int] = [], hintsUsed: Int = 0,
    solutionsShown: Int = 0,
    isCompleted: Bool = false, predictions: [String: Bool] = [:]
  ) {
    self.predictions = predictions
    self.completedSteps = completedSteps
    self.skippedSteps = skippedSteps
    self.hintsUsed = hintsUsed
    self.solutionsShown = solutionsShown
    self.isCompleted = isCompleted
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    completedSteps = try container.decodeIfPresent([Int].self, forKey: .completedSteps) ?? []
    skippedSteps = try container.decodeIfPresent([Int].self, forKey: .skippedSteps) ?? []
    hintsUsed = try container.decodeIfPresent(Int.self, forKey: .hintsUsed) ?? 0
    solutionsShown = try container.decodeIfPresent(Int.self, forKey: .solutionsShown) ?? 0
    isCompleted = try container.decodeIfPresent(Bool.self, forKey: .isCompleted) ?? false
    predictions = try container.decodeIfPresent([String: Bool].self, forKey: .predictions) ?? [:]
  }
}

/// A lesson and a step within it (0-based).
package struct Position: Sendable, Equatable, Codable {
  package var lesson: String
  package var step: Int

  package init(lesson: String, step: Int) {
    self.lesson = lesson
    self.step = step
  }
}
