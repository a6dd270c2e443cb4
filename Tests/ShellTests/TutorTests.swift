import CloudSimulator
import Foundation
import LessonEngine
import Shell
import TestSupport
import Testing

/// The tutor inside the shell: tutor commands through the REPL, the lesson hook after learner commands, and
/// progress across sessions. Golden transcripts re-record with RECORD_SNAPSHOTS=1.
@Suite struct ShellTutorTests {
  @Test func newcomerDoesLessonTwoWithHintGoalResetAndSolution() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let (transcript, status) = try await harness.run([
      "lesson 2",
      "hint",
      "goal",
      #"server group create "DB Cluster""#,
      "reset",
      "server group list",
      #"server group create --policy anti-affinity "DB Cluster""#,
      "hint",
      "next",
      "solution",
      "n",
      "solution",
      "y",
      "progress",
      "lessons",
      "quit",
    ])
    #expect(status == 0)
    assertSnapshot(transcript, named: "tutor-lesson-2")
  }

  @Test func lessonThreeDrawsThePlacementAndExplainsIt() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    // `-c name -c status` keeps the transcript short; the lesson checks the state, not the typed text.
    let create = #"server create --flavor m1.small --image ubuntu-24.04 --network private --server-group "DB Cluster" "#
    let (transcript, _) = try await harness.run(
      [
        "lesson 3", create + "db-1 -c name -c status", "next", "2/1", create + "db-2 -c name -c status", "goal",
        "sandbox",
        "server list -c Name", "sandbox", create + "db-2 -c name", create + "db-3 -c name", "why db-3",
      ],
      openings: [])
    assertSnapshot(transcript, named: "tutor-lesson-3")
  }

  /// Lesson 4 in both languages: an answer that cannot be read, a prediction, the wrong host failed (answered
  /// with the step's `because:`), `goal` beside the learner's cloud, then the right host and the prediction
  /// compared with what the cloud did.
  @Test(arguments: Language.allCases)
  func lessonFourAnswersAMistakeAndComparesAPrediction(_ language: Language) async throws {
    let harness = TutorHarness(language: language)
    defer { harness.removeState() }
    let (transcript, _) = try await harness.run(
      [
        "lesson 4", language == .nb ? "mange" : "many", language == .nb ? "tre" : "three", "set diagram off",
        "host fail compute-4", "goal", "host recover compute-4", "host fail compute-1", "progress",
      ],
      openings: [])
    assertSnapshot(transcript, named: "tutor-lesson-4-mistake-\(language.rawValue)")
  }

  @Test func progressIsSavedAndTheNextSessionOffersToResume() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    _ = try await harness.run([
      "lesson 2", #"server group create --policy anti-affinity "DB Cluster""#, "next",
    ])
    let saved = try JSONDecoder().decode(
      Progress.self, from: Data(contentsOf: URL(fileURLWithPath: harness.progressPath)))
    #expect(saved.current == Position(lesson: "02-db-cluster", step: 1))
    #expect(saved.lessons["02-db-cluster"]?.completedSteps == [0])

    let (again, _) = try await harness.run([], columns: 200)
    #expect(again.contains("▸ 2. Create \"DB Cluster\" with anti-affinity (1/2)"))
    #expect(again.contains("You were at lesson 2, step 2: Look at it. Type `lesson 2` to go on where you left off."))

    // `lesson 2` goes on at step 2, with step 1's solution replayed so the group is there.
    let (resumed, _) = try await harness.run(["lesson 2", "server group list -f value -c Name"], openings: [])
    #expect(resumed.contains("Step 2 of 2: Look at it"))
    #expect(resumed.hasSuffix("sgtutor> server group list -f value -c Name\nDB Cluster\n"))
  }

  @Test func resetOutsideALessonResetsTheWholeCloud() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let (transcript, _) = try await harness.run(
      [
        "server group create web", "reset", "n", "server group list -f value -c Name", "reset", "y",
        "server group list -f value -c Name",
      ], openings: [])
    // It asks first, and no keeps everything.
    #expect(
      transcript.contains("Reset? [y/N] n\nNothing was reset.\nsgtutor> server group list -f value -c Name\nweb\n"))
    #expect(transcript.contains("The simulated cloud is back to its starting state."))
    #expect(transcript.hasSuffix("sgtutor> server group list -f value -c Name\n"))
  }

  @Test func resetInALessonRestoresTheStepAndKeepsItsSetup() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let (transcript, _) = try await harness.run(
      [
        "lesson 3", "server group create --policy affinity Other", "reset", "server group list -f value -c Name",
      ], openings: [])
    #expect(transcript.contains("The cloud is back as it was when step 1 began."))
    #expect(!transcript.contains("The simulated cloud is back to its starting state."))
    #expect(transcript.hasSuffix("sgtutor> server group list -f value -c Name\nDB Cluster\n"))
  }

  @Test func theSolutionQuestionTakesNoAnswerAsNo() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let (transcript, status) = try await harness.run(["lesson 2", "solution"], openings: [])
    #expect(status == 0)
    // The input ends at the question (the scripted reader shows no prompt then).
    #expect(
      transcript.hasSuffix(
        "sgtutor> solution\n\nSolution:\n  server group create --policy anti-affinity \"DB Cluster\"\n\n\n\n"
          + "Fine: type them yourself, or keep trying your own way.\n"))
  }

  @Test func norwegianSessionSpeaksNorwegian() async throws {
    let harness = TutorHarness(language: .nb)
    defer { harness.removeState() }
    let (transcript, _) = try await harness.run(["lesson 2", "hint", "hosts"])
    #expect(transcript.contains(Messages.text(.menuHeader, in: .nb)))
    #expect(transcript.contains("Leksjon 2: "))
    #expect(!transcript.contains("Lesson 2:"))
    // The diagram speaks Norwegian too.
    #expect(transcript.contains("| oppe"))
    #expect(transcript.contains("(tom)"))
    #expect(!transcript.contains("(empty)"))
  }

  @Test func onARealCloudOnlyLessonsForAnyCloudOpenAndNothingIsReset() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let cloud = RealCloudTests.CloudOnly(inner: SimulatedCloud(seed: 1))
    let (transcript, _) = try await harness.run(
      [
        "lesson 1", "lesson 2", "goal", "reset",
        #"server group create --policy anti-affinity "DB Cluster" -f value -c policy"#,
        #"server create --flavor m1.tiny --image cirros --network private --server-group "DB Cluster" db-1 -c name"#,
        "goal",
      ], openings: [], cloud: cloud)
    #expect(transcript.contains("Lesson 1 needs the simulated cloud"))
    #expect(!transcript.contains("This lesson starts from a fresh simulated cloud."))
    #expect(transcript.contains("On a real cloud nothing is reset"))
    // No servers yet: no picture, only the condition; then the project's own view of its hosts.
    #expect(!transcript.contains("No compute hosts."))
    #expect(transcript.contains("✓ Step 1 of 2 done."))
    #expect(transcript.contains("| Host A"))
    #expect(transcript.hasSuffix("  ✓ group \"DB Cluster\" exists with policy anti-affinity\n"))
  }

  @Test func lessonsTwoToFourOnARealCloudNameWhatTheyMakeExplainHostFailuresAndOfferCleanup() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let cloud = GuardedCloud(
      RealCloudTests.CloudOnly(inner: SimulatedCloud(seed: 1)), cloudName: "test", consent: .granted)
    let create = #"server create --flavor m1.small --image cirros --network private --server-group "DB Cluster" "#
    let (transcript, status) = try await harness.run(
      [
        #"server group create --policy anti-affinity "DB Cluster" -f value -c name"#, "next",
        #"server group show "DB Cluster" -f value -c name"#, "lesson 3",
        create + "db-1 -f value -c name", "next", create + "db-2 -f value -c name", create + "db-3 -f value -c name",
        "lesson 4", "goal", "next", "next", "quit", "y",
      ], openings: [.welcome, .openLesson(2)], columns: 400, cloud: cloud)
    #expect(status == 0)
    #expect(
      transcript.hasPrefix(
        "Welcome to sgtutor: OpenStack server groups, hands on, in your own project on a real cloud."))
    #expect(!transcript.contains("simulated cloud"))
    #expect(transcript.contains("  · 1. Meet the cloud (simulator only)"))
    // What a lesson makes carries its prefix; the learner goes on using the names they typed.
    #expect(
      transcript.contains("note: in a lesson on a real cloud sgtutor names what you create with the lesson's prefix"))
    #expect(transcript.contains("\nsgt-l2-DB Cluster\n"))
    #expect(transcript.contains("sgtutor> server group show \"DB Cluster\" -f value -c name\nsgt-l2-DB Cluster\n"))
    #expect(transcript.contains("\nsgt-l3-db-3\n"))
    // Leaving lesson 2 for lesson 3 says what is left; lesson 3 shows its setup instead of running it.
    #expect(transcript.contains("Still on the real cloud from sgtutor: 1 server group. Later lessons build on them"))
    #expect(transcript.contains("On a real cloud nothing is set up for you"))
    #expect(transcript.contains("✓ Step 2 of 2 done."))
    // Lesson 4: failing a host is explained with the learner's own servers.
    #expect(
      transcript.contains(
        "A real cloud does not let you do this: `host fail Host A` needs the simulator. Type `next` to see what would happen to your own servers."
      ))
    #expect(transcript.contains("A real cloud cannot do this step; it is explained instead."))
    #expect(
      transcript.contains(
        "If Host A failed, db-1 on Host A would go with it. But db-2 on Host B and db-3 on Host C would keep running on hosts that are up"
      ))
    #expect(transcript.contains("An administrator would now run `openstack server evacuate` for db-1 on Host A."))
    #expect(!transcript.contains("(unknown)"))
    // Quitting offers the cleanup, which deletes exactly what sgtutor made.
    #expect(
      transcript.contains(
        "Still on the real cloud from sgtutor, where servers may cost money: 3 servers and 1 server group."))
    #expect(transcript.contains("Deleted server sgt-l3-db-1 "))
    #expect(transcript.contains("Deleted server group sgt-l2-DB Cluster "))
    #expect(try await cloud.leftovers().servers.isEmpty)
  }

  @Test func tutorCommandsWithoutLessonsSayOneLine() async {
    var shell = ShellHarness(columns: 1000)
    let (output, outcome) = await shell.line("next")
    #expect(outcome == .failed)
    #expect(output == "stderr: error: no lessons in this session; start sgtutor without arguments for the tutorial\n")
  }

  @Test func sandboxOutsideALessonSaysThereIsNoLesson() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    let (transcript, _) = try await harness.run(["sandbox"], openings: [])
    #expect(transcript == "sgtutor> sandbox\n\nYou are not in a lesson. Type `lessons` to pick one.\n")
  }

  @Test func aCorruptProgressFileIsMovedAsideAndSaid() async throws {
    let harness = TutorHarness()
    defer { harness.removeState() }
    try FileManager.default.createDirectory(atPath: harness.stateHome + "/sgtutor", withIntermediateDirectories: true)
    try Data("{not json".utf8).write(to: URL(fileURLWithPath: harness.progressPath))
    let (transcript, _) = try await harness.run([], columns: 400)
    #expect(
      transcript.hasPrefix("Your progress file \(harness.progressPath) could not be read (it is not valid JSON)."))
    #expect(transcript.contains("\nLessons:\n"))
    let kept = try FileManager.default.contentsOfDirectory(atPath: harness.stateHome + "/sgtutor")
    #expect(kept.contains { $0.hasPrefix("progress.json.corrupt-") })
  }
}

