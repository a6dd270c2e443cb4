import Shell
import Testing

@Suite struct CompleterTests {
  let completer = ShellCompleter(
    names: NameCache(
      NameCache.Names(
        groups: ["DB Cluster", "web", "it's"], servers: ["db-1", "db-2"], flavors: ["m1.tiny", "m1.small"],
        images: ["cirros", "ubuntu-24.04"], networks: ["private"], hosts: ["compute-1", "compute-2"])))

  struct Case: CustomTestStringConvertible, Sendable {
    var line: String
    var replacing: Int
    var candidates: [String]
    var testDescription: String { line.isEmpty ? "(empty)" : line }
  }

  static let cases: [Case] = [
    Case(line: #"server group show "DB Cl"#, replacing: 6, candidates: [#""DB Cluster""#]),
    Case(line: "server group show 'DB", replacing: 3, candidates: ["'DB Cluster'"]),
    Case(line: "server group show DB", replacing: 2, candidates: [#""DB Cluster""#]),
    Case(line: "server group show ", replacing: 0, candidates: [#""DB Cluster""#, "web", #""it's""#]),
    Case(line: "server group delete web ", replacing: 0, candidates: [#""DB Cluster""#, "web", #""it's""#]),
    Case(line: "ser", replacing: 3, candidates: ["server"]),
    Case(line: "server g", replacing: 1, candidates: ["group"]),
    Case(line: "openstack server group c", replacing: 1, candidates: ["create"]),
    Case(line: "server group create web --po", replacing: 4, candidates: ["--policy"]),
    Case(
      line: "server group create web --policy s", replacing: 1, candidates: ["soft-affinity", "soft-anti-affinity"]),
    Case(line: "server create --flavor m1.s", replacing: 4, candidates: ["m1.small"]),
    Case(line: "server create --image u", replacing: 1, candidates: ["ubuntu-24.04"]),
    Case(line: "server create --network ", replacing: 0, candidates: ["private"]),
    Case(line: "server create --server-group w", replacing: 1, candidates: ["web"]),
    Case(
      line: "server create --hint gr", replacing: 2,
      candidates: [#""group=DB Cluster""#, "group=web", #""group=it's""#]),
    Case(line: "server create --nic a", replacing: 1, candidates: ["auto"]),
    Case(line: "server show db", replacing: 2, candidates: ["db-1", "db-2"]),
    Case(line: "why db-2", replacing: 4, candidates: ["db-2"]),
    Case(line: "host fail c", replacing: 1, candidates: ["compute-1", "compute-2"]),
    Case(line: "explain anti", replacing: 4, candidates: ["anti-affinity"]),
    Case(line: "server group list -f y", replacing: 1, candidates: ["yaml"]),
    Case(line: "set d", replacing: 1, candidates: ["diagram"]),
    Case(line: "set diagram o", replacing: 1, candidates: ["on", "off"]),
    Case(line: "help server gr", replacing: 2, candidates: ["group"]),
    Case(line: "server group list x", replacing: 0, candidates: []),
    Case(line: "nosuch ", replacing: 0, candidates: []),
  ]

  @Test(arguments: cases)
  func completes(_ testCase: Case) {
    let completion = completer.complete(testCase.line)
    #expect(completion.candidates == testCase.candidates)
    if !testCase.candidates.isEmpty { #expect(completion.replacing == testCase.replacing) }
  }

  @Test func completingAQuotedNameGivesBackTheName() throws {
    let line = #"server group show "DB Cl"#
    let completion = completer.complete(line)
    let candidate = try #require(completion.candidates.first)
    let completed = String(line.dropLast(completion.replacing)) + candidate
    #expect(try Tokenizer.split(completed) == ["server", "group", "show", "DB Cluster"])
  }
}
