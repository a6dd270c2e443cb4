import CloudSimulator
import Foundation
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// A seeded fuzz of the shell's grammar: real commands and options with hostile values (numbers at and past
/// the ends of Int64, non-finite numbers, long strings, control bytes, stray quotes). A fixed number of lines,
/// so it runs in CI in a few seconds. Every line ends (no trap, no hang), a failure says why on standard
/// error, nothing drives the terminal, and the cloud's quotas and group policies still hold.
@Suite struct ShellFuzzTests {
  static let lines = 200

  static let numbers = [
    "0", "1", "2", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "-9223372036854775809", "18446744073709551616", "99999999999999999999999", "1e32", "1e400", "-1e400", "inf",
    "nan", "NaN", "1.5", "0x10", "", "007", "100000000",
  ]
  static let words = [
    "web", "DB Cluster", String(repeating: "a", count: 300), "'", "\"", "\\", "x\u{1B}[2J", "x\u{07}", "a\u{0}b",
    "--", "-", "=", "é", "🙂", "m1.tiny", "cirros", "group=web", "max_server_per_host=",
  ]
  static let commands = [
    "server group create", "server group list", "server group show", "server group delete", "server create",
    "server list", "server show", "server delete", "why", "hosts", "host fail", "host enable", "explain", "set diagram",
    "equivalent", "flavor list", "image list",
  ]
  static let options = [
    "--policy anti-affinity", "--policy soft-affinity", "--policy", "--rule max_server_per_host=", "--rule",
    "--min", "--max", "--limit", "--offset", "--flavor m1.tiny", "--image cirros", "--server-group web",
    "--hint group=", "--long", "--all-projects", "-f json", "-f value", "-c Name", "--wait", "--nic none",
  ]

  static func value(_ random: inout SeededGenerator) -> String {
    random.next() % 2 == 0 ? numbers.randomElement(using: &random)! : words.randomElement(using: &random)!
  }

  static func line(_ random: inout SeededGenerator) -> String {
    var parts = [commands.randomElement(using: &random)!]
    for _ in 0..<Int(random.next() % 5) {
      let option = options.randomElement(using: &random)!
      parts.append(option.hasSuffix("=") ? option + value(&random) : option)
      if option.split(separator: " ").count == 1, !option.hasSuffix("="), random.next() % 3 != 0 {
        parts.append(Tokenizer.quote(value(&random)))
      }
    }
    if random.next() % 4 != 0 {
      parts.append(random.next() % 2 == 0 ? Tokenizer.quote(value(&random)) : value(&random))
    }
    return parts.joined(separator: " ")
  }

  @Test(arguments: [UInt64(1), 2])
  func seededLinesNeverBreakTheShell(_ seed: UInt64) async throws {
    var random = SeededGenerator(seed: seed)
    var shell = ShellHarness(seed: seed)
    _ = await shell.line("server group create web --policy anti-affinity")
    for _ in 0..<Self.lines {
      let line = Self.line(&random)
      let (output, outcome) = await shell.line(line)
      #expect(outcome != .quit, "\(line)")
      if outcome == .failed {
        #expect(output.contains("stderr: "), "no reason given for: \(line)\n\(output.prefix(500))")
      }
      #expect(
        !output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" || $0 == "\r" },
        "a control character reached the terminal after: \(line)")
    }
    let servers = try await shell.cloud.listServers(ServerListQuery())
    #expect(servers.count <= 10)
    let groups = try await shell.cloud.listServerGroups(ServerGroupListQuery())
    #expect(groups.count <= 10)
    let admin = try #require(await shell.cloud.caller(named: "admin"))
    let placed = try await shell.cloud.session(as: admin).listServers(ServerListQuery(allProjects: true))
    for group in groups where group.policy == .antiAffinity {
      let hosts = placed.filter { group.members.contains($0.id) }.compactMap(\.host)
      let most = Dictionary(grouping: hosts, by: { $0 }).values.map(\.count).max() ?? 0
      #expect(most <= group.maxServerPerHost, "group \(group.name) broke its policy")
    }
  }
}
