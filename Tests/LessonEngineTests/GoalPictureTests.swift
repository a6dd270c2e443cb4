import CloudSimulator
import LessonEngine
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// `goal` draws the placement a step wants beside the learner's own: derived from the checks or from a `goal`
/// block, laid onto the learner's hosts, with the hosts that differ marked.
@Suite struct GoalPictureTests {
  typealias Row = GoalPicture.Row

  static let spreadStep = LessonStep(
    title: "Spread", line: 1, checks: [.membersOnDistinctHosts(group: "DB Cluster", count: 3)],
    solution: [try! Template.parse("server create db")])

  func picture(_ step: LessonStep, _ builder: StateBuilder) throws -> GoalPicture {
    let wanted = try #require(GoalPicture.wanted(by: step, in: builder.state))
    return GoalPicture(wanted: wanted, step: step, state: builder.state)
  }

  @Test func distinctHostsAreLaidOntoTheLearnersHosts() throws {
    var state = StateBuilder.dbCluster(members: 0)
    state.server("db-1", in: "DB Cluster", on: "compute-2")
    state.server("db-2", in: "DB Cluster", on: "compute-2")
    let goal = try picture(Self.spreadStep, state)
    #expect(goal.legend.map(\.group) == ["DB Cluster"])
    #expect(goal.now.first { $0.host == "compute-2" }?.marks == ["A", "A"])
    // The host holding most members now keeps one in the target; two others get one each.
    #expect(goal.target.map(\.marks.count) == [1, 1, 1, 0])
    #expect(goal.target[1] == Row(host: "compute-2", marks: ["A"]))
    #expect(goal.differs(1) && goal.differs(2) && !goal.differs(3))
    #expect(!goal.isReached)
  }

  @Test func aReachedPlacementDiffersNowhere() throws {
    var state = StateBuilder.dbCluster(members: 0)
    state.server("db-1", in: "DB Cluster", on: "compute-1")
    state.server("db-2", in: "DB Cluster", on: "compute-3")
    state.server("db-3", in: "DB Cluster", on: "compute-4")
    #expect(try picture(Self.spreadStep, state).isReached)
  }

  @Test func aStepAboutNamesOnlyHasNoPicture() {
    let step = LessonStep(
      title: "Create", line: 1, checks: [.groupExists(name: "DB Cluster", policy: .antiAffinity, maxServerPerHost: nil)]
    )
    #expect(GoalPicture.wanted(by: step, in: StateBuilder.dbCluster(members: 0).state) == nil)
  }

  @Test func aHostFailureIsDrawnDownWhereTheMembersAre() throws {
    let step = LessonStep(
      title: "Fail", line: 1,
      checks: [
        .membersOnDownHosts(group: "DB Cluster", count: 1), .membersOnUpHosts(group: "DB Cluster", count: 2),
      ])
    let state = StateBuilder.dbCluster(members: 3)
    let goal = try picture(step, state)
    #expect(goal.target.filter(\.isDown).count == 1)
    #expect(goal.target.filter(\.isDown).allSatisfy { $0.marks == ["A"] })
    #expect(!goal.isReached)
  }

  @Test func anAuthorsGoalBlockIsReadAsCounts() {
    let wanted = GoalPicture.wanted(fromBlock: ["A A", "A", "down A", "error: A"], step: Self.spreadStep)
    #expect(wanted.counts["A"] == [2, 1, 1])
    #expect(wanted.downMembers["A"] == 1)
    #expect(wanted.errors["A"] == 1)
    #expect(GoalPicture.problem(inBlockLine: "A A down") == nil)
    #expect(GoalPicture.problem(inBlockLine: "compute-1 A") != nil)
  }

  /// Every step of every lesson with a placement to reach has a picture, and its own solution reaches it.
  @Test(arguments: Language.allCases, LessonPlaythroughTests.lessonNumbers)
  func everyPlacementStepHasAPictureItsSolutionReaches(_ language: Language, _ number: Int) async throws {
    let library = try LessonFixtures.library()
    let lesson = try #require(library.lesson(number: number, in: language))
    var host = LessonPlaythroughTests.Host(cloud: SimulatedCloud(seed: 1))
    var tutor = Tutor(library: library, progress: Progress(), language: language)
    await tutor.perform(.openLesson(number), host: &host)
    for (index, step) in lesson.steps.enumerated() {
      let label = "\(lesson.path) step \(index + 1)"
      if step.isReading {
        await tutor.perform(.lesson(.next), host: &host)
        continue
      }
      let placed = step.checks.contains { check in
        switch check {
        case .membersOnDistinctHosts, .membersOnOneHost, .placementCounts, .maxPerHost, .membersOnDownHosts,
          .memberInError, .errorMembers, .hostDown, .allHostsUp, .nothingLeft:
          true
        default: false
        }
      }
      if step.prediction != nil { await tutor.perform(.lesson(.predictionAnswered("")), host: &host) }
      for template in step.solution {
        _ = await host.type(template.render(state: await host.captureState(), language: language), tutor: &tutor)
      }
      host.shown = []
      await tutor.perform(.lesson(.goalRequested(state: await host.captureState())), host: &host)
      let view = host.shown.compactMap { if case .showGoal(let view) = $0 { view } else { nil } }.first
      if placed {
        let picture = try #require(view?.picture, "\(label): no goal picture")
        #expect(picture.isReached, "\(label): the solution does not reach the picture: \(picture)")
      }
      if index < lesson.steps.count - 1 { await tutor.perform(.lesson(.next), host: &host) }
    }
  }
}
