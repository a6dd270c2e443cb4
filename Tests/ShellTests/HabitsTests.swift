import LessonEngine
import ServerGroupsCore
import Shell
import Testing

/// The small habits of a patient teacher: the learner's own cloud can be seen as its admin, and refusals say how.
@Suite struct HabitsTests {
  @Test func theLearnerCanTakeTheAdminsViewAndGoBack() async {
    var shell = ShellHarness()
    let refused = await shell.line("hypervisor list")
    #expect(refused.outcome == .failed)
    #expect(refused.output.contains("stderr: hint: this needs admin; type `set role admin`"))

    let switched = await shell.line("set role admin")
    #expect(switched.output.contains("You now see the simulated cloud as its admin"))
    let listed = await shell.line("hypervisor list -f value -c \"Hypervisor Hostname\"")
    #expect(listed.outcome == .succeeded)
    #expect(listed.output.contains("compute-1"))
    #expect(await shell.line("set").output.hasSuffix("role admin\n"))

    _ = await shell.line("set role member")
    #expect(await shell.line("hypervisor list").outcome == .failed)
    #expect(await shell.line("set").output.hasSuffix("role member\n"))
  }

  @Test func setRoleTakesOnlyAdminOrMember() async {
    var shell = ShellHarness()
    let wrong = await shell.line("set role root")
    #expect(wrong.outcome == .failed)
    #expect(wrong.output.contains("The value 'root' is invalid for '<admin|member>'"))
  }
}

/// `--plain` and `TERM=dumb`: the diagram told as sentences, with no box drawing.
@Suite struct PlainDiagramTests {
  @Test func theDiagramIsSentencesAndADownHostsServersAreUnreachable() async {
    var shell = ShellHarness(plain: true)
    _ = await shell.line(#"server group create --policy anti-affinity "DB Cluster""#)
    _ = await shell.line(
      #"server create --flavor m1.small --image cirros --network private --server-group "DB Cluster" db-1"#)
    let failed = await shell.line("host fail compute-1")
    #expect(!failed.output.contains("+--"))
    #expect(!failed.output.contains("|"))
    #expect(failed.output.contains("compute-1, DOWN: db-1 of DB Cluster (unreachable)."))
    #expect(failed.output.contains("compute-2, up: no servers."))
    #expect(failed.output.contains("DB Cluster: anti-affinity."))
  }

  @Test func termDumbMeansPlain() {
    #expect(StandardConsole(environment: ["TERM": "dumb"]).plain)
    #expect(!StandardConsole(environment: ["TERM": "xterm"]).plain)
    #expect(StandardConsole(environment: ["TERM": "xterm"], plain: true).plain)
  }
}

/// A server on a DOWN host looks unreachable in the boxes too, not like a live one.
@Suite struct UnreachableMarkTests {
  @Test func serversOnADownHostAreMarkedAndTheLegendSaysWhy() {
    let placement = Placement(
      hosts: [
        Placement.Host(name: "compute-1", isUp: false, servers: [Placement.Entry(name: "db-1", status: .active)]),
        Placement.Host(name: "compute-2", servers: [Placement.Entry(name: "db-2", status: .active)]),
      ])
    let text = PlacementRenderer.render(placement, style: RenderStyle(columns: 80))
    #expect(text.contains("| - db-1 !"))
    #expect(text.contains("| - db-2 ") && !text.contains("db-2 !"))
    #expect(text.contains("! = unreachable: its host is DOWN"))
    let norwegian = PlacementRenderer.render(placement, style: RenderStyle(columns: 80, language: .nb))
    #expect(norwegian.contains("! = utilgjengelig: verten er NEDE"))
  }
}
