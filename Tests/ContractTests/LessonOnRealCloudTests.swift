import Foundation
import LessonEngine
import OpenStackClient
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// On a real cloud (the client talking to the sandbox) a lesson touches only what the lessons made: the learner's
/// own "DB Cluster", made with the openstack CLI before any lesson, is left alone.
@Suite struct LessonOnRealCloudTests {
  /// The repository's `lessons/`, found from this file's path.
  static let lessonsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path

  /// Runs `lines` in the tutor on `cloud` as a learner at a terminal would type them; returns the transcript.
  static func tutor(_ cloud: any Cloud, _ lines: [String], openings: [TutorEvent]) async throws -> String {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-real-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let console = RecordingConsole(columns: 400)
    let guarded = GuardedCloud(cloud, cloudName: "participant-1", consent: .granted)
    var context = ShellContext(cloud: guarded, console: console)
    context.settings.diagram = false
    var repl = Repl(context: context, reader: ScriptedLineReader(lines, echoingTo: console))
    repl.tutor = try TutorSession.load(
      lessonsDirectory: lessonsDirectory, language: .en, environment: ["XDG_STATE_HOME": home, "HOME": home],
      homeDirectory: home, onSimulator: false, openings: openings
    ).get().session
    _ = await repl.run()
    return console.transcript
  }

  static let boot = "server create --flavor m1.small --image ubuntu-24.04 --network private --server-group"

  @Test func namesResolveToTheLessonsObjectsAndTheLearnersOwnAreLeftAlone() async throws {
    try await ContractHarness.withCloud(.novaClientThroughSandbox) { cloud in
      let own = try await cloud.createServerGroup(ServerGroupCreateRequest(name: "DB Cluster", policy: .affinity))
      let ownServer = try await cloud.boot("db-1", group: own.id)
      let transcript = try await Self.tutor(
        cloud,
        [
          #"server group show "DB Cluster" -f value -c name"#,
          #"server group create --policy anti-affinity "DB Cluster" -f value -c name"#,
          "next",
          #"server group show "DB Cluster" -f value -c name"#,
          #"server group show "DB Cluster" -f value -c policy"#,
          "next",
          #"\#(Self.boot) "DB Cluster" db-1 -f value -c name"#,
          "next", "skip",
        ], openings: [.openLesson(2)])
      // Refused by name while the lesson has made none, with the ID to use.
      #expect(
        transcript.contains(
          "stderr: \"DB Cluster\" is a server group of your own, made outside the lessons, and lesson 2 leaves it alone; the lesson has made no server group of that name yet. If you do mean yours, give its ID: \(own.id.rawValue)\n"
        ))
      #expect(transcript.contains("-c name\nsgt-l2-DB Cluster\nnote: in a lesson on a real cloud"))
      #expect(transcript.contains("Step 2 of 2: Look at it"))
      // Mentioned once, after the output it is about.
      let note =
        "note: your own server group \"DB Cluster\" (\(own.id.rawValue)) is left alone: lesson 2 uses the one the lessons made, \"sgt-l2-DB Cluster\"."
      #expect(transcript.contains("sgt-l2-DB Cluster\n" + note))
      #expect(transcript.components(separatedBy: note).count == 2)
      #expect(transcript.contains("-c policy\nanti-affinity\n"))
      // Lesson 3 boots into the lesson's group, and its check counts only what the lessons made.
      #expect(transcript.contains("Lesson 3: Three database servers on three hosts"))
      #expect(transcript.contains("db-1 -f value -c name\nsgt-l3-db-1\n"))
      #expect(transcript.contains("✓ Step 1 of 2 done."))
      #expect(transcript.contains("Lesson 3 done"))

      let groups = try await cloud.listServerGroups(ServerGroupListQuery())
      #expect(groups.map(\.name).sorted() == ["DB Cluster", "sgt-l2-DB Cluster"])
      #expect(try await cloud.showServerGroup(own.id).members == [ownServer.id])
      let lessons = try #require(groups.first { $0.name == "sgt-l2-DB Cluster" })
      let members = try await cloud.listServers(ServerListQuery()).filter { lessons.members.contains($0.id) }
      #expect(members.map(\.name).sorted() == ["sgt-l3-db-1", "sgt-l3-db-2", "sgt-l3-db-3"])
    }
  }

  @Test func skipNeverMakesASecondCopy() async throws {
    try await ContractHarness.withCloud(.novaClientThroughSandbox) { cloud in
      _ = try await cloud.createServerGroup(ServerGroupCreateRequest(name: "DB Cluster", policy: .affinity))
      let transcript = try await Self.tutor(
        cloud,
        [
          #"server group create --policy soft-anti-affinity "DB Cluster" -f value -c name"#, "skip",
        ], openings: [.openLesson(2)])
      #expect(
        transcript.contains(
          "note: \"DB Cluster\" is already there (\"sgt-l2-DB Cluster\", made by the lessons): not created a second time."
        ))
      let names = try await cloud.listServerGroups(ServerGroupListQuery()).map(\.name)
      #expect(names.sorted() == ["DB Cluster", "sgt-l2-DB Cluster"])
    }
  }

  @Test func theMenuAndNextOfferOnlyLessonsARealCloudCanTake() async throws {
    try await ContractHarness.withCloud(.novaClientThroughSandbox) { cloud in
      let transcript = try await Self.tutor(
        cloud, ["lesson 4", "skip", "skip", "skip", "skip", "skip", "next"], openings: [.welcome])
      #expect(transcript.contains("Type `lesson 2` to begin"))
      #expect(!transcript.contains("`lesson 1` to begin"))
      let last =
        "That was the last lesson a real cloud can take. Lessons 1, 5, 6, 7, 8 and 9 need the simulated cloud: start sgtutor without --os-cloud to take them."
      #expect(transcript.contains("Lesson 4 done"))
      // Said when lesson 4 is done, and again for `next`.
      #expect(transcript.components(separatedBy: last).count == 3)
      #expect(!transcript.contains("That was the last lesson. "))
    }
  }
}
