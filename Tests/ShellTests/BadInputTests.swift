import CloudSimulator
import Foundation
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// Bad lines: each gets one clear line on standard error, changes nothing, and the shell carries on.
@Suite struct BadInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var line: String
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "unknown command", line: "frobnicate", expected: "error: unknown command 'frobnicate'. Type 'help'"),
    Case(name: "typo in a command", line: "sever list", expected: "Did you mean 'server'?"),
    Case(name: "typo in a subcommand", line: "server grup list", expected: "Did you mean 'server group'?"),
    Case(name: "unbalanced double quote", line: #"server group show "DB Cl"#, expected: "error: unbalanced \" quote"),
    Case(name: "unbalanced single quote", line: "server group create 'web", expected: "error: unbalanced ' quote"),
    Case(name: "unknown option", line: "server group list --bogus", expected: "error: Unknown option '--bogus'"),
    Case(name: "missing argument", line: "server group create", expected: "error: Missing expected argument '<name>'"),
    Case(
      name: "missing option value", line: "server create --flavor",
      expected: "error: Missing value for '--flavor <flavor>'"),
    Case(
      name: "missing required option", line: "server create web",
      expected: "error: Missing expected argument '--flavor <flavor>'"),
    Case(
      name: "bad policy", line: "server group create web --policy bogus",
      expected: "error: The value 'bogus' is invalid for '--policy <policy>'"),
    Case(
      name: "positional policy", line: "server group create web anti-affinity",
      expected: "error: Unexpected argument 'anti-affinity'"),
    Case(
      name: "rule without =", line: "server group create web --rule max",
      expected: "Expected 'key=value' type, but got: max"),
    Case(
      name: "bad format", line: "server group list -f xml",
      expected: "error: The value 'xml' is invalid for '-f <format>'"),
    Case(
      name: "unknown column", line: "server group list -c Nope", expected: "No recognized column names in ['Nope']."),
    Case(
      name: "huge line", line: "server group create " + String(repeating: "a", count: 1 << 20),
      expected: "error: the line is 1048596 characters long"),
    Case(
      name: "bell character", line: "server\u{07} list", expected: "error: the line holds a control character (U+0007)"),
    Case(name: "escape sequence", line: "\u{1B}[A", expected: "error: the line holds a control character (U+001B)"),
    Case(
      name: "NUL byte", line: "server group create a\u{0}b",
      expected: "error: the line holds a control character (U+0000)"),
    Case(
      name: "invalid UTF-8", line: String(decoding: [0x73, 0x65, 0xFF, 0xFE, 0x72], as: UTF8.self),
      expected: "error: the line holds bytes that are not UTF-8"),
    Case(name: "missing group", line: "server group show nosuch", expected: "No ServerGroup found for nosuch"),
    Case(name: "missing server", line: "why nosuch", expected: "No Server found for nosuch"),
    Case(name: "bad setting value", line: "set diagram maybe", expected: "error: The value 'maybe' is invalid"),
    Case(name: "explain a non-policy", line: "explain affinty", expected: "error: The value 'affinty' is invalid"),
    Case(name: "extra argument", line: "hosts compute-1", expected: "error: Unexpected argument 'compute-1'"),
    Case(name: "unknown host", line: "host fail compute-9", expected: "compute-9"),
    Case(
      name: "bad hint", line: "server create --flavor m1.tiny --image cirros --hint group x",
      expected: "Expected 'key=value' type"),
    Case(
      name: "Int64.max counts",
      line: "server create --flavor m1.tiny --image cirros --min 9223372036854775807 --max 9223372036854775807 x",
      expected: "Quota exceeded for instances: Requested 9223372036854775807, but already used 1 of 10 instances"),
    Case(
      name: "count past Int64",
      line: "server create --flavor m1.tiny --image cirros --min 9223372036854775808 --max 9223372036854775808 x",
      expected: "Quota exceeded for instances: Requested 9223372036854775808, but already used 1 of 10 instances"),
    Case(
      name: "min above max past Int64",
      line: "server create --flavor m1.tiny --image cirros --min 99999999999999999999 --max 9223372036854775808 x",
      expected: "min instances should be <= max instances"),
    Case(
      name: "count that is not a number", line: "server create --flavor m1.tiny --image cirros --min 1e3 x",
      expected: "error: The value '1e3' is invalid for '--min <count>'"),
    Case(
      name: "max count past the quota and min past it too",
      line: "server create --flavor m1.tiny --image cirros --min 100000000 --max 100000000 x",
      expected: "Quota exceeded for instances: Requested 100000000, but already used 1 of 10 instances"),
    Case(
      name: "limit past Int64", line: "server group list --limit 9223372036854775808",
      expected: "is invalid for '--limit"),
    Case(
      name: "rule past Int64 that is not a number",
      line: "server group create big --policy anti-affinity --rule max_server_per_host=1e400x",
      expected: "does not match '^[0-9]*$'"),
    Case(
      name: "rules on affinity", line: "server group create w --rule max_server_per_host=2",
      expected:
        "BadRequestException: 400: Client Error for url: http://controller:8774/v2.1/os-server-groups, Only anti-affinity policy supports rules."
    ),
  ]

  @Test(arguments: cases)
  func badLineGetsOneClearLineAndChangesNothing(_ testCase: Case) async throws {
    var shell = ShellHarness(columns: 1000)
    _ = await shell.line("server group create kept --policy anti-affinity")
    _ = await shell.line("server create --flavor m1.tiny --image cirros --server-group kept kept-1")
    let before = await State(shell.cloud)

    let (output, outcome) = await shell.line(testCase.line)

    #expect(outcome == .failed)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1, "expected one line, got:\n\(output.prefix(2000))")
    let line = try #require(lines.first)
    #expect(line.hasPrefix("stderr: "))
    #expect(line.contains(testCase.expected), "got: \(line.prefix(300))")
    #expect(line.count < 400)
    #expect(await State(shell.cloud) == before)

    let (after, alive) = await shell.line("server group list -f value -c Name")
    #expect(alive == .succeeded)
    #expect(after == "kept\n")
  }

  /// What a bad line must not change.
  struct State: Equatable {
    var groups: [ServerGroup]
    var servers: [Server]
    var hosts: [HostSnapshot]

    init(_ cloud: SimulatedCloud) async {
      groups = (try? await cloud.listServerGroups(ServerGroupListQuery())) ?? []
      servers = (try? await cloud.listServers(ServerListQuery())) ?? []
      hosts = await cloud.hostSnapshots()
    }
  }

  @Test func aSessionOfBadLinesEndsNormally() async {
    var shell = ShellHarness(columns: 1000)
    let (transcript, status) = await shell.session(Self.cases.map(\.line) + ["server group list -f value"])
    #expect(status == 0)
    #expect(transcript.components(separatedBy: "stderr: ").count - 1 == Self.cases.count)
  }
}

/// Values Nova accepts are kept as given, however large.
@Suite struct HugeValueTests {
  @Test func aHugeMaxServerPerHostIsKeptAndShownBack() async throws {
    var shell = ShellHarness(columns: 1000)
    let (created, outcome) = await shell.line(
      "server group create big --policy anti-affinity --rule max_server_per_host=9223372036854775808")
    #expect(outcome == .succeeded, "\(created)")
    let (shown, _) = await shell.line("server group show big -f value -c rules")
    #expect(shown == "{'max_server_per_host': 9223372036854775808}\n")
    let (table, _) = await shell.line("server group show big -c rules")
    #expect(table.contains("max_server_per_host='9223372036854775808'"), "\(table)")
    let (json, _) = await shell.line("server group show big -f json -c rules")
    #expect(json.contains("\"max_server_per_host\": 9223372036854775808"), "\(json)")
  }
}
