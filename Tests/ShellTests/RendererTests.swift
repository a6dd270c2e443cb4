import Foundation
import LessonEngine
import ServerGroupsCore
import TestSupport
import Testing

@testable import Shell

@Suite struct RendererTests {
  static let web = ServerGroup(
    id: "5bbcc3c4-1da2-4437-a48a-66f15b1b13f9", name: "web", policy: .antiAffinity, rules: Rules(maxServerPerHost: 2),
    projectID: "6f70656e737461636b20342065766572", userID: "9c9a2d3c1e6b4d3f8f0a1b2c3d4e5f60")
  static let db = ServerGroup(
    id: "616fb98f-46ca-475e-917e-2563e5a8cd19", name: "db", policy: .softAffinity,
    projectID: "6f70656e737461636b20342065766572", userID: "9c9a2d3c1e6b4d3f8f0a1b2c3d4e5f60")

  /// The table in spec §3.3, character for character.
  @Test func showTableMatchesOpenstackclient() {
    assertEqualLines(
      TableRenderer.render(Self.web.record(at: .v2_64)),
      """
      +------------+--------------------------------------+
      | Field      | Value                                |
      +------------+--------------------------------------+
      | id         | 5bbcc3c4-1da2-4437-a48a-66f15b1b13f9 |
      | members    |                                      |
      | name       | web                                  |
      | policy     | anti-affinity                        |
      | project_id | 6f70656e737461636b20342065766572     |
      | rules      | max_server_per_host='2'              |
      | user_id    | 9c9a2d3c1e6b4d3f8f0a1b2c3d4e5f60     |
      +------------+--------------------------------------+

      """)
  }

  @Test func listTableMatchesOpenstackclient() {
    assertEqualLines(
      TableRenderer.render(ServerGroup.listing([Self.web, Self.db], long: false, at: .v2_64)),
      """
      +--------------------------------------+------+---------------+
      | ID                                   | Name | Policy        |
      +--------------------------------------+------+---------------+
      | 5bbcc3c4-1da2-4437-a48a-66f15b1b13f9 | web  | anti-affinity |
      | 616fb98f-46ca-475e-917e-2563e5a8cd19 | db   | soft-affinity |
      +--------------------------------------+------+---------------+

      """)
  }

  @Test func emptyListPrintsOneEmptyLine() {
    #expect(TableRenderer.render(ServerGroup.listing([], long: false, at: .v2_64)) == "\n")
    #expect(MachineFormats.json(ServerGroup.listing([], long: false, at: .v2_64)) == "[]\n")
    #expect(MachineFormats.value(ServerGroup.listing([], long: false, at: .v2_64)) == "")
  }

  @Test func numbersAreRightAlignedAndWideCharactersCountTwice() {
    let listing = Listing(columns: ["Name", "RAM"], rows: [[.text("数据"), .int(512)], [.text("ab"), .int(8192)]])
    assertEqualLines(
      TableRenderer.render(listing),
      """
      +------+------+
      | Name |  RAM |
      +------+------+
      | 数据 |  512 |
      | ab   | 8192 |
      +------+------+

      """)
  }

  @Test func olderMicroversionsShowPolicies() {
    let record = Self.web.record(at: .v2_15)
    #expect(record.fields.map(\.name) == ["id", "members", "name", "policies", "project_id", "user_id"])
    #expect(ServerGroup.listing([Self.web], long: false, at: .v2_15).columns == ["ID", "Name", "Policies"])
    #expect(Self.web.record(at: .v2_1).fields.first { $0.name == "project_id" }?.value == Cell.none)
  }

  @Test func machineFormatsFollowCliff() {
    let record = Self.web.record(at: .v2_64)
    #expect(MachineFormats.json(record, indent: false).hasPrefix(#"{"id": "5bbcc3c4"#))
    #expect(MachineFormats.json(record).contains("\"rules\": {\n    \"max_server_per_host\": 2\n  }"))
    #expect(MachineFormats.yaml(record).contains("members: []\nname: web\n"))
    #expect(MachineFormats.yaml(record).contains("rules:\n  max_server_per_host: 2\n"))
    #expect(MachineFormats.value(record).contains("\n[]\nweb\nanti-affinity\n"))
    #expect(MachineFormats.value(record).contains("{'max_server_per_host': 2}\n"))
  }

