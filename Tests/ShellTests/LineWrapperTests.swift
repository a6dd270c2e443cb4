import ArgumentParser
import Testing

@testable import Shell

@Suite struct LineWrapperTests {
  @Test func breaksBetweenWordsAndKeepsAQuotedNameWhole() {
    let line = "error: Invalid input for field 'policies': 'anti-afinity' is not one of 'anti-affinity', 'affinity'"
    let wrapped = LineWrapper.wrap(line, columns: 40)
    #expect(
      wrapped == """
        error: Invalid input for field
               'policies': 'anti-afinity' is not
               one of 'anti-affinity',
               'affinity'
        """)
    #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 40 })
    #expect(
      LineWrapper.wrap("the group \"DB Cluster\" holds three", columns: 20) == "the group\n\"DB Cluster\" holds\nthree")
    // The Norwegian quotes keep a name whole too.
    #expect(LineWrapper.wrap("gruppen heter «Web Pair» nå", columns: 20) == "gruppen heter\n«Web Pair» nå")
  }

  @Test func leavesLinesThatFitAndApostrophesAlone() {
    #expect(LineWrapper.wrap("short line\n  | a table row |", columns: 20) == "short line\n  | a table row |")
    #expect(
      LineWrapper.wrap("it doesn't matter what comes after it here", columns: 20)
        == "it doesn't matter\nwhat comes after it\nhere")
  }

  @Test func aCommandContinuesWithABackslashAndKeepsEachOptionWithItsValue() {
    let command =
      "  server create --flavor m1.tiny --image cirros --network private --server-group \"DB Cluster\" --min 4 --max 4 db"
    let wrapped = LineWrapper.command(command, columns: 60)
    #expect(
      wrapped == """
          server create --flavor m1.tiny --image cirros \\
              --network private --server-group "DB Cluster" \\
              --min 4 --max 4 db
        """)
    #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(LineWrapper.command("  server list", columns: 60) == "  server list")
  }
}

@Suite struct TableFitTests {
  static let listing = Listing(
    columns: ["ID", "Name", "Status", "Networks", "Image", "Flavor"],
    rows: [
      [
        .text("9b2c1c4e-6f0e-4c4b-9d6a-2f7f0e1d2a3b"), .text("db-1"), .text("ACTIVE"),
        .text("private=10.0.0.11"), .text("cirros"), .text("m1.tiny"),
      ]
    ])

  @Test(arguments: [80, 60, 40])
  func aFittedTableIsNoWiderThanAsked(width: Int) {
    let table = TableRenderer.render(Self.listing, maxWidth: width)
    #expect(table.split(separator: "\n").allSatisfy { $0.count <= width }, "\(table)")
    #expect(table.contains("ACT"))
  }

  @Test func withoutFittingTheTableKeepsItsNaturalWidth() {
    let table = TableRenderer.render(Self.listing)
    #expect(table.split(separator: "\n").first!.count > 80)
  }

  @Test func cliffsRuleLeavesNarrowColumnsAloneAndSharesTheRest() {
    // usable 80 - 1 - 3*3 = 70, optimal 23: the 4-wide column stays, the two wide ones share 66.
    #expect(TableRenderer.maxWidths([4, 50, 60], width: 80, minimum: 8) == [nil, 33, 33])
    #expect(TableRenderer.maxWidths([4, 5], width: 80, minimum: 8) == [nil, nil])
  }

  @Test func optionsAndTheEnvironmentChooseTheWidth() throws {
    var options = FormatOptions(format: .table)
    #expect(TableWidth().limit(options, columns: 70, fitsByDefault: false) == nil)
    #expect(TableWidth().limit(options, columns: 70, fitsByDefault: true) == 70)
    #expect(TableWidth(environment: ["CLIFF_FIT_WIDTH": "1"]).limit(options, columns: 70, fitsByDefault: false) == 70)
    #expect(
      TableWidth(environment: ["CLIFF_MAX_TERM_WIDTH": "50"]).limit(options, columns: 70, fitsByDefault: true) == 50)
    options.maxWidth = 0
    #expect(
      TableWidth(environment: ["CLIFF_MAX_TERM_WIDTH": "50"]).limit(options, columns: 70, fitsByDefault: false) == nil)
    options = try FormatOptions.parse(["--fit-width"])
    #expect(TableWidth().limit(options, columns: 70, fitsByDefault: false) == 70)
    options = try FormatOptions.parse(["--max-width", "44"])
    #expect(TableWidth().limit(options, columns: 70, fitsByDefault: false) == 44)
  }
}
