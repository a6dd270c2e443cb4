import Foundation
import TestSupport
import Testing

/// The built `sgtutor room` against `sgtutor serve`, as the instructor would run it.
@Suite(.serialized) struct RoomExecutableTests {
  func sgtutor(_ arguments: [String], cloudsYAML: String) throws -> ProcessRun {
    try runBuiltBinary(
      "sgtutor", arguments, input: "",
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": (cloudsYAML as NSString).deletingLastPathComponent,
        "COLUMNS": "100", "OS_CLIENT_CONFIG_FILE": cloudsYAML,
      ])
  }

  @Test func theInstructorSeesAndActsOnTheRoomAndParticipantsAreRefused() throws {
    let server = try ExecutableTests.Server()
    let boot = try runBuiltBinary(
      "sgtutor", ["run", "--os-cloud", "participant-1", "--yes", "-"],
      input: """
        server group create "DB Cluster" --policy anti-affinity
        server create --flavor m1.tiny --image cirros --server-group "DB Cluster" --wait db-1

        """,
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": server.folder.path, "OS_CLIENT_CONFIG_FILE": server.cloudsYAML,
      ])
    #expect(boot.status == 0, "\(boot.stderr)")
    // Each person's clouds.yaml holds only their own entries: the instructor's is instructor.yaml.
    let instructorYAML = server.folder.appendingPathComponent("clouds/instructor.yaml").path

    let acted = try sgtutor(
      ["room", "--os-cloud", "instructor", "--fail", "compute-2", "--message", "Look up"],
      cloudsYAML: instructorYAML)
    #expect(acted.status == 0, "\(acted.stderr)")
    #expect(acted.stdout.hasPrefix("compute-2: fail done in every region\nmessage sent\nRoom: 1 participant,"))
    #expect(acted.stdout.contains("Hosts: compute-2 DOWN\nMessage to everyone: Look up\n"))
    #expect(acted.stdout.contains("participant-1 · not using sgtutor's lessons · 1 server\n"))
    #expect(acted.stdout.contains("| A db-1"))
    #expect(acted.stdout.contains("Groups: A = DB Cluster (anti-affinity); - = no group"))

    let compact = try sgtutor(["room", "--os-cloud", "instructor", "--compact"], cloudsYAML: instructorYAML)
    #expect(compact.stdout.split(separator: "\n").last?.hasPrefix("participant-1 · ") == true)

    let refused = try sgtutor(["room", "--os-cloud", "participant-1"], cloudsYAML: server.cloudsYAML)
    #expect(refused.status == 1)
    #expect(refused.stderr == "error: Policy doesn't allow sgtutor:room to be performed.\n")
  }
}
