import LineEditing
import Shell
import Testing

@Suite struct TabCompletionPlanTests {
  @Test func uniqueCandidateExtendsTheWordAndAddsASpace() throws {
    let plan = try #require(
      TabCompletionPlan(
        Completion(replacing: 3, candidates: ["server"]), lineBeforeCursor: "ser", spaceFollows: false))
    #expect(plan == TabCompletionPlan(deleteScalars: 0, insert: "ver ", listing: []))
  }

  @Test func quotedNameWithASpaceIsCompletedWhole() throws {
    let line = "server group show \"DB Cl"
    let plan = try #require(
      TabCompletionPlan(
        Completion(replacing: 6, candidates: ["\"DB Cluster\""]), lineBeforeCursor: line, spaceFollows: false))
    #expect(plan == TabCompletionPlan(deleteScalars: 0, insert: "uster\" ", listing: []))
  }

  @Test func replacementThatDoesNotExtendTheWordDeletesIt() throws {
    // The completer may match case-insensitively: "db" becomes "\"DB Cluster\"".
    let plan = try #require(
      TabCompletionPlan(
        Completion(replacing: 2, candidates: ["\"DB Cluster\""]), lineBeforeCursor: "show db", spaceFollows: false))
    #expect(plan == TabCompletionPlan(deleteScalars: 2, insert: "\"DB Cluster\" ", listing: []))
  }

  @Test func deletionCountsUnicodeScalarsNotCharacters() throws {
    // "e\u{301}" is one Character but two scalars, and libedit's buffer holds scalars.
    let plan = try #require(
      TabCompletionPlan(
        Completion(replacing: 2, candidates: ["caf"]), lineBeforeCursor: "x ce\u{301}", spaceFollows: false))
    #expect(plan.deleteScalars == 3)
  }

  @Test(arguments: ["max_server_per_host=", "net-id=", "dir/"])
  func noSpaceAfterWordsThatExpectMore(_ word: String) throws {
    let plan = try #require(
      TabCompletionPlan(Completion(replacing: 1, candidates: [word]), lineBeforeCursor: "x", spaceFollows: false))
    #expect(!plan.insert.hasSuffix(" "))
  }

  @Test func noSecondSpaceWhenOneFollows() throws {
    let plan = try #require(
      TabCompletionPlan(Completion(replacing: 3, candidates: ["list"]), lineBeforeCursor: "lis", spaceFollows: true))
    #expect(plan.insert == "t")
  }

  @Test func severalCandidatesInsertTheirCommonPrefixAndAreListed() throws {
    let candidates = ["\"DB Cluster\"", "\"DB Clone\""]
    let plan = try #require(
      TabCompletionPlan(
        Completion(replacing: 2, candidates: candidates), lineBeforeCursor: "show \"D", spaceFollows: false))
    #expect(plan == TabCompletionPlan(deleteScalars: 0, insert: "B Cl", listing: candidates))
  }

  @Test func severalCandidatesWithNoLongerPrefixOnlyList() throws {
    let plan = try #require(
      TabCompletionPlan(
        Completion(replacing: 4, candidates: ["affinity", "anti-affinity"]), lineBeforeCursor: "--policy a",
        spaceFollows: false))
    // "a" typed, but the completer said replacing 4 ("cy a"): clamp to what the prefix supports, never shrink.
    #expect(plan.listing == ["affinity", "anti-affinity"])
    #expect(plan.deleteScalars == 0 && plan.insert.isEmpty)
  }

  @Test func duplicateCandidatesCountOnce() throws {
    let plan = try #require(
      TabCompletionPlan(
        Completion(replacing: 1, candidates: ["show", "show"]), lineBeforeCursor: "s", spaceFollows: false))
    #expect(plan == TabCompletionPlan(deleteScalars: 0, insert: "how ", listing: []))
  }

  @Test func nothingToOfferRingsTheBell() {
    #expect(TabCompletionPlan(.none, lineBeforeCursor: "zz", spaceFollows: false) == nil)
    #expect(
      TabCompletionPlan(Completion(replacing: 1, candidates: [""]), lineBeforeCursor: "z", spaceFollows: false) == nil)
  }

  @Test func replacingMoreThanTheLineIsClamped() throws {
    let plan = try #require(
      TabCompletionPlan(Completion(replacing: 99, candidates: ["help"]), lineBeforeCursor: "he", spaceFollows: false))
    #expect(plan == TabCompletionPlan(deleteScalars: 0, insert: "lp ", listing: []))
  }

  @Test(arguments: [
    (["server", "service"], "serv"), (["server", "set"], "se"), (["a", "b"], ""),
    (["Bådø", "Bådø klynge"], "Bådø"), ([], ""), (["x"], "x"),
  ])
  func commonPrefix(_ words: [String], _ prefix: String) {
    #expect(TabCompletionPlan.commonPrefix(words) == prefix)
  }
}
