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

  /// What sort of answer the question wants, told by its `answer:` line: a count, members per host, a host, a
  /// status, yes or no, or anything.
  package enum Kind: Sendable, Equatable {
    case number, counts, host, status, yesNo, free
  }

  package var kind: Kind {
    let placeholders = answer.pieces.compactMap { piece -> Placeholder? in
      if case .placeholder(let placeholder) = piece { placeholder } else { nil }
    }
    if let only = placeholders.first, placeholders.count == 1 {
      switch only {
      case .counts: return .counts
      case .survivorCount, .hostCount: return .number
      case .host, .downHosts, .emptyHosts, .hosts: return .host
      case .status: return .status
      default: return .free
      }
    }
    let literal = answer.source.trimmed.lowercased()
    if ["yes", "no", "ja", "nei"].contains(literal) { return .yesNo }
    if !literal.isEmpty, literal.allSatisfy(\.isNumber) { return .number }
    return .free
  }

  /// Number words learners type instead of digits, in English and Norwegian.
  static let numberWords: [String: Int] = [
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "null": 0, "ingen": 0, "en": 1, "ett": 1, "én": 1, "to": 2, "tre": 3, "fire": 4,
    "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
  ]

  /// Whether the learner asked to skip the question: an empty line, `skip`, or Norwegian `hopp over`.
  package static func isSkip(_ given: String) -> Bool {
    ["", "skip", "hopp over", "hopp"].contains(given.trimmed.lowercased())
  }

  /// The learner's answer read as this kind of answer (`two` → `2`, `2 / 1` → `2/1`, `aktiv` → `ACTIVE`,
  /// `4` → `compute-4` when that host exists), or nil when it cannot be read as one; `hosts` are the region's.
  package static func read(_ given: String, as kind: Kind, hosts: [String] = []) -> String? {
    let text = given.trimmed.lowercased().filter { !"\"'«».!?".contains($0) }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
    func number(_ word: String) -> Int? { Int(word) ?? numberWords[word] }
    switch kind {
    case .free:
      return text.isEmpty ? nil : given.trimmed
    case .number:
      return words.lazy.compactMap(number).first.map(String.init)
    case .counts:
      let parts = text.split(whereSeparator: { "/-, ".contains($0) }).map(String.init)
      let counts = parts.compactMap(number)
      guard !counts.isEmpty, counts.count == parts.count else { return nil }
      return counts.map(String.init).joined(separator: "/")
    case .host:
      guard words.count == 1, let word = words.first else { return nil }
      if hosts.isEmpty { return word }
      if let host = hosts.first(where: { $0.lowercased() == word }) { return host }
      return hosts.first { $0.split(separator: "-").last.map(String.init) == word }
    case .status:
      guard let word = words.first, words.count == 1 else { return nil }
      if ["active", "aktiv", "yes", "y", "ja", "j", "starts", "starter"].contains(word) { return "ACTIVE" }
      if ["error", "feil", "no", "n", "nei"].contains(word) { return "ERROR" }
      return nil
    case .yesNo:
      guard let word = words.first, words.count == 1 else { return nil }
      if ["y", "yes", "j", "ja"].contains(word) { return "yes" }
      if ["n", "no", "nei"].contains(word) { return "no" }
      return nil
    }
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
