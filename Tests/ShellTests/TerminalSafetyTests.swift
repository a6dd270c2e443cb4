import CloudSimulator
import Foundation
import ServerGroupsCore
import TestSupport
import Testing

@testable import Shell

/// Strings from a cloud cannot drive the terminal: every renderer's output passes `Repl.emit`, which shows
/// control characters in caret notation and keeps only the shell's own colours.
@Suite struct TerminalSafetyTests {
  /// A window-title change (OSC 0, ended by BEL), a screen clear, a C1 CSI and a cursor move.
  static let hostile = "x\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{1B}[8;1H\r"
  static let shown = "x^[]0;pwned^G^[[2J^[[31m^[[8;1H^M"

  /// The escape sequences left once the shell's own colours (`ESC [ 0|1|31…36 m`) are taken out.
  static func foreignControls(_ text: String) -> [Unicode.Scalar] {
    var rest = text
    for code in ["0", "1", "31", "32", "33", "34", "35", "36"] {
      rest = rest.replacingOccurrences(of: "\u{1B}[\(code)m", with: "")
    }
    return rest.unicodeScalars.filter { TerminalSafe.isControl($0) }
  }

  static func outputs() -> [(String, Output)] {
    let h = hostile
    let listing = Listing(
      columns: ["Name", "Properties"],
      rows: [[.text(h), .dict([(h, .string(h))])], [.list([h, h]), .raw(.string(h))]])
    let record = Record([.init("name", .text(h)), .init("fault", .raw(.object([("message", .string(h))])))])
    let placement = Placement(
      hosts: [.init(name: h, servers: [.init(name: h, status: .active, group: 0)])],
      unplaced: [.init(name: h, status: .error)],
      groups: [.init(name: h, policy: .antiAffinity, maxServerPerHost: 2)])
    let trace = SchedulingTrace(
      serverID: ServerID("s"), serverName: h,
      group: GroupSummary(id: ServerGroupID("g"), name: h, policy: .antiAffinity, maxServerPerHost: nil),
      position: 1, requestSize: 1, chosenHost: nil, failure: h,
      hosts: [HostVerdict(host: h, removedBy: "ServerGroupAntiAffinityFilter", reason: h)])
    let evacuation = [EvacuationOutcome(serverID: ServerID("s"), serverName: h, fromHost: h, toHost: nil, message: h)]
    var result: [(String, Output)] = []
    for format in [OutputFormat.table, .json, .yaml, .value, .csv] {
      result.append(("listing \(format)", .listing(listing, FormatOptions(format: format))))
    }
    for format in [OutputFormat.table, .json, .yaml, .value] {
      result.append(("record \(format)", .record(record, FormatOptions(format: format))))
    }
    return result + [
      ("placement", .placement(placement)), ("trace", .trace(trace, why: h)),
      ("evacuation", .evacuation(host: h, evacuation)),
      ("text", .text("tutor: your group \(h) is ready")), ("error", .error("error: \(h)")), ("note", .note(h)),
    ]
  }

  @Test(arguments: [false, true])
  func everyRendererShowsControlCharactersInCaretNotation(_ colors: Bool) {
    for (label, output) in Self.outputs() {
      let console = RecordingConsole(columns: 100, colors: colors)
      let context = ShellContext(cloud: SimulatedCloud(seed: 1), console: console)
      let repl = Repl(context: context, reader: ScriptedLineReader([]))
      repl.render(output)
      let text = console.transcript
      #expect(Self.foreignControls(text).isEmpty, "\(label) let a control character through:\n\(text)")
      // Shown, in caret notation or in the format's own escapes (JSON `\u001b`, YAML and Python `\x1b`).
      #expect(text.contains("]0;pwned"), "\(label):\n\(text)")
    }
  }

