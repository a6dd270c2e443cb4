import LessonEngine
import ServerGroupsCore
import Testing

/// The real `lessons/` folder: every file parses, and both languages teach the same steps and checks.
@Suite struct LessonFilesTests {
  @Test func everyLessonFileParsesWithoutDiagnostics() throws {
    let files = try LessonFixtures.files()
    #expect(files.count == 18, "nine lessons in two languages")
    let (library, diagnostics) = LessonLibrary.parse(files)
    #expect(diagnostics.map(\.description) == [])
    #expect(library.all.count == files.count)
  }

  /// The introduction is shown before the cloud is read, so a placeholder there would show as `…`.
  @Test func introductionsHoldNoPlaceholders() throws {
    for lesson in try LessonFixtures.library().all {
      let placeholders = lesson.introduction.pieces.filter {
        if case .placeholder = $0 { true } else { false }
      }
      #expect(placeholders.isEmpty, "lesson \(lesson.number) (\(lesson.language))")
    }
  }

  @Test func bothLanguagesHaveTheNineLessonsOfTheIssue() throws {
    let library = try LessonFixtures.library()
    for language in Language.allCases {
      let lessons = library.all.filter { $0.language == language }
      #expect(lessons.map(\.number) == Array(1...9), "\(language)")
    }
  }

  @Test(arguments: 1...9)
  func norwegianMatchesEnglishStepForStep(_ number: Int) throws {
    let library = try LessonFixtures.library()
    let english = try #require(library.all.first { $0.number == number && $0.language == .en })
    let norwegian = try #require(library.all.first { $0.number == number && $0.language == .nb })
    #expect(english.id == norwegian.id)
    #expect(english.requirement == norwegian.requirement)
    #expect(english.setup == norwegian.setup)
    #expect(english.steps.count == norwegian.steps.count)
    for (en, nb) in zip(english.steps, norwegian.steps) {
      #expect(en.checks == nb.checks, "step \(en.title)")
      #expect(en.solution == nb.solution, "step \(en.title)")
      #expect(en.tryCommands == nb.tryCommands, "step \(en.title)")
      #expect(en.wrongCommands == nb.wrongCommands, "step \(en.title)")
      #expect(en.wrongBecause.map(\.isEmpty) == nb.wrongBecause.map(\.isEmpty), "step \(en.title): because: lines")
      #expect(en.prediction?.answer == nb.prediction?.answer, "step \(en.title): predict:/answer:")
      #expect(en.hints.count == nb.hints.count, "step \(en.title)")
      #expect(nb.title != en.title || en.title.isEmpty, "step \(en.title) is not translated")
    }
  }

  @Test func everyCheckedStepHasASolutionAndEveryLessonAStep() throws {
    for lesson in try LessonFixtures.library().all {
      #expect(!lesson.steps.isEmpty, "\(lesson.path)")
      for step in lesson.steps where !step.isReading {
        #expect(!step.solution.isEmpty, "\(lesson.path): \(step.title)")
      }
    }
  }
}
