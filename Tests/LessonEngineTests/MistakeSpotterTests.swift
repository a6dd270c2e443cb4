import LessonEngine
import ServerGroupsCore
import Testing

/// The mistakes every lesson recognises, and a step's own `wrong:` lines with `because:`, answered in the
/// domain's words with the way to undo them.
@Suite struct MistakeSpotterTests {
  static let launchStep = LessonStep(
    title: "Launch", line: 1, checks: [.activeMembers(group: "DB Cluster", count: 1)],
    solution: [try! Template.parse(#"server create --flavor m1.small --server-group "DB Cluster" db-1"#)])
  static let failStep = LessonStep(
    title: "Fail", line: 1, checks: [.membersOnDownHosts(group: "DB Cluster", count: 1)],
    solution: [try! Template.parse("host fail {host of db-1}")])

  func spot(
    _ step: LessonStep, _ line: String, succeeded: Bool = true, before: StateBuilder, after: StateBuilder,
    language: Language = .en
  ) -> String? {
    let argv = line.split(separator: " ").map(String.init)
    return MistakeSpotter(
      step: step, argv: argv, succeeded: succeeded, before: before.state, after: after.state, language: language
    ).message()
  }

  @Test func aServerCreatedWithoutItsGroup() {
    let before = StateBuilder.dbCluster(members: 0)
    var after = before
    after.server("db-1", on: "compute-1")
    #expect(
      spot(Self.launchStep, "server create --flavor m1.small db-1", before: before, after: after)
        == "db-1 is in no group: a server joins a group only when it is created. Delete it (`server delete db-1`)"
        + " and create it again with `--server-group \"DB Cluster\"`.")
    let norwegian = spot(Self.launchStep, "server create db-1", before: before, after: after, language: .nb)
    #expect(norwegian?.hasPrefix("db-1 er ikke med i noen gruppe") == true)
    // With the group, nothing to say.
    var right = before
    right.server("db-1", in: "DB Cluster", on: "compute-1")
    #expect(
      spot(Self.launchStep, #"server create --server-group "DB Cluster" db-1"#, before: before, after: right) == nil)
  }

  @Test func aGroupCreatedTwice() {
    let before = StateBuilder.dbCluster(members: 0)
    var after = before
    after.group("DB Cluster", .antiAffinity)
    #expect(
      spot(Self.launchStep, "server group create --policy anti-affinity DB", before: before, after: after)
        == "There are now 2 groups named \"DB Cluster\": Nova lets names repeat, and then the name no longer says"
        + " which group you mean. Delete the new one by its ID: `server group delete group-2`.")
  }

  @Test func aGroupDeletedInsteadOfItsServers() {
    let before = StateBuilder.dbCluster(members: 2)
    var after = before
    after.removeGroup("DB Cluster")
    #expect(
      spot(Self.launchStep, "server group delete DB", before: before, after: after)
        == "The group \"DB Cluster\" is gone, but db-1 and db-2 are still there: deleting a group never deletes its"
        + " servers, and they now belong to no group. To undo, create it again:"
        + " `server group create --policy anti-affinity \"DB Cluster\"`.")
  }

  @Test func theWrongHostFailed() {
    let before = StateBuilder.dbCluster(members: 3)
    var after = before
    after.fail("compute-4")
    #expect(
      spot(Self.failStep, "host fail compute-4", before: before, after: after)
        == "compute-4 holds no member of \"DB Cluster\", so its failure costs the group nothing. Bring it back with"
        + " `host recover compute-4` and fail a host that holds one: compute-1, compute-2 and compute-3.")
    // Failing a member's host is what the step asks.
    var right = before
    right.fail("compute-1")
    #expect(spot(Self.failStep, "host fail compute-1", before: before, after: right) == nil)
  }

  @Test func aNameWithASpaceWithoutQuotes() {
    let state = StateBuilder.dbCluster(members: 0)
    #expect(
      spot(Self.launchStep, "server group show DB Cluster", succeeded: false, before: state, after: state)
        == "A name with a space needs quotes: \"DB Cluster\". Without them the shell reads DB and Cluster as"
        + " separate arguments.")
  }

  @Test func aHintWithTheGroupsName() {
    let before = StateBuilder.dbCluster(members: 0)
    let message = spot(
      Self.launchStep, "server create --flavor m1.small --hint group=Pack db-1", succeeded: false,
      before: before, after: before)
    #expect(message?.hasPrefix("`--hint group=` takes the group's ID, not its name") == true)
    #expect(
      spot(
        Self.launchStep, "server create --hint group=group-1 db-1", succeeded: false, before: before, after: before)
        == nil)
  }

  @Test func aWrongLineIsAnsweredByItsBecauseFilledFromTheNewState() throws {
    var step = Self.launchStep
    step.wrongCommands = [try Template.parse(#"server group create "DB Cluster""#)]
    step.wrongBecause = [try Template.parse("Without --policy it is {policy of DB Cluster}.")]
    let before = StateBuilder()
    var after = before
    after.group("DB Cluster", .affinity)
    #expect(
      spot(step, "server group create DB", before: before, after: after) == nil,
      "another command is not that mistake")
    let argv = ["server", "group", "create", "DB Cluster"]
    let message = MistakeSpotter(
      step: step, argv: argv, succeeded: true, before: before.state, after: after.state, language: .en
    ).message()
    #expect(message == "Without --policy it is affinity.")
  }

  @Test func aLineOfTheSolutionIsNeverAMistake() throws {
    var step = Self.launchStep
    step.wrongCommands = step.solution
    step.wrongBecause = [try Template.parse("Half done.")]
    let state = StateBuilder.dbCluster(members: 0)
    #expect(
      MistakeSpotter(
        step: step, argv: ["server", "create", "--flavor", "m1.small", "--server-group", "DB Cluster", "db-1"],
        succeeded: true, before: state.state, after: state.state, language: .en
      ).message() == nil)
  }
}
