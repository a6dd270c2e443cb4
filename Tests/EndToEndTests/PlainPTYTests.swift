import Foundation
import TestSupport
import Testing

/// `TERM=dumb` on a terminal: the shell draws no boxes and no colours, and tells the diagram in sentences, as
/// `--plain` does, for screen readers and terminals that cannot draw.
@Suite(.tags(.pty), .serialized) struct PlainPTYTests {
  static let boxDrawing: Set<Character> = ["─", "│", "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼"]

  @Test func aDumbTerminalGetsSentencesAndNoBoxDrawing() throws {
    // NO_COLOR is emptied so that only TERM=dumb turns the colours and the boxes off.
    let terminal = try PseudoTerminal(
      executable: builtBinary("sgtutor").path, arguments: ["shell"], environment: ["TERM": "dumb", "NO_COLOR": ""])
    // Keys go in once libedit reads them one by one: sent a moment earlier, a Ctrl-D meets the terminal's own line
    // editing and is lost (seen on a loaded machine, where the shell then waited for ever).
    var seen = try terminal.expectPrompt()
    for line in [
      #"server group create --policy anti-affinity "DB Cluster""#,
      #"server create --flavor m1.tiny --image cirros --network private --server-group "DB Cluster" db-1"#,
      "host fail compute-1", "explain",
    ] {
      seen += try terminal.type(line)
    }
    try terminal.send("\u{4}")
    #expect(try terminal.waitForExit() == .exited(0))
    #expect(seen.contains("compute-1, DOWN: db-1 of DB Cluster (unreachable)."))
    #expect(seen.contains("compute-2, up: no servers."))
    #expect(seen.contains("anti-affinity: kind: hard; "))
    #expect(!seen.contains { Self.boxDrawing.contains($0) })
    #expect(!seen.contains("| A db-1"))
  }
}
