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
  private func startShell() throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(executable: builtBinary("sgtutor").path, arguments: ["shell"])
    try expectPrompt(terminal)
    return terminal
  }

  /// Waits for the prompt and for libedit to take keys; returns what was printed before the prompt.
  @discardableResult
  private func expectPrompt(_ terminal: PseudoTerminal) throws -> String {
    let output = try terminal.expect(Self.prompt)
    try terminal.waitUntilReadingKeys()
    return output
  }

  /// Runs one command and waits for the next prompt; returns what was printed in between.
  @discardableResult
  private func run(_ command: String, on terminal: PseudoTerminal) throws -> String {
    try terminal.send(command + "\r")
    return try expectPrompt(terminal)
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
    try run("server group create --policy anti-affinity \"DB Cluster\"", on: terminal)
    try terminal.send("server group show \"DB Cl")
    try terminal.expect("\"DB Cl")
    try terminal.send("\t")
    try terminal.send("\r")
    // The show table's name row proves the completed line ran (the half-typed one would be an error).
    try terminal.expect("| name")
    try terminal.expect("| DB Cluster")
    try expectPrompt(terminal)
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
    let history = try String(contentsOfFile: historyPath(terminal), encoding: .utf8)
    // libedit's history format escapes spaces as \040.
    #expect(history.contains(#"server\040group\040show\040"DB\040Cluster""#))
  }

  @Test func tabWithSeveralCandidatesListsThemAndKeepsTheLine() throws {
    let terminal = try startShell()
    try run("server group create --policy anti-affinity \"DB Cluster\"", on: terminal)
    try run("server group create --policy anti-affinity \"DB Clone\"", on: terminal)
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
    try expectPrompt(terminal)
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func tabCompletesAUTF8Name() throws {
    let terminal = try startShell()
    try run("server group create --policy affinity \"Bådø klynge\"", on: terminal)
    try terminal.send("server group show \"Bå")
    try terminal.expect("\"Bå")
    try terminal.send("\t\r")
    try terminal.expect("| name")
    try terminal.expect("| Bådø klynge")
    try expectPrompt(terminal)
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func upArrowRecallsTheLastCommand() throws {
    let terminal = try startShell()
    try run("server group create --policy anti-affinity web", on: terminal)
    let first = try run("server group list", on: terminal)
    #expect(first.contains("| web"))
    try terminal.send(Self.up)
    try terminal.expect("server group list")
    try terminal.send("\r")
    // The list's header again: the recalled line ran.
    try terminal.expect("| ID")
    try terminal.expect("| web")
    try expectPrompt(terminal)
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func ctrlCClearsTheLineAndTheShellLives() throws {
    let terminal = try startShell()
    try terminal.send("server gro")
    try terminal.expect("server gro")
    try terminal.send(Self.controlC)
    try terminal.expect("^C")
    try expectPrompt(terminal)
    // Had the half-typed text survived, this would read "server groflavor list" and fail.
    let output = try run("flavor list", on: terminal)
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
    try expectPrompt(terminal)
    try terminal.send(Self.controlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func ctrlDLeavesAPrivateHistoryFile() throws {
    let terminal = try startShell()
    try run("flavor list", on: terminal)
    try run("server list --os-password hunter2", on: terminal)
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