/// Where the executable looks for `lessons/`, and how the tutor lays out its text.
@Suite struct TutorLayoutTests {
  @Test func lessonsComeFromTheVariableThenTheWorkingFolderThenTheSourceTree() throws {
    let folders: Set<String> = ["/env/lessons", "/work/lessons", "/src/lessons"]
    let exists = { folders.contains($0) }
    func find(_ environment: [String: String], _ directory: String) -> Result<String, LessonsNotFound> {
      LessonsLocation.find(
        environment: environment, currentDirectory: directory, builtIn: "/src/lessons", isDirectory: exists)
    }
    #expect(try find(["SGTUTOR_LESSONS": "/env/lessons"], "/work").get() == "/env/lessons")
    #expect(try find([:], "/work").get() == "/work/lessons")
    #expect(try find([:], "/work/").get() == "/work/lessons")
    #expect(try find([:], "/elsewhere").get() == "/src/lessons")
    #expect(try find(["SGTUTOR_LESSONS": ""], "/elsewhere").get() == "/src/lessons")
    // A variable that names no folder is an error, not a silent fallback.
    #expect(throws: LessonsNotFound.self) { try find(["SGTUTOR_LESSONS": "/nope"], "/work").get() }
    let missing = LessonsLocation.find(
      environment: [:], currentDirectory: "/elsewhere", builtIn: "/gone/lessons", isDirectory: exists)
    guard case .failure(let error) = missing else {
      Issue.record("found lessons where there are none")
      return
    }
    #expect(!error.message.contains("\n"))
    #expect(error.message.contains("SGTUTOR_LESSONS"))
  }

