import LessonEngine
import ServerGroupsCore
import Testing

/// Lesson flow as event → action sequences: no cloud, no terminal.
@Suite struct LessonRunTests {
  static let lessonText = """
    ---
    title: A host fails
    number: 4
    setup:
      - server group create --policy anti-affinity "DB Cluster"
    ---
    Intro.

    ## Step 1: Fail it
    Fail the host of db-1.
    ```sgtutor
    host fail {host of db-1}
    ```
    check: membersOnDownHosts(group: "DB Cluster", count: 1)
    hint: It runs on {host of db-1}.
    hint: `host fail {host of db-1}`
    solution: host fail {host of db-1}
    ### Debrief
    {down hosts} is down.

    ## Step 2: Recover it
    check: allHostsUp()
    solution: host recover {down hosts}

    ## Step 3: Read this
    Just read.
    """

  static func lesson() throws -> Lesson {
    try LessonFixtures.parse(lessonText, path: "lessons/en/04-host.md")
  }

  static let healthy = StateBuilder.dbCluster(members: 3).state
  static let failed: CloudState = {
    var builder = StateBuilder.dbCluster(members: 3)
    builder.fail("compute-1")
    return builder.state
  }()

  /// A run that has started and shows step `step` (0-based).
  static func running(at step: Int = 0, onSimulator: Bool = true) throws -> LessonRun {
    var run = LessonRun(lesson: try lesson(), onSimulator: onSimulator, startAt: step)
    _ = run.handle(.started)
    var state = step >= 1 ? failed : healthy
    if step == 2 { state = healthy }
    // Answer every capture until the step is shown.
    for _ in 0...step where onSimulator { _ = run.handle(.performed(state: state)) }
    return run
  }

  @Test func startResetsTheCloudRunsSetupAndThenShowsTheFirstStep() throws {
    var run = LessonRun(lesson: try Self.lesson())
    #expect(
      run.handle(.started) == [
        .say("Lesson 4: A host fails"), .say("Intro."), .resetCloud,
        .runCommands([#"server group create --policy anti-affinity "DB Cluster""#], echo: false),
        .captureState,
      ])
    #expect(
      run.handle(.performed(state: Self.healthy)) == [
        .say("This lesson starts from a fresh simulated cloud."), .say("Step 1 of 3: Fail it"),
        .say("Fail the host of db-1."),
        .showCommands(title: "Try:", commands: ["host fail compute-1"]),
      ])
    #expect(run.phase == .working)
  }

