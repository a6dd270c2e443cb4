import CloudSimulator
import Foundation
import OpenStackWire
import ServerGroupsCore
import Shell
import TestSupport
import Testing

/// Tab's names are read when Tab needs them, from the line editor's thread, and again only after a write.
@Suite struct NameCacheTests {
  /// What the line editor does: completes on its own thread while the REPL waits for the line.
  static func complete(_ completer: ShellCompleter, _ line: String) async -> [String] {
    await withCheckedContinuation { continuation in
      Thread { continuation.resume(returning: completer.complete(line).candidates) }.start()
    }
  }

  @Test func tabReadsTheGroupsWhenPressedAndAgainOnlyAfterAWrite() async throws {
    let console = RecordingConsole()
    var repl = Repl(
      context: ShellContext(cloud: RealCloudTests.CloudOnly(inner: SimulatedCloud()), console: console),
      reader: ScriptedLineReader([]))
    let names = repl.context.names
    names.patience = 3600  // what is checked is which reads happen, not how fast they are
    names.read(from: repl.context)
    let completer = ShellCompleter(names: names)
    // Arming sends nothing; the first Tab on a group reads the groups (none yet).
    #expect(repl.context.takeRequests().isEmpty)
    #expect(await Self.complete(completer, "server group show ").isEmpty)
    #expect(repl.context.takeRequests().map(\.url).map { $0.hasSuffix("/os-server-groups") } == [true])
    #expect(await repl.handle("server group create web --policy anti-affinity") == .succeeded)
    #expect(await Self.complete(completer, "server group show ") == ["web"])
    #expect(repl.context.takeRequests().count == 1, "the write made the groups stale")
    #expect(await Self.complete(completer, "server group show ") == ["web"])
    #expect(repl.context.takeRequests().isEmpty, "nothing written since")
  }
}
