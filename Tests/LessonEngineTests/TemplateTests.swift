import LessonEngine
import ServerGroupsCore
import Testing

/// Placeholders filled from the learner's own cloud, and the "why" sentences built from scheduler traces.
@Suite struct TemplateTests {
  static func render(_ text: String, _ state: CloudState, _ language: Language = .en) throws
    -> String
  {
    try Template.parse(text).render(state: state, language: language)
  }

  /// db-1..db-3 on compute-1..3, with the trace the simulator would give db-3.
  static func clusterWithTrace() -> CloudState {
    var builder = StateBuilder.dbCluster(members: 3)
    let group = GroupSummary(
      id: "group-1", name: "DB Cluster", policy: .antiAffinity, maxServerPerHost: nil)
    builder.traces["server-3"] = SchedulingTrace(
      serverID: "server-3", serverName: "db-3", group: group, position: 1, requestSize: 1,
      chosenHost: "compute-3",
      failure: nil,
      hosts: [
        HostVerdict(
          host: "compute-1", removedBy: "ServerGroupAntiAffinityFilter",
          reason: "already holds 1 member"),
        HostVerdict(
          host: "compute-2", removedBy: "ServerGroupAntiAffinityFilter",
          reason: "already holds 1 member"),
        HostVerdict(host: "compute-3", removedBy: nil, reason: "passed", score: 3),
        HostVerdict(host: "compute-4", removedBy: nil, reason: "passed", score: 3),
      ])
    return builder.state
  }

