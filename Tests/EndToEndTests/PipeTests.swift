import Foundation
import TestSupport
import Testing

/// The built `sgtutor` with standard input from a pipe: no terminal, no prompt waiting for a key.
@Suite struct PipeTests {
  typealias Run = ProcessRun

  /// Runs the binary with `input` on standard input and a plain environment.
  func sgtutor(_ arguments: [String], input: String = "", environment extra: [String: String] = [:]) throws -> Run {
    var environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "TERM": "xterm", "COLUMNS": "80"]
    environment.merge(extra) { $1 }
    return try runBuiltBinary("sgtutor", arguments, input: input, environment: environment)
  }

  @Test func runFromStandardInputEchoesEachCommand() throws {
    let run = try sgtutor(
      ["run", "-"],
      input: "server group create web --policy anti-affinity -f value -c policy\nserver group list -f value -c Name\n")
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == """
        sgtutor> server group create web --policy anti-affinity -f value -c policy
        anti-affinity
        sgtutor> server group list -f value -c Name
        web

        """)
  }

  @Test func runStopsAtTheFirstFailure() throws {
    let run = try sgtutor(["run", "-"], input: "server group show nosuch\nserver group list\n")
    #expect(run.status == 1)
    #expect(run.stdout == "sgtutor> server group show nosuch\n")
    #expect(run.stderr == "No ServerGroup found for nosuch\n")
  }

  @Test func keepGoingRunsEverythingAndStillFails() throws {
    let run = try sgtutor(
      ["run", "--keep-going", "-"], input: "frobnicate\n# a comment\n\nserver group list -f json\n")
    #expect(run.status == 1)
    #expect(run.stdout == "sgtutor> frobnicate\nsgtutor> server group list -f json\n[]\n")
    #expect(run.stderr.hasPrefix("error: unknown command 'frobnicate'."))
  }

  @Test func runReadsAScriptFile() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-pipe-\(UUID().uuidString).txt")
    try Data("explain affinity\nquit\nserver group list\n".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try sgtutor(["run", file.path])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("sgtutor> explain affinity\naffinity (hard: a rule)\n"))
    #expect(!run.stdout.contains("server group list"))
  }

  @Test func missingScriptFileIsOneClearError() throws {
    let run = try sgtutor(["run", "/nonexistent/script.txt"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("cannot read /nonexistent/script.txt"))
  }

  @Test func shellOnAPipeShowsNoPromptAndSurvivesErrors() throws {
    let run = try sgtutor(["shell", "--seed", "7"], input: "server group create 'web\nhosts\nserver grup list\n")
    #expect(run.status == 0)
    #expect(!run.stdout.contains("sgtutor>"))
    #expect(run.stdout.contains("compute-4"))
    #expect(run.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "a pipe gets plain ASCII")
    #expect(
      run.stderr
        == "error: unbalanced ' quote: close it (names with spaces go in quotes:\n       \"DB Cluster\")\nerror: unknown command 'server grup'. Did you mean 'server group'?\n"
    )
  }

  @Test func noArgumentsStartsTheTutorialAndEndOfInputExitsZero() throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-pipe-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: state) }
    let run = try sgtutor([], input: "", environment: ["XDG_STATE_HOME": state])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.hasPrefix("Welcome to sgtutor"))
  }

  @Test func invalidUTF8OnAPipeIsRefusedLineByLine() throws {
    let process = try sgtutor(
      ["run", "--keep-going", "-"],
      input: String(decoding: [0x68, 0x6F, 0xFF, 0x0A], as: UTF8.self) + "server group list -f value\n")
    #expect(process.status == 1)
    #expect(process.stderr.contains("not UTF-8"))
  }

  @Test(arguments: [["--help"], ["shell", "--help"], ["run", "--help"], ["help", "run"]])
  func helpIsCompleteForEverySubcommand(_ arguments: [String]) throws {
    let run = try sgtutor(arguments)
    #expect(run.status == 0)
    #expect(run.stdout.contains("USAGE: sgtutor"))
    #expect(run.stdout.contains("OVERVIEW:"))
  }

  @Test func seedMakesSessionsRepeatable() throws {
    let script = "server group create web -f value -c id\n"
    let first = try sgtutor(["run", "--seed", "42", "-"], input: script)
    let second = try sgtutor(["run", "--seed", "42", "-"], input: script)
    let other = try sgtutor(["run", "--seed", "43", "-"], input: script)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout != other.stdout)
  }

  @Test func badRegionFileIsAStartUpError() throws {
    let run = try sgtutor(["run", "--region", "/nonexistent/region.yaml", "-"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("region"))
  }
}
