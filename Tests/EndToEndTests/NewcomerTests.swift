import Foundation
import TestSupport
import Testing

/// Issue 4's newcomer: the built `sgtutor` on a pseudo-terminal with an empty home. Start it, pick lesson 2, type
/// its commands, see the diagram and the step marked done, leave with Ctrl-D, start again and be offered to resume.
@Suite(.tags(.pty), .serialized) struct NewcomerTests {
  static let controlD = "\u{4}"

  /// An empty home folder for one learner, removed at the end.
  final class Home {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-newcomer-\(UUID().uuidString)")
      .path
    var environment: [String: String] { ["HOME": path, "XDG_STATE_HOME": path + "/.local/state"] }
    var progressPath: String { path + "/.local/state/sgtutor/progress.json" }
    deinit { try? FileManager.default.removeItem(atPath: path) }
  }

  /// Starts `sgtutor` with no arguments and waits for its first prompt; returns the terminal and what it printed.
  private func start(_ home: Home, arguments: [String] = []) throws -> (PseudoTerminal, String) {
    try FileManager.default.createDirectory(atPath: home.path, withIntermediateDirectories: true)
    let terminal = try PseudoTerminal(
      executable: builtBinary("sgtutor").path, arguments: arguments, environment: home.environment)
    return (terminal, try terminal.expectPrompt())
  }

  @Test func doesLessonTwoLeavesAndIsOfferedToResume() throws {
    let home = Home()
    let (terminal, welcome) = try start(home)
    #expect(welcome.contains("Welcome to sgtutor"))
    #expect(welcome.contains("· 2. Create \"DB Cluster\" with anti-affinity"))
    #expect(!welcome.contains("You were at"), "a newcomer has nothing to resume")

    let opened = try terminal.type("lesson 2")
    #expect(opened.contains("Lesson 2: Create \"DB Cluster\" with anti-affinity"))
    #expect(opened.contains("Step 1 of 2: Create the group"))
    #expect(opened.contains(#"  server group create --policy anti-affinity "DB Cluster""#))

    // `goal` draws the hosts (ASCII: the terminal asks for no colour) and the condition not yet met.
    let goal = try terminal.type("goal")
    #expect(goal.contains("| compute-1"))
    #expect(goal.contains("| (empty)"))
    #expect(goal.contains("✗ group \"DB Cluster\" exists with policy anti-affinity"))

    let created = try terminal.type(#"server group create --policy anti-affinity "DB Cluster""#)
    #expect(created.contains("| policy     | anti-affinity"))
    #expect(created.contains("✓ Step 1 of 2 done."))
    #expect(created.contains("Type `next` to go on."))

    let next = try terminal.type("next")
    #expect(next.contains("Step 2 of 2: Look at it"))
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
    #expect(FileManager.default.fileExists(atPath: home.progressPath))

    let (again, menu) = try start(home)
    #expect(menu.contains("▸ 2. Create \"DB Cluster\" with anti-affinity (1/2)"))
    #expect(menu.contains("You were at lesson 2, step 2: Look at it."))
    // Taking the offer goes on at step 2, with the group from step 1 in place.
    let resumed = try again.type("lesson 2")
    #expect(resumed.contains("Step 2 of 2: Look at it"))
    let shown = try again.type(#"server group show "DB Cluster""#)
    #expect(shown.contains("✓ Step 2 of 2 done."))
    #expect(shown.contains("Lesson 2 done"))
    try again.send(Self.controlD)
    #expect(try again.waitForExit() == .exited(0))
  }

  @Test func lessonThreeDrawsEachMemberOnItsOwnHost() throws {
    let home = Home()
    let (terminal, opened) = try start(home, arguments: ["--lesson", "3"])
    #expect(opened.contains("Step 1 of 2: The first database server"))
    #expect(!opened.contains("Welcome"))
    let create = #"server create --flavor m1.small --image ubuntu-24.04 --network private --server-group "DB Cluster" "#
    let first = try terminal.type(create + "db-1 -f value -c status")
    #expect(first.contains("ACTIVE"))
    #expect(first.contains("| A db-1"))
    #expect(first.contains("✓ Step 1 of 2 done."))
    #expect(first.contains("db-1 went to compute-1"))
    // Step 2 asks for a prediction first, answered as a line.
    try terminal.send("next\r")
    let question = try terminal.expect("skip):")
    #expect(question.contains("Predict first: When db-2 and db-3 are running"))
    try terminal.waitUntilReadingKeys()
    let noted = try terminal.type("1/1/1")
    #expect(noted.contains("Noted: 1/1/1."))
    try terminal.type(create + "db-2 -f value -c status")
    let third = try terminal.type(create + "db-3 -f value -c status")
    #expect(third.contains("✓ Step 2 of 2 done."))
    #expect(third.contains("You predicted 1/1/1, and the cloud says 1/1/1: right."))
    #expect(third.contains("compute-3 because compute-1 and compute-2 already hold members"))
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func norwegianOnRequest() throws {
    let home = Home()
    let (terminal, welcome) = try start(home, arguments: ["--lang", "nb"])
    #expect(welcome.contains("Leksjoner:"))
    #expect(!welcome.contains("Lessons:"))
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }
}
