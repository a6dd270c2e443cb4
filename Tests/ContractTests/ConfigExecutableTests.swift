import Foundation
import TestSupport
import Testing

/// Every mode of the built `sgtutor` (tutor, shell, run, --dry-run, config show) reads a clouds.yaml the way the
/// openstack CLI does: here a YAML merge key, the comma form of region_name, a legacy endpoint_type, and
/// `OS_INSECURE` / `OS_ENDPOINT_TYPE` beside `--os-cloud`, which must be ignored.
@Suite(.serialized) struct ConfigExecutableTests {
  /// The sandbox's clouds.yaml with a cloud `merged` built on participant-1 by a merge key.
  static func mergedClouds(_ server: ExecutableTests.Server) throws -> String {
    let original = try String(contentsOfFile: server.cloudsYAML, encoding: .utf8)
    let anchored = original.replacingOccurrences(of: "  participant-1:\n", with: "  participant-1: &p1\n")
    let path = server.folder.appendingPathComponent("merged.yaml").path
    try (anchored + "  merged:\n    <<: *p1\n    region_name: RegionOne,RegionTwo\n    endpoint_type: publicURL\n")
      .write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  func sgtutor(_ arguments: [String], input: String, clouds: String) throws -> ProcessRun {
    try runBuiltBinary(
      "sgtutor", arguments, input: input,
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": (clouds as NSString).deletingLastPathComponent, "COLUMNS": "80",
        "OS_CLIENT_CONFIG_FILE": clouds, "OS_INSECURE": "true", "OS_ENDPOINT_TYPE": "adminURL",
      ])
  }

  @Test func everyModeUsesTheSameRules() throws {
    let server = try ExecutableTests.Server()
    let clouds = try Self.mergedClouds(server)
    let list = try sgtutor(
      ["run", "--os-cloud", "merged", "-"], input: "server group list -f value -c Name\n", clouds: clouds)
    #expect(list.status == 0, "\(list.stderr)")
    let dry = try sgtutor(
      ["run", "--os-cloud", "merged", "--dry-run", "-"], input: "server group create web --policy affinity\n",
      clouds: clouds)
    #expect(dry.stdout.contains("POST http://127.0.0.1:"), "\(dry.stdout)\(dry.stderr)")
    #expect(dry.stdout.contains("/os-server-groups"))
    let shell = try sgtutor(["shell", "--os-cloud", "merged"], input: "server group list\n", clouds: clouds)
    #expect(shell.status == 0, "\(shell.stderr)")
    let tutor = try sgtutor(["--os-cloud", "merged"], input: "", clouds: clouds)
    #expect(!tutor.stderr.contains("error:"), "\(tutor.stderr)")
  }

  @Test func configShowSaysWhereEachValueCameFrom() throws {
    let server = try ExecutableTests.Server()
    let clouds = try Self.mergedClouds(server)
    let run = try sgtutor(["config", "show", "--os-cloud", "merged"], input: "", clouds: clouds)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "cloud: merged")
    #expect(
      lines.contains {
        $0.hasPrefix("  password:") && $0.contains("***") && $0.hasSuffix("clouds.merged.auth.password")
      })
    #expect(lines.contains { $0.hasPrefix("  region_name:") && $0.contains("RegionOne") })
    #expect(
      lines.contains { $0.hasPrefix("  interface:") && $0.hasSuffix("clouds.merged.endpoint_type, as interface") })
    #expect(!lines.contains { $0.hasPrefix("  insecure:") })
    #expect(run.stdout.contains("  check the cloud's TLS certificate against the system's CAs\n"))
  }
}
