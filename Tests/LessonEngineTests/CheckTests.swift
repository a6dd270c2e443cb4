import LessonEngine
import ServerGroupsCore
import Testing

/// Every check passes on a state that meets it and fails on one that does not.
@Suite struct CheckTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var check: Check
    var passing: CloudState
    var failing: CloudState
    var commands: [[String]] = []
    /// What the ✗ line must say about the failing state.
    var detail: String
    var testDescription: String { "\(check.name): \(detail)" }
  }

  static func build(_ edit: (inout StateBuilder) -> Void) -> CloudState {
    var builder = StateBuilder()
    edit(&builder)
    return builder.state
  }

  static func cluster(_ members: Int, _ edit: (inout StateBuilder) -> Void = { _ in }) -> CloudState {
    var builder = StateBuilder.dbCluster(members: members)
    edit(&builder)
    return builder.state
  }

  static let cases: [Case] = [
    Case(
      check: .groupExists(name: "DB Cluster", policy: .antiAffinity, maxServerPerHost: nil),
      passing: cluster(0), failing: build { $0.group("DB Cluster", .affinity) },
      detail: "its policy is affinity"),
    Case(
      check: .groupExists(name: "DB Cluster", policy: nil, maxServerPerHost: nil),
      passing: cluster(0), failing: build { $0.group("DB Clusters", .antiAffinity) },
      detail: #"there is no group named "DB Cluster" yet"#),
    Case(
      check: .groupExists(name: "DB Pairs", policy: .antiAffinity, maxServerPerHost: 2),
      passing: build { $0.group("DB Pairs", .antiAffinity, maxPerHost: 2) },
      failing: build { $0.group("DB Pairs", .antiAffinity) },
      detail: "it has no max_server_per_host rule"),
    Case(
      check: .groupAbsent(name: "DB Cluster"), passing: build { $0.group("Other", .affinity) },
      failing: cluster(0),
      detail: #""DB Cluster" is still there"#),
    Case(
      check: .activeMembers(group: "DB Cluster", count: 1), passing: cluster(1),
      failing: cluster(2),
      detail: "now 2 ACTIVE, 0 ERROR"),
    Case(
      check: .membersOnDistinctHosts(group: "DB Cluster", count: 3), passing: cluster(3),
      failing: cluster(2) { $0.server("db-3", in: "DB Cluster", on: "compute-2") },
      detail: "db-2 and db-3 share compute-2"),
    Case(
      check: .membersOnDistinctHosts(group: "DB Cluster", count: 3), passing: cluster(3),
      failing: cluster(2),
      detail: "now 2 ACTIVE, 0 ERROR"),
    Case(
      check: .membersOnOneHost(group: "Pair", count: 2),
      passing: build {
        $0.group("Pair", .affinity)
        $0.server("web-1", in: "Pair", on: "compute-1")
        $0.server("web-2", in: "Pair", on: "compute-1")
      },
      failing: build {
        $0.group("Pair", .softAffinity)
        $0.server("web-1", in: "Pair", on: "compute-1")
        $0.server("web-2", in: "Pair", on: "compute-3")
      },
      detail: "they are on compute-1 and compute-3"),
    Case(
      check: .memberInError(group: "DB Cluster"),
      passing: cluster(4) { $0.refused("db-5", in: "DB Cluster") },
      failing: cluster(4), detail: "no member is in ERROR"),
    Case(
      check: .memberInError(group: "DB Cluster"),
      passing: cluster(1) { $0.refused("db-2", in: "DB Cluster") },
      failing: cluster(1) {
        $0.server("db-2", in: "DB Cluster", on: nil, status: .error, fault: "Quota exceeded")
      },
      detail: #"db-2 is in ERROR with "Quota exceeded""#),
    Case(
      check: .errorMembers(group: "DB Cluster", count: 0), passing: cluster(4),
      failing: cluster(4) { $0.refused("db-5", in: "DB Cluster") }, detail: "now 4 ACTIVE, 1 ERROR"),
    Case(
      check: .membersOnUpHosts(group: "DB Cluster", count: 2),
      passing: cluster(3) { $0.fail("compute-1") },
      failing: cluster(3), detail: "now 3 ACTIVE, 0 ERROR"),
    Case(
      check: .membersOnDownHosts(group: "DB Cluster", count: 1),
      passing: cluster(3) { $0.fail("compute-2") },
      failing: cluster(3) { $0.fail("compute-4") }, detail: "down: compute-4"),
    Case(
      check: .placementCounts(group: "Pack", counts: [3, 1, 1, 1]),
      passing: build {
        $0.group("Pack", .softAffinity)
        for (index, host) in [
          "compute-1", "compute-2", "compute-3", "compute-4", "compute-1", "compute-1",
        ].enumerated() {
          $0.server("pack-\(index + 1)", in: "Pack", on: host)
        }
      },
      failing: build {
        $0.group("Pack", .softAffinity)
        for index in 1...6 { $0.server("pack-\(index)", in: "Pack", on: "compute-1") }
      },
      detail: "now 6"),
    Case(
      check: .maxPerHost(group: "DB Pairs", max: 2, count: 4),
      passing: build {
        $0.group("DB Pairs", .antiAffinity, maxPerHost: 2)
        for index in 1...4 {
          $0.server("pair-\(index)", in: "DB Pairs", on: "compute-\((index + 1) / 2)")
        }
      },
      failing: build {
        $0.group("DB Pairs", .softAntiAffinity)
        for index in 1...4 {
          $0.server("pair-\(index)", in: "DB Pairs", on: index == 4 ? "compute-2" : "compute-1")
        }
      },
      detail: "compute-1 holds pair-1, pair-2 and pair-3"),
    Case(
      check: .groupHostFull(group: "DB Cluster"), passing: cluster(1) { $0.fill("compute-1") },
      failing: cluster(1) { $0.fill("compute-2") }, detail: "compute-1 still has room"),
    Case(
      check: .hostDown(host: "compute-2"), passing: cluster(0) { $0.fail("compute-2") },
      failing: cluster(0) { $0.fail("compute-3") }, detail: "compute-2 is up"),
    Case(
      check: .hostDown(host: nil), passing: cluster(0) { $0.fail("compute-4") },
      failing: cluster(0),
      detail: "every host is up"),
    Case(
      check: .allHostsUp, passing: cluster(3), failing: cluster(3) { $0.fail("compute-1") },
      detail: "down: compute-1"),
    Case(
      check: .activeServers(count: 3), passing: cluster(3) { $0.removeGroup("DB Cluster") },
      failing: cluster(2),
      detail: "now 2 ACTIVE, 0 ERROR"),
    Case(
      check: .nothingLeft, passing: .empty, failing: cluster(1),
      detail: "groups left: 1, servers left: 1"),
    Case(
      check: .ran(command: ["flavor", "list"]), passing: .empty, failing: .empty,
      commands: [["openstack", "--os-compute-api-version", "2.64", "flavor", "list"]],
      detail: "not run yet"),
  ]

  @Test(arguments: cases)
  func passesOnTheRightStateAndFailsOnAWrongOne(_ testCase: Case) {
    // For `ran` the states are equal and the commands make the difference.
    let passing = testCase.check.evaluate(
      in: testCase.passing, commands: testCase.commands, language: .en)
    #expect(passing.passed, "\(passing.line)")
    let failing = testCase.check.evaluate(in: testCase.failing, commands: [], language: .en)
    #expect(!failing.passed)
    #expect(failing.detail == testCase.detail)
    #expect(failing.line.hasPrefix("✗ "))
    #expect(passing.line.hasPrefix("✓ "))
  }

  @Test func aMissingGroupFailsEveryGroupCheckWithTheSameReason() {
    let checks: [Check] = [
      .activeMembers(group: "Nope", count: 1), .membersOnDistinctHosts(group: "Nope", count: 1),
      .membersOnOneHost(group: "Nope", count: 1), .memberInError(group: "Nope"),
      .placementCounts(group: "Nope", counts: [1]), .groupHostFull(group: "Nope"),
    ]
    for check in checks {
      let result = check.evaluate(in: StateBuilder.dbCluster().state, language: .en)
      #expect(!result.passed)
      #expect(result.detail == #"there is no group named "Nope" yet"#)
    }
  }

  @Test func errorMembersDoNotCountAsPlacedOrActive() {
    var builder = StateBuilder.dbCluster(members: 4)
    builder.refused("db-5", in: "DB Cluster")
    let state = builder.state
    #expect(
      Check.membersOnDistinctHosts(group: "DB Cluster", count: 4).evaluate(in: state, language: .en)
        .passed)
    #expect(
      Check.activeMembers(group: "DB Cluster", count: 4).evaluate(in: state, language: .en).passed)
  }

  @Test func aRealCloudTellsHostsApartByHostIDAlone() throws {
    var builder = StateBuilder.dbCluster(members: 3)
    builder.isSimulator = false
    let state = builder.state
    #expect(state.hosts.isEmpty)
    #expect(
      Check.membersOnDistinctHosts(group: "DB Cluster", count: 3).evaluate(in: state, language: .en)
        .passed)
    let first = try #require(state.server(named: "db-1"))
    #expect(state.hostName(of: first) == "Host A")
    #expect(!Check.groupHostFull(group: "DB Cluster").evaluate(in: state, language: .en).passed)
  }

  @Test func goalLinesSpeakNorwegian() {
    let result = Check.groupExists(name: "DB Cluster", policy: .antiAffinity, maxServerPerHost: nil)
      .evaluate(in: StateBuilder().state, language: .nb)
    #expect(
      result.line
        == "✗ gruppen «DB Cluster» finnes med policyen anti-affinity: det finnes ingen gruppe med navnet «DB Cluster» ennå"
    )
  }
}