  @Test func aCopiedBinaryFindsTheLessonsBesideItOrInShare() throws {
    func find(_ folders: Set<String>, executable: String?) -> Result<String, LessonsNotFound> {
      LessonsLocation.find(
        environment: [:], currentDirectory: "/home/ada", executable: executable, builtIn: "/gone/lessons",
        isDirectory: { folders.contains($0) })
    }
    #expect(try find(["/opt/sgtutor/lessons"], executable: "/opt/sgtutor/sgtutor").get() == "/opt/sgtutor/lessons")
    #expect(
      try find(["/usr/share/sgtutor/lessons"], executable: "/usr/bin/sgtutor").get() == "/usr/share/sgtutor/lessons")
    // The working folder still comes first, and the folder beside the binary before share/.
    #expect(
      try find(["/home/ada/lessons", "/opt/sgtutor/lessons"], executable: "/opt/sgtutor/sgtutor").get()
        == "/home/ada/lessons")
    #expect(
      try find(["/opt/share/sgtutor/lessons", "/opt/bin/lessons"], executable: "/opt/bin/sgtutor").get()
        == "/opt/bin/lessons")
    guard case .failure(let error) = find([], executable: "/opt/bin/sgtutor") else {
      Issue.record("found lessons where there are none")
      return
    }
    #expect(
      error.message
        == "sgtutor: cannot find the lessons (looked in /home/ada/lessons, /opt/bin/lessons, "
        + "/opt/share/sgtutor/lessons, /gone/lessons); set SGTUTOR_LESSONS to the lessons folder")
  }

  @Test func theBuiltInFolderIsThisRepositorysLessons() {
    #expect(LessonsLocation.builtIn == TutorHarness.lessonsDirectory)
    #expect(LessonsLocation.isDirectory(LessonsLocation.builtIn))
  }

  @Test func conditionLinesWrapUnderTheirText() {
    let line = "  ✗ 3 members of \"DB Cluster\" ACTIVE, each on a different host: now 2 ACTIVE, 0 ERROR"
    #expect(
      TutorText.wrap(line, columns: 40) == """
          ✗ 3 members of "DB Cluster" ACTIVE,
            each on a different host: now 2
            ACTIVE, 0 ERROR
        """)
    #expect(TutorText.wrap("✓ Step 1 of 2 done.", columns: 40) == "✓ Step 1 of 2 done.")
  }

  @Test func goalPicturesGoBesideTheCloudWhenTheyFit() {
    typealias Row = GoalPicture.Row
    let picture = GoalPicture(
      now: [Row(host: "compute-1", marks: ["A", "A"]), Row(host: "compute-2"), Row(host: "compute-3", isDown: true)],
      target: [Row(host: "compute-1", marks: ["A"]), Row(host: "compute-2", marks: ["A"]), Row(host: "compute-3")],
      errorsWanted: ["A"], legend: [("A", "DB Cluster")])
    let view = GoalView(
      title: "Goal of step 1: Spread", picture: picture, results: [CheckResult(passed: false, goal: "spread")])
    #expect(
      TutorText.goal(view, placement: nil, columns: 80) == """
        Goal of step 1: Spread
        Your cloud:                 Target:
        ✗ compute-1  A A              compute-1  A
        ✗ compute-2  empty            compute-2  A
        ✗ compute-3  empty (down)     compute-3  empty
        ✗ on no host: -               on no host: A ERROR
        Groups: A = "DB Cluster"
        ✗ marks a host that differs from the target.
          ✗ spread
        """)
    // Too narrow for both: one above the other, every line within the width.
    let narrow = TutorText.goal(view, placement: nil, columns: 40)
    #expect(narrow.contains("✗ on no host: -\nTarget:\n  compute-1  A\n"))
    #expect(narrow.split(separator: "\n").allSatisfy { TutorText.visibleWidth(String($0)) <= 40 })
    let norwegian = GoalView(title: "Mål", picture: picture, language: .nb, results: [])
    #expect(TutorText.goal(norwegian, placement: nil, columns: 80).contains("Skyen din:"))
    #expect(TutorText.goal(norwegian, placement: nil, columns: 80).contains("Grupper: A = «DB Cluster»"))
    // A step with no placement to reach shows the cloud's diagram.
    let plain = GoalView(title: "Goal", picture: nil, results: [CheckResult(passed: true, goal: "exists")])
    #expect(TutorText.goal(plain, placement: "NOW\nx\n", columns: 20) == "Goal\nNOW\nx\n  ✓ exists")
    #expect(TutorText.visibleWidth("\u{1B}[31mred\u{1B}[0m") == 3)
  }
}