  @Test func reachingTheStateCompletesTheStepWithADebriefFromTheLearnersCloud() throws {
    var run = try Self.running()
    #expect(
      run.handle(.commandFinished(argv: ["server", "list"], succeeded: true, state: Self.healthy))
        == [])
    #expect(
      run.handle(
        .commandFinished(argv: ["host", "fail", "compute-1"], succeeded: true, state: Self.failed))
        == [
          .stepCompleted(step: 0, outcome: .solved), .say("✓ Step 1 of 3 done."),
          .say("compute-1 is down."),
          .say("Type `next` to go on."),
        ])
    #expect(run.phase == .stepDone)
    #expect(run.handle(.next) == [.advance(to: 1), .say("Step 2 of 3: Recover it")])
    #expect(run.stepIndex == 1)
  }

  @Test func aCommandThatChangesWhatTheStepLooksAtGetsANotYet() throws {
    var run = try Self.running()
    var wrong = StateBuilder.dbCluster(members: 3)
    wrong.fail("compute-4")
    #expect(
      run.handle(
        .commandFinished(argv: ["host", "fail", "compute-4"], succeeded: true, state: wrong.state))
        == [
          .say(
            "✗ compute-4 holds no member of \"DB Cluster\", so its failure costs the group nothing. Bring it back"
              + " with `host recover compute-4` and fail a host that holds one: compute-1, compute-2 and compute-3."),
          .say("Not yet:\n  ✗ 1 member of \"DB Cluster\" on a host that is down: down: compute-4"),
        ])
    // The same state again says nothing new.
    #expect(
      run.handle(.commandFinished(argv: ["hosts"], succeeded: true, state: wrong.state)) == [])
  }

  @Test func hintsComeOneStageAtATimeWithPlaceholdersFilled() throws {
    var run = try Self.running()
    #expect(run.handle(.hintRequested) == [.say("Hint 1 of 2: It runs on compute-1.")])
    #expect(run.handle(.hintRequested) == [.say("Hint 2 of 2: `host fail compute-1`")])
    #expect(
      run.handle(.hintRequested) == [
        .say("That was the last hint. Type `solution` to see the answer.")
      ])
    #expect(run.hintsShown == 2)
  }

  @Test func skipRunsTheSolutionFilledFromTheStateThenMovesOn() throws {
    var run = try Self.running()
    #expect(
      run.handle(.skip) == [.runCommands(["host fail compute-1"], echo: true), .captureState])
    #expect(
      run.handle(
        .commandFinished(argv: ["host", "fail", "compute-1"], succeeded: true, state: Self.failed))
        == [])
    #expect(
      run.handle(.performed(state: Self.failed)) == [
        .stepCompleted(step: 0, outcome: .skipped),
        .say("Step 1 of 3 skipped: the solution was run for you."),
        .say("compute-1 is down."), .advance(to: 1), .say("Step 2 of 3: Recover it"),
      ])
  }

  @Test func solutionShowsTheCommandsThenAsksBeforeRunningThem() throws {
    var run = try Self.running()
    let ask = LessonAction.askConfirmation("Run these commands for you? [y/N]")
    #expect(
      run.handle(.solutionRequested) == [
        .showCommands(title: "Solution:", commands: ["host fail compute-1"]), ask,
      ])
    #expect(run.handle(.hintRequested) == [.say("Please answer y or n."), ask])
    #expect(
      run.handle(.solutionAnswered(yes: false)) == [
        .say("Fine: type them yourself, or keep trying your own way.")
      ])
    #expect(run.phase == .working)
    _ = run.handle(.solutionRequested)
    #expect(
      run.handle(.solutionAnswered(yes: true)) == [
        .runCommands(["host fail compute-1"], echo: true), .captureState,
      ])
    let done = run.handle(.performed(state: Self.failed))
    #expect(done.first == .stepCompleted(step: 0, outcome: .solutionShown))
  }

  @Test func aSolutionThatMissesTheGoalIsReportedAsALessonBug() throws {
    var run = try Self.running()
    _ = run.handle(.solutionRequested)
    _ = run.handle(.solutionAnswered(yes: true))
    #expect(
      run.handle(.performed(state: Self.healthy)) == [
        .say("The solution did not reach the goal. That is a bug in this lesson; please report it.")
      ])
    #expect(run.phase == .working)
  }

  @Test func resetReplaysSetupAndEarlierSolutionsOneStepAtATime() throws {
    var run = try Self.running(at: 1)
    #expect(run.stepIndex == 1)
    #expect(
      run.handle(.reset) == [
        .resetCloud,
        .runCommands([#"server group create --policy anti-affinity "DB Cluster""#], echo: false),
        .captureState,
      ])
    // Step 1's solution is filled from the state the setup left.
    #expect(
      run.handle(.performed(state: Self.healthy)) == [
        .runCommands(["host fail compute-1"], echo: false), .captureState,
      ])
    #expect(
      run.handle(.performed(state: Self.failed)) == [
        .say("The cloud is back as it was when step 2 began."), .say("Step 2 of 3: Recover it"),
      ])
  }

  @Test func backGoesToThePreviousStepAndNotBeforeTheFirst() throws {
    var first = try Self.running()
    #expect(first.handle(.back) == [.say("This is the first step.")])
    var second = try Self.running(at: 1)
    _ = second.handle(.back)
    #expect(
      second.handle(.performed(state: Self.healthy)) == [
        .say("Step 1 of 3: Fail it"), .say("Fail the host of db-1."),
        .showCommands(title: "Try:", commands: ["host fail compute-1"]),
      ])
    #expect(second.stepIndex == 0)
  }

  @Test func nextOnAnUnfinishedStepShowsTheGoalAndTheWayOut() throws {
    var run = try Self.running()
    #expect(
      run.handle(.next) == [
        .say(
          "This step is not done yet:\n  ✗ 1 member of \"DB Cluster\" on a host that is down: every host is up\n"
            + "Type `hint` for a hint, `goal` to compare, or `skip` to have it done for you.")
      ])
  }

  @Test func goalShowsEachConditionAgainstTheCurrentState() throws {
    var run = try Self.running()
    let actions = run.handle(.goalRequested(state: Self.failed))
    guard case .showGoal(let goal) = actions.first else {
      Issue.record("expected a goal view, got \(actions)")
      return
    }
    #expect(goal.title == "Goal of step 1: Fail it")
    #expect(goal.isReached)
    #expect(goal.results.map(\.line) == [#"✓ 1 member of "DB Cluster" on a host that is down"#])
  }

  @Test func aReadingStepIsDoneWithNextAndTheLastStepFinishesTheLesson() throws {
    var run = try Self.running(at: 2)
    #expect(run.step?.isReading == true)
    #expect(
      run.handle(.next) == [
        .stepCompleted(step: 2, outcome: .read), .say("✓ Step 3 of 3 done."), .lessonCompleted,
        .say("Lesson 4 done: A host fails."),
      ])
    #expect(run.isFinished)
    #expect(run.handle(.next) == [.say("This lesson is done. Type `lessons` to pick another.")])
  }

  @Test func aRealCloudIsNeverResetAndNothingIsSetUp() throws {
    var run = LessonRun(lesson: try Self.lesson(), onSimulator: false)
    #expect(
      run.handle(.started) == [
        .say("Lesson 4: A host fails"), .say("Intro."),
        .showCommands(
          title:
            "On a real cloud nothing is set up for you: this lesson goes on from what these commands make (the lessons before it made it). Run any you have not:",
          commands: [#"server group create --policy anti-affinity "DB Cluster""#]),
        .captureState,
      ])
    let actions = run.handle(.performed(state: Self.healthy))
    #expect(!actions.contains(.resetCloud))
    #expect(
      run.handle(.reset).first
        == .say("On a real cloud nothing is reset: the step goes on from what is there now."))
  }

  /// The lesson's members as a project on a real cloud sees them: hosts only by `hostId`.
  static let seenByAProject: CloudState = {
    var builder = StateBuilder.dbCluster(members: 3)
    builder.isSimulator = false
    return builder.state
  }()

  @Test func onARealCloudAStepThatNeedsTheSimulatorIsExplainedWithTheLearnersServers() throws {
    let state = Self.seenByAProject
    var run = LessonRun(lesson: try Self.lesson(), onSimulator: false)
    _ = run.handle(.started)
    let shown = run.handle(.performed(state: state))
    #expect(run.isExplained)
    #expect(
      shown.last
        == .say(
          "A real cloud does not let you do this: `host fail Host A` needs the simulator. Type `next` to see what would happen to your own servers."
        ))
    #expect(!shown.contains { if case .showCommands = $0 { true } else { false } })
    // Nothing the learner types is checked; `goal` and `solution` explain.
    #expect(run.handle(.commandFinished(argv: ["server", "list"], succeeded: true, state: state)) == [])
    #expect(
      run.handle(.goalRequested(state: state)) == [
        .say("A real cloud cannot do this step; it is explained instead. Type `next` to see what would happen.")
      ])
    #expect(
      run.handle(.solutionRequested) == [
        .showCommands(
          title: "On the simulator the solution is this; here, type `next` to see what it would do:",
          commands: ["host fail Host A"])
      ])
    // `next` supposes the failure: the debrief names the learner's own host, and the next step goes on from it.
    let next = run.handle(.next)
    #expect(next.contains(.stepCompleted(step: 0, outcome: .read)))
    #expect(next.contains(.say("Host A is down.")))
    #expect(
      next.contains(
        .say(
          "A real cloud does not let you do this: `host recover Host A` needs the simulator. Type `next` to see what would happen to your own servers."
        )))
    // Coming back to step 2 later supposes step 1 again.
    var resumed = LessonRun(lesson: try Self.lesson(), onSimulator: false, startAt: 1)
    _ = resumed.handle(.started)
    #expect(resumed.handle(.performed(state: state)).contains { $0 == next.last })
  }

  @Test func speaksNorwegian() throws {
    var run = LessonRun(lesson: try Self.lesson(), language: .nb)
    _ = run.handle(.started)
    #expect(run.handle(.performed(state: Self.healthy)).contains(.say("Steg 1 av 3: Fail it")))
    #expect(run.handle(.hintRequested) == [.say("Tips 1 av 2: It runs on compute-1.")])
  }
}
