import LessonEngine
import ServerGroupsCore
import Testing

@Suite struct LessonParserTests {
  @Test func parsesEveryPartOfAStep() throws {
    let lesson = try LessonFixtures.parse(LessonFixtures.minimal)
    #expect(lesson.id == "02-test")
    #expect(lesson.language == .en)
    #expect(lesson.number == 2)
    #expect(lesson.title == "Create a group")
    #expect(lesson.requirement == .any)
    #expect(lesson.introduction.source == "Intro text.")
    let step = try #require(lesson.steps.first)
    #expect(lesson.steps.count == 1)
    #expect(step.title == "Create it")
    #expect(step.line == 9)
    #expect(step.narrative.source == "Make the group.")
    #expect(
      step.tryCommands.map(\.source) == [
        #"server group create --policy anti-affinity "DB Cluster""#
      ])
    #expect(
      step.checks == [
        .groupExists(name: "DB Cluster", policy: .antiAffinity, maxServerPerHost: nil)
      ])
    #expect(step.hints.map(\.source) == ["Use --policy.", "The name goes last."])
    #expect(
      step.solution.map(\.source) == [#"server group create --policy anti-affinity "DB Cluster""#])
    #expect(
      step.debrief.pieces == [
        .text("Policy is "), .placeholder(.policy(group: "DB Cluster")), .text("."),
      ])
  }

  @Test func readsBecauseLinesUnderTheirWrongLines() throws {
    let text = LessonFixtures.minimal.replacing(
      "solution: server group create --policy anti-affinity \"DB Cluster\"\n",
      with: """
        solution: server group create --policy anti-affinity "DB Cluster"
        wrong: server group create "DB Cluster"
        because: Without --policy it is {policy of DB Cluster};
          delete it and create it again.
        wrong: server group list

        """)
    let step = try #require(try LessonFixtures.parse(text).steps.first)
    #expect(step.wrongCommands.map(\.source) == [#"server group create "DB Cluster""#, "server group list"])
    #expect(
      step.wrongBecause.map(\.source) == [
        "Without --policy it is {policy of DB Cluster}; delete it and create it again.", "",
      ])
  }

  @Test func aBecauseLineWithoutAWrongLineIsReported() throws {
    let text = LessonFixtures.minimal.replacing("hint: Use --policy.\n", with: "because: Stray.\n")
    #expect(throws: LessonParseError.self) { try LessonFixtures.parse(text) }
  }

  @Test func readsNorwegianFromTheFolderAndSetupFromTheFrontMatter() throws {
    let text = LessonFixtures.minimal.replacing(
      "requires: any\n", with: "setup:\n  - server list\n  - hosts\n")
    let lesson = try LessonFixtures.parse(text, path: "lessons/nb/02-test.md")
    #expect(lesson.language == .nb)
    #expect(lesson.requirement == .simulator)
    #expect(lesson.setup == ["server list", "hosts"])
  }

  @Test func acceptsNorwegianHeadingsIndentedHintsAndGoalPictures() throws {
    let text = """
      ---
      title: Lag gruppen
      number: 2
      ---
      ## Steg 1: Lag den
      ```goal
      A A
      down A
      ```
      check: groupAbsent(name: x)
      hint: første linje
        fortsetter her
      solution: server group delete x
      ### Oppsummering
      Ferdig.
      """
    let step = try #require(try LessonFixtures.parse(text, path: "lessons/nb/02-x.md").steps.first)
    #expect(step.title == "Lag den")
    #expect(step.goalPicture == "A A\ndown A")
    #expect(step.hints.map(\.source) == ["første linje fortsetter her"])
    #expect(step.debrief.source == "Ferdig.")
  }

  @Test func keepsOtherCodeBlocksAndJSONBracesAsText() throws {
    let text = LessonFixtures.minimal.replacing(
      "Make the group.", with: "Body:\n```text\n{\"policy\": \"anti-affinity\"}\n```")
    let step = try #require(try LessonFixtures.parse(text).steps.first)
    #expect(step.narrative.source == "Body:\n```text\n{{\"policy\": \"anti-affinity\"}\n```")
    #expect(
      step.narrative.render(state: nil, language: .en)
        == "Body:\n```text\n{\"policy\": \"anti-affinity\"}\n```")
  }

  @Test func aStepWithoutChecksIsAReadingStep() throws {
    let text = """
      ---
      title: Read
      number: 1
      ---
      ## Step: Just read
      Some text.
      """
    let step = try #require(
      try LessonFixtures.parse(text, path: "lessons/en/01-read.md").steps.first)
    #expect(step.isReading)
    #expect(step.title == "Just read")
  }

  @Test func aStepMaySaySomethingElseOnARealCloud() throws {
    let text = LessonFixtures.minimal + "\n\n### On a real cloud\n\nOn your cloud: {policy of DB Cluster}.\n"
    let step = try #require(try LessonFixtures.parse(text).steps.first)
    #expect(step.debrief.source == "Policy is {policy of DB Cluster}.")
    #expect(step.realCloudDebrief.source == "On your cloud: {policy of DB Cluster}.")
    let norwegian = text.replacing("### On a real cloud", with: "### I en ekte sky")
    #expect(
      try LessonFixtures.parse(norwegian, path: "lessons/nb/02-test.md").steps.first?.realCloudDebrief
        == step.realCloudDebrief)
  }

  /// One broken lesson and the diagnostic it must produce.
  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var path = "lessons/en/02-test.md"
    var expected: String
    /// When false, other diagnostics may accompany the expected one.
    var only = true
    var testDescription: String { name }
  }

  static func edit(_ old: String, _ new: String) -> String {
    LessonFixtures.minimal.replacing(old, with: new)
  }

  static let checkLine = #"check: groupExists(name: "DB Cluster", policy: anti-affinity)"#

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      name: "unknown check with a near miss",
      text: edit(checkLine, #"check: membersOnDistinctHost(group: "DB Cluster", count: 3)"#),
      expected:
        "lessons/en/02-test.md:17: unknown check `membersOnDistinctHost`; did you mean `membersOnDistinctHosts`?"
    ),
    ErrorCase(
      name: "because without a wrong line", text: edit("hint: Use --policy.", "because: Stray."),
      expected:
        "lessons/en/02-test.md:18: `because:` explains the `wrong:` line right above it; put it after one"),
    ErrorCase(
      name: "answer without a predict line", text: edit("hint: Use --policy.", "answer: 2"),
      expected:
        "lessons/en/02-test.md:18: `answer:` gives the cloud's answer to the `predict:` line above it; put it after one"
    ),
    ErrorCase(
      name: "goal block with a host name", text: edit("Make the group.", "```goal\nA\ncompute-1: db-1\n```"),
      expected:
        "lessons/en/02-test.md:13: `compute-1:` in a `goal` block; write group letters (`A A`), `down`, `-` or"
        + " `error: A`, one host a line"),
    ErrorCase(
      name: "unknown check far from any", text: edit(checkLine, "check: frobnicate()"),
      expected: "lessons/en/02-test.md:17: unknown check `frobnicate`"),
    ErrorCase(
      name: "unknown argument", text: edit(#"(name: "DB"#, #"(nme: "DB"#),
      expected:
        "lessons/en/02-test.md:17: unknown argument `nme` for check `groupExists`; did you mean `name`?"
    ),
    ErrorCase(
      name: "misspelt policy", text: edit("policy: anti-affinity)", "policy: anti-afinity)"),
      expected:
        "lessons/en/02-test.md:17: unknown policy `anti-afinity`; did you mean `anti-affinity`?"),
    ErrorCase(
      name: "missing required argument",
      text: edit(checkLine, "check: groupExists(policy: affinity)"),
      expected: "lessons/en/02-test.md:17: check `groupExists` needs the argument `name`"),
    ErrorCase(
      name: "count that is not a number",
      text: edit(checkLine, "check: activeMembers(group: x, count: three)"),
      expected:
        "lessons/en/02-test.md:17: argument `count` of check `activeMembers` must be a whole number, not `three`"
    ),
    ErrorCase(
      name: "counts not largest first",
      text: edit(checkLine, "check: placementCounts(group: x, counts: 1/3/1/1)"),
      expected:
        "lessons/en/02-test.md:17: argument `counts` of check `placementCounts` lists the largest count first; write `3/1/1/1`"
    ),
    ErrorCase(
      name: "unclosed call", text: edit("anti-affinity)\nhint", "anti-affinity\nhint"),
      expected:
        "lessons/en/02-test.md:17: expected `,` or `)` after the value of `policy` in check `groupExists`"
    ),
    ErrorCase(
      name: "argument given twice", text: edit(checkLine, "check: groupAbsent(name: a, name: b)"),
      expected: "lessons/en/02-test.md:17: argument `name` given twice in check `groupAbsent`"),
    ErrorCase(
      name: "empty check line", text: edit(checkLine, "check:"),
      expected: "lessons/en/02-test.md:17: `check:` needs something after it", only: false),
    ErrorCase(
      name: "misspelt directive", text: edit("check: groupExists", "chek: groupExists"),
      expected: "lessons/en/02-test.md:17: unknown directive `chek:`; did you mean `check:`?",
      only: false),
    ErrorCase(
      name: "misspelt placeholder", text: edit("{policy of DB Cluster}", "{polcy of DB Cluster}"),
      expected:
        "lessons/en/02-test.md:24: unknown placeholder `{polcy of DB Cluster}`; did you mean `policy of`?"
    ),
    ErrorCase(
      name: "placeholder without its argument", text: edit("{policy of DB Cluster}", "{why}"),
      expected:
        "lessons/en/02-test.md:24: placeholder `{why}` needs a server name or `last of GROUP` after it, like `{why db-1}`"
    ),
    ErrorCase(
      name: "checks without a solution",
      text: edit(#"solution: server group create --policy anti-affinity "DB Cluster""# + "\n", ""),
      expected:
        "lessons/en/02-test.md:9: step `Create it` has checks but no `solution:` line; add the commands that reach the state, so `skip` works"
    ),
    ErrorCase(
      name: "misspelt requirement", text: edit("requires: any", "requires: simulater"),
      expected:
        "lessons/en/02-test.md:4: `requires` is `simulator` or `any`, not `simulater`; did you mean `simulator`?"
    ),
    ErrorCase(
      name: "misspelt front matter key", text: edit("title:", "titel:"),
      expected: "lessons/en/02-test.md:2: unknown front matter key `titel`; did you mean `title`?",
      only: false),
    ErrorCase(
      name: "number and file name disagree", text: LessonFixtures.minimal,
      path: "lessons/en/03-test.md",
      expected:
        "lessons/en/03-test.md:1: `number: 2` does not match the file name `03-test.md`; use `number: 3`"
    ),
    ErrorCase(
      name: "file name without a number", text: LessonFixtures.minimal, path: "lessons/en/test.md",
      expected:
        "lessons/en/test.md:1: the file name should look like `02-db-cluster.md` (a number, a dash, a slug)"
    ),
    ErrorCase(
      name: "unclosed fence", text: edit("\"DB Cluster\"\n```\n", "\"DB Cluster\"\n"),
      expected: "lessons/en/02-test.md:13: this ``` block is never closed; add a ``` line after it"),
    ErrorCase(
      name: "no front matter", text: String(LessonFixtures.minimal.dropFirst(4)),
      expected:
        "lessons/en/02-test.md:1: missing front matter; start the file with a `---` line, then `title:` and `number:`, then `---`",
      only: false),
    ErrorCase(
      name: "hint before any step", text: edit("Intro text.", "hint: too early"),
      expected: "lessons/en/02-test.md:7: `hint:` outside a step; put it under a `## Step` heading"),
    ErrorCase(
      name: "misspelt step heading", text: edit("## Step 1: Create it", "## Stp 1: Create it"),
      expected:
        "lessons/en/02-test.md:9: unknown heading `## Stp 1: Create it`; did you mean `## Step: …`?",
      only: false),
    ErrorCase(
      name: "wrong step number", text: edit("## Step 1:", "## Step 2:"),
      expected: "lessons/en/02-test.md:9: this heading says step 2 but it is step 1; renumber it"),
    ErrorCase(
      name: "check after the debrief", text: LessonFixtures.minimal + "\ncheck: nothingLeft()",
      expected: "lessons/en/02-test.md:25: `check:` after `### Debrief`; move it above the debrief"),
    ErrorCase(
      name: "two real-cloud sections",
      text: LessonFixtures.minimal + "\n### On a real cloud\nOne.\n### On a real cloud\nTwo.",
      expected: "lessons/en/02-test.md:27: a second `### On a real cloud` in one step"),
    ErrorCase(
      name: "real-cloud section before any step", text: edit("Intro text.", "### On a real cloud"),
      expected: "lessons/en/02-test.md:7: `### On a real cloud` belongs inside a step"),
    ErrorCase(
      name: "no steps", text: "---\ntitle: Empty\nnumber: 2\n---\nJust an introduction.\n",
      expected: "lessons/en/02-test.md:6: the lesson has no steps; add a `## Step 1: title` heading"
    ),
  ]

  @Test(arguments: errorCases)
  func reportsFileLineAndSuggestion(_ errorCase: ErrorCase) throws {
    let error = try #require(throws: LessonParseError.self) {
      try LessonParser.parse(path: errorCase.path, text: errorCase.text)
    }
    let lines = error.diagnostics.map(\.description)
    if errorCase.only {
      #expect(lines == [errorCase.expected])
    } else {
      #expect(lines.contains(errorCase.expected), "got \(lines)")
    }
    // Messages are lower case, as the house style asks.
    for diagnostic in error.diagnostics {
      #expect(diagnostic.message.first.map { !$0.isUppercase } ?? false)
    }
  }
}
