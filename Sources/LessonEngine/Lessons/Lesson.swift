/// One lesson in one language, as parsed from `lessons/<lang>/NN-slug.md`.
package struct Lesson: Sendable, Equatable {
  /// The file name without `.md` (`02-db-cluster`); the same in every language, and the key progress is kept under.
  package var id: String
  package var path: String
  package var language: Language
  package var number: Int
  package var title: String
  /// One line for the lesson menu.
  package var summary: String
  package var requirement: LessonRequirement
  /// Commands that take a fresh simulator to the lesson's starting state.
  package var setup: [String]
  /// The text before the first step.
  package var introduction: Template
  package var steps: [LessonStep]

  package init(
    id: String, path: String, language: Language, number: Int, title: String, summary: String,
    requirement: LessonRequirement, setup: [String], introduction: Template, steps: [LessonStep]
  ) {
    self.id = id
    self.path = path
    self.language = language
    self.number = number
    self.title = title
    self.summary = summary
    self.requirement = requirement
    self.setup = setup
    self.introduction = introduction
    self.steps = steps
  }
}

/// Where a lesson can run: `simulator` for lessons that fail hosts or need a fresh, known cloud; `any` for
/// lessons that are safe on a real cloud too.
package enum LessonRequirement: String, Sendable, Equatable, CaseIterable {
  case simulator
  case any
}

/// Predict, then observe: a question the learner answers before the step's command, and the answer the cloud
/// gives once the step is done (a template filled from the state then: `{host of db-4}`, `{survivor count of G}`).
package struct Prediction: Sendable, Equatable {
  package var question: Template
  package var answer: Template

  package init(question: Template, answer: Template = .empty) {
    self.question = question
    self.answer = answer
  }

  /// Whether the learner's answer says the same as the cloud's: case, spaces, quotes and a final full stop do not
  /// matter; `4` matches `compute-4`; y/yes/j/ja and n/no/nei are the same in both languages.
  package static func matches(_ given: String, _ expected: String) -> Bool {
    func normal(_ text: String) -> String {
      var words = text.lowercased().filter { !"\"'«».".contains($0) }
        .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
      if ["y", "yes", "j", "ja"].contains(words) { words = "yes" }
      if ["n", "no", "nei"].contains(words) { words = "no" }
      return words
    }
    let (a, b) = (normal(given), normal(expected))
    guard !a.isEmpty else { return false }
    if a == b { return true }
    // `4` for `compute-4`.
    return b.split(separator: "-").last.map(String.init) == a && a.allSatisfy(\.isNumber)
  }
}

/// One step: what to read, what to try, the state to reach, hints, the solution and the debrief.
package struct LessonStep: Sendable, Equatable {
  package var title: String
  /// The line of the step's heading, for messages about the step.
  package var line: Int
  package var narrative: Template
  /// Commands shown to try (never forced: any commands that reach the state pass).
  package var tryCommands: [Template]
  /// A target picture the author drew (a fenced `goal` block), shown beside the current placement by `goal`.
  package var goalPicture: String?
  /// All must pass for the step to be done. A step with no checks is a reading step, done with `next`.
  package var checks: [Check]
  /// Revealed one at a time by `hint`.
  package var hints: [Template]
  /// Command lines that reach the state (placeholders allowed); `skip` and `solution` run them.
  package var solution: [Template]
  /// Shown when the step is done; placeholders are filled from the learner's own cloud.
  package var debrief: Template
  /// Shown instead of the debrief on a real cloud (`### On a real cloud`), when the step has it.
  package var realCloudDebrief: Template
  /// A question asked before the step's command (`predict:`), and what the cloud's answer is (`answer:`).
  package var prediction: Prediction?
  /// Plausible mistakes (`wrong:` lines): never shown, but the lesson tests prove none of them passes the step.
  package var wrongCommands: [Template]
  /// What the tutor says when the learner makes the mistake on the `wrong:` line with the same index (its
  /// `because:` line; `.empty` when it has none).
  package var wrongBecause: [Template]

  package init(
    title: String, line: Int, narrative: Template = .empty, tryCommands: [Template] = [],
    goalPicture: String? = nil,
    checks: [Check] = [], hints: [Template] = [], solution: [Template] = [],
    debrief: Template = .empty, realCloudDebrief: Template = .empty,
    wrongCommands: [Template] = [], wrongBecause: [Template] = []
  ) {
    self.title = title
    self.line = line
    self.narrative = narrative
    self.tryCommands = tryCommands
    self.goalPicture = goalPicture
    self.checks = checks
    self.hints = hints
    self.solution = solution
    self.debrief = debrief
    self.realCloudDebrief = realCloudDebrief
    self.wrongCommands = wrongCommands
    self.wrongBecause = wrongCommands.indices.map {
      wrongBecause.indices.contains($0) ? wrongBecause[$0] : .empty
    }
  }

  /// A step without checks is read, not solved.
  package var isReading: Bool { checks.isEmpty }
}