  @Test func caretNotationIsOneStyleForC0C1AndDEL() {
    #expect(TerminalSafe.visible(Self.hostile) == Self.shown)
    #expect(TerminalSafe.visible("a\u{7F}b\u{0}c\u{1B}") == "a^?b^@c^[")
    #expect(TerminalSafe.visible("line\n\tindented") == "line\n\tindented")
    #expect(TerminalSafe.visible("\u{1B}[31mred\u{1B}[0m") == "\u{1B}[31mred\u{1B}[0m")
    #expect(TerminalSafe.visible("\u{1B}[8mhidden\u{1B}[0m") == "^[[8mhidden\u{1B}[0m")
  }

  @Test func hostileMetadataFromTheCloudIsShownNotObeyed() async throws {
    var shell = ShellHarness()
    _ = try await shell.cloud.createServers(
      ServerCreateRequest(
        name: "web", flavorID: FlavorID("1"), imageID: nil, networks: .none, metadata: ["note": Self.hostile]))
    for line in ["server list --long", "server show web", "server show web -f value", "server list --long -f yaml"] {
      let (output, outcome) = await shell.line(line)
      if line == "server list --long" { #expect(output.contains("^[]0;pwned^G^[[2J"), "\(output)") }
      #expect(outcome == .succeeded, "\(line): \(output)")
      #expect(Self.foreignControls(output).isEmpty, "\(line):\n\(output)")
      #expect(output.contains("]0;pwned"), "\(line):\n\(output)")
    }
  }
}

extension TerminalSafetyTests {
  /// A hostile name is made visible before the diagram measures it, so every box line has the same width.
  @Test func theDiagramStaysSquareAroundAHostileName() {
    let placement = Placement(
      hosts: [.init(name: "c\u{1B}[2J1", servers: [.init(name: "w\u{07}eb", status: .active)])], groups: [])
    let text = PlacementRenderer.render(placement, style: RenderStyle(columns: 80, colors: false))
    let box = text.split(separator: "\n").filter { $0.hasPrefix("|") || $0.hasPrefix("+") }
    #expect(!box.isEmpty)
    #expect(Set(box.map { TextWidth.of(String($0)) }).count == 1, "\(text)")
    #expect(text.contains("c^[[2J1") && text.contains("w^Geb"), "\(text)")
  }
}

extension TerminalSafetyTests {
  /// A cloud name that holds the very colour codes the shell paints with is shown, not obeyed, in the diagram's
  /// legend and in `why`: only the shell's own colours reach the terminal.
  @Test(arguments: [false, true])
  func theShellsOwnColourCodesInACloudNameAreShown(_ colors: Bool) {
    let painted = "red\u{1B}[31mtext\u{1B}[0m"
    let placement = Placement(
      hosts: [.init(name: "compute-1", servers: [.init(name: painted, status: .active, group: 0)])],
      unplaced: [.init(name: painted, status: .error)],
      groups: [.init(name: painted, policy: .antiAffinity, maxServerPerHost: nil)])
    let trace = SchedulingTrace(
      serverID: ServerID("s"), serverName: painted,
      group: GroupSummary(id: ServerGroupID("g"), name: painted, policy: .antiAffinity, maxServerPerHost: nil),
      position: 1, requestSize: 1, chosenHost: nil, failure: painted,
      hosts: [HostVerdict(host: painted, removedBy: "ServerGroupAntiAffinityFilter", reason: painted)])
    for (label, output) in [("placement", Output.placement(placement)), ("trace", .trace(trace, why: painted))] {
      let console = RecordingConsole(columns: 100, colors: colors)
      let repl = Repl(
        context: ShellContext(cloud: SimulatedCloud(seed: 1), console: console), reader: ScriptedLineReader([]))
      repl.render(output)
      let text = console.transcript
      #expect(text.contains("red^[[31mtext^[[0m"), "\(label):\n\(text)")
      #expect(!text.contains("red\u{1B}[31mtext"), "\(label):\n\(text)")
    }
  }
}
