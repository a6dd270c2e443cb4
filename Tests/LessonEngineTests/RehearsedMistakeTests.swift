import CloudSimulator
import LessonEngine
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// A `wrong:` line is recognised by the state it leaves, not only by its words: the simulator rehearses it from
/// the step's start and puts the cloud back, and other commands that reach the same state get its `because:`.
@Suite struct RehearsedMistakeTests {
  typealias Host = LessonPlaythroughTests.Host

  /// Opens lesson `number` at `step` (0-based) on a fresh simulator.
  func open(_ number: Int, step: Int, language: Language = .en, rehearses: Bool = true) async throws
    -> (Tutor, Host, Lesson)
  {
    let library = try LessonFixtures.library()
    let lesson = try #require(library.lesson(number: number, in: language))
    var host = Host(cloud: SimulatedCloud(seed: 1))
    host.rehearses = rehearses
    var progress = Progress()
    progress.current = Position(lesson: lesson.id, step: step)
    var tutor = Tutor(library: library, progress: progress, language: language)
    await tutor.perform(.openLesson(number), host: &host)
    try #require(tutor.run?.stepIndex == step)
    return (tutor, host, lesson)
  }

  func because(_ lesson: Lesson, step: Int, wrong: Int, host: inout Host) async -> String {
    "✗ "
      + TextLayout.unwrap(
        lesson.steps[step].wrongBecause[wrong].render(state: await host.captureState(), language: lesson.language))
  }

  @Test(arguments: Language.allCases)
  func anotherCommandReachingTheWrongStateGetsItsBecause(_ language: Language) async throws {
    // Lesson 3, step 2: the `wrong:` line makes db-2 without the group; this learner makes "spare" with another
    // flavor and image, which no command line comparison would call the same mistake.
    var (tutor, host, lesson) = try await open(3, step: 1, language: language)
    if lesson.steps[1].prediction != nil { await tutor.perform(.lesson(.predictionAnswered("")), host: &host) }
    #expect(host.rehearsed.count == 1)
    let before = await host.captureState()
    host.shown = []
    _ = await host.type("server create --flavor m1.tiny --image cirros --network private spare", tutor: &tutor)
    let expected = await because(lesson, step: 1, wrong: 0, host: &host)
    #expect(host.said.first { $0.hasPrefix("✗ ") } == expected)
    // The rehearsal put the cloud back: only the learner's own server was added.
    let after = await host.captureState()
    #expect(after.servers.count == before.servers.count + 1)
  }

  @Test func sixServersOneAtATimeAreTheSameMistakeAsSixAtOnce() async throws {
    // Lesson 7, step 5: `--min 6 --max 6 spread` without the group; six single creates reach the same state.
    var (tutor, host, lesson) = try await open(7, step: 4)
    let expected = await because(lesson, step: 4, wrong: 0, host: &host)
    var answers: [String?] = []
    for number in 1...6 {
      host.shown = []
      _ = await host.type("server create --flavor m1.tiny --image cirros --network private s\(number)", tutor: &tutor)
      answers.append(host.said.first { $0.hasPrefix("✗ ") })
    }
    // The first five are servers made without their group (the general mistake); the sixth is the author's.
    #expect(answers.last == expected)
    #expect(answers.dropLast().allSatisfy { $0 != nil && $0 != expected })
  }

  @Test func withoutRehearsalOnlyTheSameCommandLineIsTheAuthorsMistake() async throws {
    var (tutor, host, lesson) = try await open(3, step: 1, rehearses: false)
    if lesson.steps[1].prediction != nil { await tutor.perform(.lesson(.predictionAnswered("")), host: &host) }
    host.shown = []
    _ = await host.type("server create --flavor m1.tiny --image cirros --network private spare", tutor: &tutor)
    let answer = host.said.first { $0.hasPrefix("✗ ") }
    let authors = await because(lesson, step: 1, wrong: 0, host: &host)
    #expect(answer != nil)
    #expect(answer != authors)
  }

  @Test func theSolutionsOwnStatesAreNeverAMistake() async throws {
    // Lesson 3, step 2's solution makes db-2 and then db-3 in the group: neither state is the mistake's.
    var (tutor, host, lesson) = try await open(3, step: 1)
    if lesson.steps[1].prediction != nil { await tutor.perform(.lesson(.predictionAnswered("")), host: &host) }
    host.shown = []
    for template in lesson.steps[1].solution {
      _ = await host.type(template.render(state: await host.captureState(), language: .en), tutor: &tutor)
    }
    #expect(!host.said.contains { $0.hasPrefix("✗ ") })
  }

  @Test func aStateShapeIgnoresNamesAndWhichEqualHost() {
    var one = StateBuilder.dbCluster(members: 0)
    one.server("db-1", in: "DB Cluster", on: "compute-1")
    one.server("x", on: "compute-2")
    var two = StateBuilder.dbCluster(members: 0)
    two.server("other", in: "DB Cluster", on: "compute-3")
    two.server("y", on: "compute-1")
    #expect(StateShape(one.state) == StateShape(two.state))
    var three = two
    three.server("z", in: "DB Cluster", on: "compute-3")
    #expect(StateShape(three.state) != StateShape(two.state))
  }
}