  @Test(arguments: [
    ("web", "web"), ("", "''"), ("yes", "'yes'"), ("123", "'123'"), ("1.5", "'1.5'"), ("null", "'null'"),
    ("a: b", "'a: b'"), ("2026-01-01T00:00:00Z", "'2026-01-01T00:00:00Z'"), ("Blåbær", "\"Bl\\xE5b\\xE6r\""),
    ("it's", "it's"), ("-x", "-x"), ("*star", "'*star'"),
  ])
  func yamlQuotesLikePyYAML(_ text: String, _ expected: String) {
    #expect(YAMLWriter.document(.string(text)) == expected + "\n")
  }

  @Test func jsonEscapesNonASCIIAsPythonDoes() {
    #expect(MachineFormats.json(.string("Blåbær 😀"), indent: false) == "\"Bl\\u00e5b\\u00e6r \\ud83d\\ude00\"\n")
  }

  static let placement = Placement(
    hosts: [
      .init(
        name: "compute-1", vcpusUsed: 1, ramUsedMB: 2048, servers: [.init(name: "db-1", status: .active, group: 0)]),
      .init(
        name: "compute-2", isUp: false,
        servers: [.init(name: "a-very-long-server-name-indeed", status: .error, group: 1)]),
      .init(name: "compute-3", isEnabled: false),
      .init(name: "compute-4", isFilled: true, servers: [.init(name: "loner", status: .active)]),
      .init(name: "compute-5"),
    ],
    unplaced: [.init(name: "db-5", status: .error, group: 0)],
    groups: [.init(name: "DB Cluster", policy: .antiAffinity), .init(name: "web", policy: .affinity)])

  @Test(arguments: [80, 60, 40, 120])
  func diagramFitsTheWidthInPlainASCII(_ columns: Int) {
    let text = PlacementRenderer.render(Self.placement, style: RenderStyle(columns: columns, colors: false))
    for line in text.split(separator: "\n") {
      #expect(TextWidth.of(String(line)) <= columns, "too wide: \(line)")
      #expect(line.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 }, "not plain ASCII: \(line)")
    }
    for word in [
      "compute-5", "DOWN", "disabled", "full", "A db-1", "ERROR", "- loner", "On no host: A db-5 ERROR",
      "A = DB Cluster (anti-affinity)",
    ] {
      #expect(text.contains(word), "missing \(word)")
    }
  }

