import Foundation
import TestSupport
import Testing

extension Tag {
  /// Tests that run the built binary on a pseudo-terminal.
  @Tag static var pty: Self
}

/// The built `sgtutor shell` on a pseudo-terminal: what a person at a keyboard sees.
@Suite(.tags(.pty), .serialized) struct PTYTests {
  static let prompt = "sgtutor> "
  static let up = "\u{1B}[A"
  static let controlC = "\u{3}"
  static let controlD = "\u{4}"

  /// Starts the shell and waits for its first prompt.
  private func startShell(columns: Int = 80) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(
      executable: builtBinary("sgtutor").path, arguments: ["shell"], columns: columns)
    try terminal.expectPrompt()
    return terminal
  }

  private func historyPath(_ terminal: PseudoTerminal) -> String {
    terminal.stateHome + "/sgtutor/history"
  }

  @Test func promptAppearsAndCtrlDOnAnEmptyLineExitsZero() throws {
    let terminal = try startShell()
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func tabCompletesAQuotedGroupNameWithASpace() throws {
    let terminal = try startShell()
    try terminal.type("server group create --policy anti-affinity \"DB Cluster\"")
    try terminal.send("server group show \"DB Cl")
    try terminal.expect("\"DB Cl")
    try terminal.send("\t")
    try terminal.send("\r")
    // The show table's name row proves the completed line ran (the half-typed one would be an error).
    try terminal.expect("| name")
    try terminal.expect("| DB Cluster")
    try terminal.expectPrompt()
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
    let history = try String(contentsOfFile: historyPath(terminal), encoding: .utf8)
    // libedit's history format escapes spaces as \040.
    #expect(history.contains(#"server\040group\040show\040"DB\040Cluster""#))
  }

  @Test func tabWithSeveralCandidatesListsThemAndKeepsTheLine() throws {
    let terminal = try startShell()
    try terminal.type("server group create --policy anti-affinity \"DB Cluster\"")
    try terminal.type("server group create --policy anti-affinity \"DB Clone\"")
    try terminal.send("server group show \"DB C")
    try terminal.expect("\"DB C")
    try terminal.send("\t")
    // The candidates are listed below the line, then the prompt and the line (now with their common prefix).
    let listing = try terminal.expect(Self.prompt)
    #expect(listing.contains("\"DB Cluster\"") && listing.contains("\"DB Clone\""))
    try terminal.expect("server group show \"DB Cl")
    try terminal.send("u\t\r")
    try terminal.expect("| name")
    try terminal.expect("| DB Cluster")
    try terminal.expectPrompt()
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func tabCompletesAUTF8Name() throws {
    let terminal = try startShell()
    try terminal.type("server group create --policy affinity \"Bådø klynge\"")
    try terminal.send("server group show \"Bå")
    try terminal.expect("\"Bå")
    try terminal.send("\t\r")
    try terminal.expect("| name")
    try terminal.expect("| Bådø klynge")
    try terminal.expectPrompt()
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func upArrowRecallsTheLastCommand() throws {
    let terminal = try startShell()
    try terminal.type("server group create --policy anti-affinity web")
    let first = try terminal.type("server group list")
    #expect(first.contains("| web"))
    try terminal.send(Self.up)
    try terminal.expect("server group list")
    try terminal.send("\r")
    // The list's header again: the recalled line ran.
    try terminal.expect("| ID")
    try terminal.expect("| web")
    try terminal.expectPrompt()
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func ctrlCClearsTheLineAndTheShellLives() throws {
    let terminal = try startShell()
    try terminal.send("server gro")
    try terminal.expect("server gro")
    try terminal.send(Self.controlC)
    try terminal.expect("^C")
    try terminal.expectPrompt()
    // Had the half-typed text survived, this would read "server groflavor list" and fail.
    let output = try terminal.type("flavor list")
    #expect(output.contains("m1.tiny"))
    #expect(!output.contains("groflavor"))
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
    let history = try String(contentsOfFile: historyPath(terminal), encoding: .utf8)
    #expect(history.contains(#"flavor\040list"#))
    #expect(!history.contains("gro\n") && !history.contains("groflavor"))
  }

  @Test func aResizeWhileTypingKeepsTheLine() throws {
    let terminal = try startShell()
    try terminal.send("flavor li")
    try terminal.expect("flavor li")
    try terminal.resize(columns: 40, rows: 20)
    try terminal.send("st\r")
    try terminal.expect("m1.tiny")
    try terminal.expectPrompt()
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func resizesBetweenKeysKeepTheLine() throws {
    let terminal = try startShell()
    // Each resize lands while libedit waits for the next key or is still drawing the last one.
    for (index, key) in "flavor list".enumerated() {
      try terminal.resize(columns: 30 + (index * 7) % 60, rows: 10 + index % 14)
      try terminal.send(String(key))
    }
    try terminal.send("\r")
    try terminal.expect("m1.tiny")
    try terminal.expectPrompt()
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func typingAfterTheTerminalNarrowsBelowTheCursorKeepsTheShell() throws {
    // libedit keeps its old cursor column across el_resize; typing at the end of the line then stores the character
    // at that column of its new, shorter row. With the cursor at column 34 and 30 columns, that is the size field of
    // the next heap chunk (a row is 31 wide characters, 124 bytes, in a 144-byte chunk); an even character code
    // clears its in-use bit, which free() checks when the next resize frees the row, once glibc's per-thread cache
    // is off so that every free is checked.
    let terminal = try PseudoTerminal(
      executable: builtBinary("sgtutor").path, arguments: ["shell"],
      environment: ["GLIBC_TUNABLES": "glibc.malloc.tcache_count=0"])
    try terminal.expectPrompt()
    // A comment line, so the shell ignores it; "sgtutor> " is 9 columns, so the cursor ends at column 34.
    let comment = "#abcdefghijklmnopqrstuvwx"
    try terminal.send(comment)
    try terminal.expect(comment)
    // Each key is typed after its resize and waited for, so libedit sees every size (not just the last one).
    for (columns, key) in [(30, "2"), (80, "4"), (30, "6"), (80, "8")] {
      try terminal.resize(columns: columns, rows: 8)
      try terminal.send(key)
      try terminal.expect(key)
    }
    try terminal.type("")
    let output = try terminal.type("flavor list")
    #expect(output.contains("m1.tiny"))
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func aResizeMidLineReachesTheCandidateListing() throws {
    let terminal = try startShell(columns: 100)
    try terminal.resize(columns: 40, rows: 24)
    try terminal.send("\t")
    // Tab on an empty line lists every command, laid out for the width libedit knows: 40 columns, not 100. (libedit
    // may first redraw the prompt after the resize, on the same line; the listing's own prompt follows a newline.)
    let listing = try terminal.expect("\n" + Self.prompt)
    #expect(listing.contains("server") && listing.contains("progress"))
    let lines = listing.split(separator: "\n")
    #expect(lines.count > 5)
    #expect(lines.allSatisfy { $0.count <= 40 }, "\(listing)")
    try terminal.waitUntilReadingKeys()
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func hangUpWhileReadingEndsTheShellBySignal() throws {
    let terminal = try startShell()
    try terminal.send("flavor li")
    try terminal.expect("flavor li")
    kill(terminal.pid, SIGHUP)
    #expect(try terminal.waitForExit() == .signalled(SIGHUP))
  }

  /// Ctrl-D in the tutor says what `quit` says: where progress is kept, on a line after the terminal's `^D`.
  @Test func ctrlDInTheTutorSaysWhereProgressIsKept() throws {
    // Wide enough that the sentence is not wrapped.
    let terminal = try PseudoTerminal(
      executable: builtBinary("sgtutor").path, arguments: ["--lang", "en"], columns: 200)
    try terminal.expectPrompt()
    try terminal.type("lesson 2")
    try terminal.send(Self.controlD)
    let said = try terminal.expect("where you left off.")
    #expect(said.contains("\nYour progress is saved in ~/state/sgtutor/progress.json."))
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func ctrlDLeavesAPrivateHistoryFile() throws {
    let terminal = try startShell()
    try terminal.type("flavor list")
    try terminal.type("server list --os-password hunter2")
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))

    let path = historyPath(terminal)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect(attributes[.posixPermissions] as? Int == 0o600)
    let history = try String(contentsOfFile: path, encoding: .utf8)
    #expect(history.hasPrefix("_HiStOrY_V2_\n"))
    #expect(history.contains(#"flavor\040list"#))
    #expect(!history.contains("hunter2"))
  }
}
