import Foundation
import TestSupport
import Testing

/// The built `sgtutor` pointed at `sgtutor serve` with `--os-cloud`, as a workshop participant would use it.
@Suite(.serialized) struct ExecutableTests {
  typealias Run = ProcessRun

  /// A running `sgtutor serve` and participant-1's clouds.yaml it wrote.
  final class Server {
    let process = Process()
    let folder: URL
    var cloudsYAML: String { folder.appendingPathComponent("clouds/participant-1.yaml").path }

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "sgtutor-exec-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      process.executableURL = builtBinary("sgtutor")
      process.arguments = [
        "serve", "--port", "0", "--clouds-dir", folder.appendingPathComponent("clouds").path,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // The file appears once the server listens.
      for _ in 0..<6000 where !FileManager.default.fileExists(atPath: cloudsYAML) {
        Thread.sleep(forTimeInterval: 0.01)
      }
    }

    deinit {
      process.terminate()
      process.waitUntilExit()
      try? FileManager.default.removeItem(at: folder)
    }
  }

  /// Runs the binary with its own home (the group ledger goes there) next to `cloudsYAML`.
  func sgtutor(_ arguments: [String], input: String, cloudsYAML: String) throws -> Run {
    try runBuiltBinary(
      "sgtutor", arguments, input: input,
      environment: [
        "PATH": "/usr/bin:/bin", "HOME": (cloudsYAML as NSString).deletingLastPathComponent,
        "COLUMNS": "80", "OS_CLIENT_CONFIG_FILE": cloudsYAML,
      ])
  }

  @Test func runWithOsCloudWorksAgainstTheSandboxAndCleansUp() throws {
    let server = try Server()
    let script = """
      server group create web --policy anti-affinity -f value -c policy
      server create --flavor m1.tiny --image cirros --server-group web --wait web-1 -f value -c status
      cleanup
      server list

      """
    let run = try sgtutor(
      ["run", "--os-cloud", "participant-1", "--yes", "-"], input: script,
      cloudsYAML: server.cloudsYAML)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "sgtutor> server group create web --policy anti-affinity -f value -c policy\nanti-affinity\n"
      ))
    #expect(run.stdout.contains("-f value -c status\nACTIVE\n"))
    #expect(run.stdout.contains("Deleted server web-1 ("))
    #expect(run.stdout.contains("Deleted server group web ("))
    #expect(run.stdout.hasSuffix("sgtutor> server list\n\n"))
  }

  @Test func withoutATerminalOrYesNoServerIsCreated() throws {
    let server = try Server()
    let run = try sgtutor(
      ["run", "--os-cloud", "participant-1", "-"],
      input: "server create --flavor m1.tiny --image cirros web-1\n",
      cloudsYAML: server.cloudsYAML)
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("sgtutor does not create servers on a real cloud without asking"))
  }

  @Test func dryRunPrintsTheChangesItWouldSend() throws {
    let server = try Server()
    let run = try sgtutor(
      ["run", "--os-cloud", "participant-1", "--dry-run", "-"],
      input: "server group create web --policy anti-affinity\nserver group list\n",
      cloudsYAML: server.cloudsYAML)
    #expect(run.stdout.contains("/v2.1/os-server-groups\nOpenStack-API-Version: compute 2.64\n"))
    #expect(run.stdout.contains(#"{"server_group": {"name": "web", "policy": "anti-affinity"}}"#))
    #expect(run.stderr == "dry run: the request above was not sent\n")
  }

  @Test func anUnreachableKeystoneIsOneLineAndExitStatus1() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sgtutor-exec-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let yaml = folder.appendingPathComponent("clouds.yaml").path
    try """
    clouds:
      gone:
        auth:
          auth_url: http://127.0.0.1:1/identity/v3
          username: demo
          password: never-shown-3141
          project_name: demo
    """.write(toFile: yaml, atomically: true, encoding: .utf8)
    for arguments in [
      ["--os-cloud", "gone"], ["run", "--os-cloud", "gone", "-"], ["shell", "--os-cloud", "gone"],
    ] {
      let run = try sgtutor(arguments, input: "", cloudsYAML: yaml)
      #expect(run.status == 1)
      #expect(
        run.stderr.hasPrefix(
          "error: cannot reach the identity service (Keystone) at http://127.0.0.1:1 ("))
      #expect(run.stderr.filter { $0 == "\n" }.count == 1)
      #expect(!run.stderr.contains("never-shown-3141"))
    }
    let unknown = try sgtutor(["--os-cloud", "nosuch"], input: "", cloudsYAML: yaml)
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "error: cloud \"nosuch\" is not in \(yaml); it has: gone\n")
  }
}