  @Test func theDiagramsOwnWordsFollowTheLanguage() {
    let text = PlacementRenderer.render(Self.placement, style: RenderStyle(columns: 80, language: .nb))
    for word in [
      "| oppe", "NEDE", "deaktivert", "| full", "(tom)", "På ingen vert: A db-5 ERROR",
      "Grupper: A = DB Cluster (anti-affinity)", "- = ingen gruppe",
    ] {
      #expect(text.contains(word), "missing \(word)")
    }
    for word in ["| up", "DOWN", "disabled", "(empty)", "On no host", "Groups"] {
      #expect(!text.contains(word), "English \(word) left in \(text)")
    }
    // Norwegian numbers use a decimal comma, as the lessons' prose does.
    #expect(text.contains("RAM 2/7,5 GB"), "\(text)")
    #expect(PlacementRenderer.render(Self.placement, style: RenderStyle(columns: 80)).contains("RAM 2/7.5 GB"))
    let empty = Placement(hosts: [.init(name: "compute-1")], groups: [])
    #expect(
      PlacementRenderer.render(empty, style: RenderStyle(language: .nb)).hasSuffix(
        "Grupper: ingen ennå (- = server uten gruppe)\n"))
    let rule = Placement(
      hosts: [.init(name: "compute-1")], groups: [.init(name: "Par", policy: .antiAffinity, maxServerPerHost: 2)])
    #expect(
      PlacementRenderer.render(rule, style: RenderStyle(language: .nb)).contains(
        "A = Par (anti-affinity, maks 2 per vert)"))
  }

  @Test func colouredDiagramUsesBoxDrawingAndKeepsItsWidth() {
    let text = PlacementRenderer.render(Self.placement, style: RenderStyle(columns: 80, colors: true))
    #expect(text.contains("┌") && text.contains("\u{1B}[31m"))
    for line in text.split(separator: "\n") { #expect(Ink.visibleWidth(String(line)) <= 80) }
  }

  @Test func traceSaysWhyInPlainWords() {
    let trace = SchedulingTrace(
      serverID: "s5", serverName: "db-5",
      group: GroupSummary(id: "g", name: "DB Cluster", policy: .antiAffinity, maxServerPerHost: nil), position: 1,
      requestSize: 1, chosenHost: nil, failure: Fault.noValidHostNotEnoughHosts,
      hosts: [
        HostVerdict(
          host: "compute-1", removedBy: "ServerGroupAntiAffinityFilter",
          reason: "already holds 1 member of DB Cluster, max 1"),
        HostVerdict(host: "compute-2", removedBy: "ComputeFilter", reason: "the compute service is down"),
      ])
    let why = "db-5 got no host, because compute-1 already holds a member of \"DB Cluster\""
    let text = TraceRenderer.render(trace, why: why, style: RenderStyle(columns: 200))
    #expect(text.contains("Why 'db-5' has no host"))
    #expect(text.contains("compute-1  ruled out by ServerGroupAntiAffinityFilter: already holds 1 member"))
    #expect(text.contains("compute-2  ruled out by ComputeFilter: the compute service is down"))
    #expect(
      text.hasSuffix(
        "\n\n\(why). It went to ERROR with the fault: No valid host was found. There are not enough hosts available.\n"
      ))
  }

  /// `why` in Norwegian: the renderer's own words and the debrief's sentence, weights with a decimal comma.
  @Test func traceSpeaksTheTutorsLanguage() {
    let trace = SchedulingTrace(
      serverID: "s1", serverName: "web-1",
      group: GroupSummary(id: "g", name: "web", policy: .antiAffinity, maxServerPerHost: 2), position: 2,
      requestSize: 3, chosenHost: "compute-2", failure: nil,
      hosts: [
        HostVerdict(host: "compute-1", removedBy: "ComputeFilter", reason: "the compute service is down"),
        HostVerdict(
          host: "compute-2", removedBy: nil, reason: "",
          weights: [WeightTerm(weigher: "RAMWeigher", raw: 1, normalized: 1, multiplier: 1.5)], score: 1.5),
      ])
    let text = TraceRenderer.render(trace, why: "setningen", style: RenderStyle(columns: 200, language: .nb))
    #expect(
      text == """
        Hvorfor «web-1» er på compute-2
        web-1 ble opprettet i gruppen «web», anti-affinity: høyst 2 medlemmer per vert. Den var server 2 av 3 som \
        ble opprettet med én forespørsel (--min/--max).

        Scheduleren så på 2 verter:
          compute-1  utelukket av ComputeFilter: the compute service is down
          compute-2  besto alle filtrene, vekt 1,50
                     (RAMWeigher +1,50)

        setningen.

        """)
  }

  /// What python-openstackclient 10.5 printed for `server show` against `sgtutor serve`.
  @Test func embeddedFlavorReadsAsTheRealCLIPrintsIt() {
    let flavor = Flavor(id: "2", name: "m1.small", vcpus: 1, ramMB: 2048, diskGB: 20)
    #expect(
      Server.flavorCell(flavor, id: "2").human
        == "description=, disk='20', ephemeral='0', , id='m1.small', is_disabled=, is_public='True', location=, "
        + "name='m1.small', original_name='m1.small', ram='2048', rxtx_factor=, swap='0', vcpus='1'")
  }

  @Test func sdkErrorNamesFollowTheStatus() {
    let url = "http://controller:8774/v2.1/os-server-groups"
    #expect(
      ShellError.api(.forbidden("Quota exceeded, too many server groups."), url: url).description
        == "ForbiddenException: 403: Client Error for url: \(url), Quota exceeded, too many server groups.")
    #expect(ShellError.api(.notFound("x"), url: url).description.hasPrefix("NotFoundException: 404: Client Error"))
    #expect(ShellError.api(.conflict("x"), url: url).description.hasPrefix("ConflictException: 409"))
    #expect(
      ShellError.api(.other(status: 500, "boom"), url: url).description.hasPrefix(
        "HttpException: 500: Server Error for url"))
  }
}
