import CloudSimulator
import ServerGroupsCore
import Shell
import TestSupport

/// A shell on a fresh seeded simulator, fed scripted lines, recording what a terminal would show.
struct ShellHarness {
  let cloud: SimulatedCloud
  let console: RecordingConsole
  var context: ShellContext

  init(seed: UInt64 = 1, columns: Int = 80, colors: Bool = false, plain: Bool = false) {
    cloud = SimulatedCloud(seed: seed)
    console = RecordingConsole(columns: columns, colors: colors, plain: plain)
    context = ShellContext(cloud: cloud, console: console)
  }

  /// Runs the lines as an interactive session and returns the transcript (prompts, output, `stderr:` lines).
  mutating func session(_ lines: [String]) async -> (transcript: String, status: Int32) {
    var repl = Repl(context: context, reader: ScriptedLineReader(lines, echoingTo: console))
    let status = await repl.run()
    context = repl.context
    return (console.transcript, status)
  }

  /// Runs one line on the current state and returns only what it printed.
  mutating func line(_ line: String) async -> (output: String, outcome: Repl.Outcome) {
    console.clear()
    var repl = Repl(context: context, reader: ScriptedLineReader([]))
    if repl.context.cloudInfo == nil { repl.context.cloudInfo = try? await cloud.describe() }
    let outcome = await repl.handle(line)
    context = repl.context
    return (console.transcript, outcome)
  }
}