  @Test func whyNamesTheHostsTheFilterRemoved() throws {
    let state = Self.clusterWithTrace()
    #expect(
      try Self.render("{why db-3}", state)
        == #"db-3 went to compute-3 because compute-1 and compute-2 already hold members of "DB Cluster""#
    )
    #expect(
      try Self.render("{why last of DB Cluster}", state, .nb)
        == "db-3 havnet på compute-3 fordi compute-1 og compute-2 allerede har medlemmer av «DB Cluster»"
    )
  }

  @Test func whyExplainsARefusalHostByHost() throws {
    var builder = StateBuilder.dbCluster(members: 4)
    let id = builder.refused("db-5", in: "DB Cluster")
    builder.fill("compute-4")
    let group = GroupSummary(
      id: "group-1", name: "DB Cluster", policy: .antiAffinity, maxServerPerHost: nil)
    builder.traces[id] = SchedulingTrace(
      serverID: id, serverName: "db-5", group: group, position: 1, requestSize: 1, chosenHost: nil,
      failure: Fault.noValidHostNotEnoughHosts,
      hosts: (1...3).map {
        HostVerdict(host: "compute-\($0)", removedBy: "ServerGroupAntiAffinityFilter", reason: "")
      }
        + [HostVerdict(host: "compute-4", removedBy: "Placement", reason: "not enough room")])
    #expect(
      try Self.render("{why error of DB Cluster}", builder.state)
        == #"db-5 got no host, because compute-1, compute-2 and compute-3 already hold members of "DB Cluster", and compute-4 had no room"#
    )
    #expect(try Self.render("{fault of db-5}", builder.state) == Fault.noValidHostNotEnoughHosts)
  }

  @Test func whyForAServerThatFailedWithItsRequest() throws {
    var builder = StateBuilder()
    builder.group("Big", .antiAffinity)
    let id = builder.refused("big-1", in: "Big")
    builder.traces[id] = SchedulingTrace(
      serverID: id, serverName: "big-1", group: nil, position: 1, requestSize: 5, chosenHost: nil,
      failure: Fault.noValidHostNotEnoughHosts, hosts: [], failedWithRequest: true)
    #expect(
      try Self.render("{why first of Big}", builder.state).hasPrefix(
        "big-1 was not placed: another server"))
  }

  @Test func whyForAnAffinityMemberAndASoftPlacement() throws {
    var builder = StateBuilder()
    builder.group("Pair", .affinity)
    builder.server("web-1", in: "Pair", on: "compute-1")
    let second = builder.server("web-2", in: "Pair", on: "compute-1")
    let group = GroupSummary(id: "group-1", name: "Pair", policy: .affinity, maxServerPerHost: nil)
    builder.traces[second] = SchedulingTrace(
      serverID: second, serverName: "web-2", group: group, position: 1, requestSize: 1,
      chosenHost: "compute-1",
      failure: nil,
      hosts: [HostVerdict(host: "compute-1", removedBy: nil, reason: "", score: 2)]
        + (2...4).map {
          HostVerdict(host: "compute-\($0)", removedBy: "ServerGroupAffinityFilter", reason: "")
        })
    builder.group("Pack", .softAffinity)
    let pack = builder.server("pack-1", in: "Pack", on: "compute-2")
    builder.traces[pack] = SchedulingTrace(
      serverID: pack, serverName: "pack-1", group: nil, position: 1, requestSize: 1,
      chosenHost: "compute-2",
      failure: nil,
      hosts: [
        HostVerdict(
          host: "compute-2", removedBy: nil, reason: "",
          weights: [
            WeightTerm(
              weigher: "ServerGroupSoftAffinityWeigher", raw: 1, normalized: 1, multiplier: 1)
          ],
          score: 2.5)
      ])
    #expect(
      try Self.render("{why web-2}", builder.state)
        == #"web-2 went to compute-1 because affinity keeps every member of "Pair" on compute-1, so compute-2, compute-3 and compute-4 may not take it"#
    )
    #expect(
      try Self.render("{why pack-1}", builder.state, .nb)
        == "pack-1 havnet på compute-2: ingen vert ble utelukket, og med ServerGroupSoftAffinityWeigher medregnet veide compute-2 tyngst (poengsum 2,50)"
    )
  }

  /// The region's own facts, never a number written into the lesson: count, names (a range when numbered in a
  /// row) and size (sizes that differ joined by "or"), in both languages.
  @Test func regionPlaceholdersComeFromTheHosts() throws {
    let four = StateBuilder().state
    #expect(try Self.render("{host count}", four) == "4")
    #expect(try Self.render("{host names}", four) == "compute-1 to compute-4")
    #expect(try Self.render("{host names}", four, .nb) == "compute-1 til compute-4")
    #expect(try Self.render("{host size}", four) == "4 vCPUs, 7680 MB of RAM and 1028 GB of disk")
    #expect(try Self.render("{host size}", four, .nb) == "4 vCPU-er, 7680 MB RAM og 1028 GB disk")
    #expect(try Self.render("{host ram}", four) == "7680 MB")
    var mixed = four
    mixed.hosts = [four.hosts[0], four.hosts[2]]
    mixed.hosts[1].ramMB = 15360
    #expect(try Self.render("{host count}", mixed) == "2")
    #expect(try Self.render("{host names}", mixed) == "compute-1 and compute-3")
    #expect(
      try Self.render("{host size}", mixed)
        == "4 vCPUs, 7680 MB of RAM and 1028 GB of disk or 4 vCPUs, 15360 MB of RAM and 1028 GB of disk")
    #expect(try Self.render("{host ram}", mixed) == "15360 MB")
    let none = CloudState(isSimulator: false)
    #expect(try Self.render("{host count}", none) == Messages.text(.unknownValue, in: .en))
  }

  @Test func groupPlaceholdersDescribeThePlacement() throws {
    var builder = StateBuilder.dbCluster(members: 3)
    builder.fail("compute-2")
    builder.refused("db-4", in: "DB Cluster")
    let state = builder.state
    #expect(
      try Self.render("{placement of DB Cluster}", state)
        == "db-1 on compute-1, db-2 on compute-2, db-3 on compute-3 and db-4 in ERROR")
    #expect(try Self.render("{hosts of DB Cluster}", state) == "compute-1, compute-2 and compute-3")
    #expect(try Self.render("{counts of DB Cluster}", state) == "1/1/1")
    #expect(try Self.render("{members of DB Cluster}", state, .nb) == "db-1, db-2, db-3 og db-4")
    #expect(
      try Self.render("{survivors of DB Cluster}", state)
        == "db-1 on compute-1 and db-3 on compute-3")
    #expect(try Self.render("{lost of DB Cluster}", state) == "db-2 on compute-2")
    #expect(try Self.render("{down hosts}", state) == "compute-2")
    #expect(try Self.render("{empty hosts of DB Cluster}", state) == "compute-4")
    #expect(try Self.render("{policy of DB Cluster}", state) == "anti-affinity")
    #expect(try Self.render("{host of db-3}", state) == "compute-3")
    #expect(try Self.render("{host of db-4}", state) == "ERROR")
  }

  @Test func unknownNamesAndMissingStateAreSaidPlainly() throws {
    #expect(try Self.render("{host of nobody}", .empty) == "(unknown)")
    #expect(try Self.render("{placement of Nope}", .empty, .nb) == "(ukjent)")
    #expect(try Template.parse("on {host of db-1}").render(state: nil, language: .en) == "on …")
  }

  @Test func sourceRoundTripsThroughParse() throws {
    let text = "Move {lost of DB Cluster} to {empty hosts of DB Cluster}; {{literal}."
    let template = try Template.parse(text)
    #expect(template.source == text)
    #expect(template.render(state: .empty, language: .en).hasSuffix("; {literal}."))
  }
}
