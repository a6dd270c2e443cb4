import LineEditing
import Testing

@Suite struct CandidateListingTests {
  @Test func fillsColumnsTopToBottom() {
    let lines = CandidateListing.lines(["a", "bb", "ccc", "d", "e"], columns: 12)
    // Widest is 3, so each column takes 5; 12 columns hold 2 columns: rows = 3.
    #expect(lines == ["a    d", "bb   e", "ccc"])
  }

  @Test func oneColumnWhenTheTerminalIsNarrowerThanAName() {
    let names = ["\"DB Cluster\"", "\"DB Clone\""]
    #expect(CandidateListing.lines(names, columns: 5) == names)
  }

  @Test func everythingOnOneLineWhenItFits() {
    #expect(
      CandidateListing.lines(["\"DB Cluster\"", "\"DB Clone\""], columns: 80) == ["\"DB Cluster\"  \"DB Clone\""])
  }

  @Test func linesFitTheWidth() {
    let names = (1...40).map { "server-\($0)" }
    let lines = CandidateListing.lines(names, columns: 80)
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(Set(lines.flatMap { $0.split(separator: " ").map(String.init) }) == Set(names))
  }

  @Test func longListsAreCut() {
    let names = (1...150).map { "s\($0)" }
    let lines = CandidateListing.lines(names, columns: 80)
    #expect(lines.last == "… and 50 more")
    #expect(!lines.joined().contains("s101"))
  }

  @Test func emptyListHasNoLines() {
    #expect(CandidateListing.lines([], columns: 80).isEmpty)
  }

  @Test func asciiWidthIsItsLength() {
    #expect(CandidateListing.displayWidth("\"DB Cluster\"") == 12)
  }
}
