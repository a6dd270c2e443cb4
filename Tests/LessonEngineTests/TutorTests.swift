import LessonEngine
import ServerGroupsCore
import Testing

/// The tutor around the lessons: menu, resume, progress, sandbox, moving between lessons.
@Suite struct TutorTests {
  static func library() throws -> LessonLibrary {
    let second = try LessonFixtures.parse(LessonFixtures.minimal)
    let first = try LessonFixtures.parse(
      "---\ntitle: Look around\nnumber: 1\n---\n## Step 1: Read\nJust read.\n## Step 2: Read more\nMore.\n",
      path: "lessons/en/01-look.md")
    let firstNorwegian = try LessonFixtures.parse(
      "---\ntitle: Se deg rundt\nnumber: 1\n---\n## Steg 1: Les\nBare les.\n## Steg 2: Les mer\nMer.\n",
      path: "lessons/nb/01-look.md")
    return LessonLibrary(lessons: [second, first, firstNorwegian])
  }

  static func said(_ actions: [LessonAction]) -> [String] {
    actions.compactMap { if case .say(let text) = $0 { text } else { nil } }
  }

  @Test func welcomeShowsTheMenuWithMarksAndOffersToResume() throws {
    var progress = Progress(current: Position(lesson: "02-test", step: 0))
    progress.lessons["01-look"] = LessonProgress(completedSteps: [0, 1], isCompleted: true)
    var tutor = Tutor(library: try Self.library(), progress: progress, language: .en)
    let text = Self.said(tutor.handle(.welcome)).joined()
    #expect(text.contains("Lessons:\n  ✓ 1. Look around\n  ▸ 2. Create a group"))
    #expect(
      text.contains(
        "You were at lesson 2, step 1: Create it. Type `lesson 2` to go on where you left off."))
  }

  @Test func aFreshLearnerIsNotOfferedAResume() throws {
    var tutor = Tutor(library: try Self.library(), progress: Progress(), language: .en)
    let text = Self.said(tutor.handle(.welcome)).joined()
    #expect(text.contains("  · 1. Look around"))
    #expect(!text.contains("You were at"))
  }

  @Test func norwegianFallsBackToEnglishForAnUntranslatedLesson() throws {
    let tutor = Tutor(library: try Self.library(), progress: Progress(), language: .nb)
    #expect(tutor.lessons.map(\.title) == ["Se deg rundt", "Create a group"])
    #expect(tutor.menu().hasPrefix("Leksjoner:\n  · 1. Se deg rundt"))
  }

  @Test func openingALessonSavesWhereTheLearnerIs() throws {
    var tutor = Tutor(library: try Self.library(), progress: Progress(), language: .en)
    let actions = tutor.handle(.openLesson(1))
    #expect(actions.first == .say("Lesson 1: Look around"))
    #expect(actions.last == .saveProgress(Progress(current: Position(lesson: "01-look", step: 0))))
    #expect(tutor.isListening)
  }

  @Test func unknownLessonsAndSimulatorOnlyLessonsOnARealCloudAreRefused() throws {
    var tutor = Tutor(
      library: try Self.library(), progress: Progress(), language: .en, onSimulator: false)
    #expect(tutor.handle(.openLesson(7)) == [.say("There is no lesson 7; pick one from 1 to 2.")])
    #expect(
      tutor.handle(.openLesson(1)) == [
        .say(
          "Lesson 1 needs the simulated cloud: what it shows depends on the simulator's equal hosts. Start sgtutor without --os-cloud to take it."
        )
      ])
    // Lesson 2 says `requires: any`.
    #expect(tutor.handle(.openLesson(2)).contains(.captureState))
    #expect(
      tutor.handle(.lesson(.performed(state: .empty))).contains(.say("Step 1 of 1: Create it")))
  }

  @Test func onARealCloudTheNextLessonOfferedIsOneItCanTake() throws {
    let reading = { (number: Int, requires: String) in
      try LessonFixtures.parse(
        "---\ntitle: Lesson \(number)\nnumber: \(number)\nrequires: \(requires)\n---\n## Step 1: Read\nRead.\n",
        path: "lessons/en/0\(number)-read.md")
    }
    let library = LessonLibrary(lessons: [
      try LessonFixtures.parse(LessonFixtures.minimal), try reading(3, "simulator"), try reading(4, "any"),
    ])
    var tutor = Tutor(library: library, progress: Progress(), language: .en, onSimulator: false)
    _ = tutor.handle(.openLesson(2))
    _ = tutor.handle(.lesson(.performed(state: .empty)))
    var builder = StateBuilder()
    builder.group("DB Cluster", .antiAffinity)
    let done = tutor.handle(.lesson(.commandFinished(argv: [], succeeded: true, state: builder.state)))
    #expect(
      done.contains(.say("Next is lesson 4, Lesson 4. Type `next` to start it, or `lessons` for the list.")))
    #expect(tutor.leavesLesson(.lesson(.next)))
    #expect(tutor.handle(.lesson(.next)).first == .say("Lesson 4: Lesson 4"))
  }

  @Test func reopeningAnUnfinishedLessonResumesAtTheSavedStep() throws {
    let progress = Progress(current: Position(lesson: "01-look", step: 1))
    var tutor = Tutor(library: try Self.library(), progress: progress, language: .en)
    _ = tutor.handle(.openLesson(1))
    #expect(tutor.run?.stepIndex == 1)
  }

  @Test func stepsAndLessonsDoneAreRecordedAndNextOpensTheNextLesson() throws {
    var tutor = Tutor(library: try Self.library(), progress: Progress(), language: .en)
    _ = tutor.handle(.openLesson(1))
    _ = tutor.handle(.lesson(.performed(state: .empty)))
    _ = tutor.handle(.lesson(.next))
    let last = tutor.handle(.lesson(.next))
    #expect(last.contains(.lessonCompleted))
    #expect(
      last.contains(
        .say(
          "Next is lesson 2, Create a group. Type `next` to start it, or `lessons` for the list.")))
    #expect(
      tutor.progress.lessons["01-look"]
        == LessonProgress(completedSteps: [0, 1], isCompleted: true))
    guard case .saveProgress = last.last else {
      Issue.record("progress not saved: \(last)")
      return
    }
    let next = tutor.handle(.lesson(.next))
    #expect(next.first == .say("Lesson 2: Create a group"))
    #expect(tutor.run?.lesson.id == "02-test")
    #expect(
      Self.said(tutor.handle(.showProgress)).joined()
        == "Your progress:\n  1. Look around: 2 of 2 steps ✓ done\n  2. Create a group: 0 of 1 steps"
    )
  }

  @Test func theSandboxPausesTheLessonAndComingBackRestoresTheStep() throws {
    var tutor = Tutor(library: try Self.library(), progress: Progress(), language: .en)
    _ = tutor.handle(.openLesson(2))
    _ = tutor.handle(.lesson(.performed(state: .empty)))
    #expect(
      Self.said(tutor.handle(.toggleSandbox)).first?.hasPrefix("Sandbox: the lesson is paused")
        == true)
    #expect(!tutor.isListening)
    let busy = StateBuilder.dbCluster().state
    #expect(
      tutor.handle(.lesson(.commandFinished(argv: ["x"], succeeded: true, state: busy))) == [])
    let back = tutor.handle(.toggleSandbox)
    #expect(back.contains(.resetCloud))
    #expect(tutor.isListening)
    // One sentence says the cloud was put back, not two.
    let restored = tutor.handle(.lesson(.performed(state: .empty)))
    #expect(
      Self.said(back + restored).prefix(2) == [
        "Back in lesson 2, step 1.", "The cloud is back as it was when step 1 began.",
      ])
  }

  @Test func aStepFinishedBeforeNextIsNotAskedForAgainWhenTheLearnerComesBack() throws {
    let library = LessonLibrary(lessons: [try LessonRunTests.lesson()])
    var tutor = Tutor(library: library, progress: Progress(), language: .en)
    _ = tutor.handle(.openLesson(4))
    _ = tutor.handle(.lesson(.performed(state: LessonRunTests.healthy)))
    let done = tutor.handle(
      .lesson(
        .commandFinished(
          argv: ["host", "fail", "compute-1"], succeeded: true, state: LessonRunTests.failed)))
    #expect(done.contains(.stepCompleted(step: 0, outcome: .solved)))
    // The learner quits here, before `next`.
    var again = Tutor(library: library, progress: tutor.progress, language: .en)
    #expect(
      Self.said(again.handle(.welcome)).joined().contains(
        "You were at lesson 4, step 2: Recover it."))
    _ = again.handle(.openLesson(4))
    #expect(again.run?.stepIndex == 1)
  }

  @Test func outsideALessonTutorCommandsSaySoAndCommandsAreIgnored() throws {
    var tutor = Tutor(library: try Self.library(), progress: Progress(), language: .nb)
    #expect(
      tutor.handle(.lesson(.hintRequested)) == [
        .say("Du er ikke i en leksjon. Skriv `lessons` for å velge en.")
      ])
    #expect(tutor.handle(.lesson(.commandFinished(argv: [], succeeded: true, state: .empty))) == [])
    #expect(Self.said(tutor.handle(.showProgress)) == ["Ingen leksjon er påbegynt ennå."])
  }

  @Test func hintsUsedAreCounted() throws {
    var tutor = Tutor(library: try Self.library(), progress: Progress(), language: .en)
    _ = tutor.handle(.openLesson(2))
    _ = tutor.handle(.lesson(.performed(state: .empty)))
    let actions = tutor.handle(.lesson(.hintRequested))
    #expect(actions.contains(.say("Hint 1 of 2: Use --policy.")))
    #expect(tutor.progress.lessons["02-test"]?.hintsUsed == 1)
  }
}
