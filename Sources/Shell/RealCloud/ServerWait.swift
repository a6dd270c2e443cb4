import Dispatch
import ServerGroupsCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `server create --wait` on a real cloud: polls until every new server is ACTIVE or ERROR, showing progress on
/// standard error. Ctrl-C stops the waiting (the servers keep building) and leaves the shell running.
package enum ServerWait {
  /// How the wait ended.
  package enum Outcome: Sendable, Equatable {
    /// Every server settled; here they are as last shown.
    case settled([Server])
    /// The user pressed Ctrl-C.
    case interrupted
  }

  /// Polls `servers` until none is BUILD.
  /// - Parameters:
  ///   - pause: waits between polls (tests pass one that returns at once).
  ///   - interrupts: true installs a Ctrl-C handler for the duration of the wait.
  package static func wait(
    for servers: [Server], ctx: ShellContext, interrupts: Bool = true,
    pause: @escaping @Sendable () async throws -> Void = { try await Task.sleep(for: .seconds(2)) }
  ) async throws -> Outcome {
    guard servers.contains(where: { $0.status == .build }) else { return .settled(servers) }
    let cloud = ctx.cloud
    let console = ctx.console
    let names = TerminalSafe.visible(servers.map(\.name).joined(separator: ", "))
    let poller = Task { () async throws -> [Server] in
      var current = servers
      var polls = 0
      var showing = false
      // The progress line is ended however the wait ends: settled, failed or stopped.
      defer { if showing { console.write("\n", to: .stderr) } }
      while current.contains(where: { $0.status == .build }) {
        // The first look is at once; then one every pause, with a dot for each.
        if polls == 1 {
          console.write("Waiting for \(names) to build", to: .stderr)
          showing = true
        }
        if polls > 0 {
          try await pause()
          try Task.checkCancellation()
          console.write(".", to: .stderr)
        }
        polls += 1
        var next: [Server] = []
        for server in current {
          next.append(server.status == .build ? try await cloud.showServer(server.id) : server)
        }
        current = next
      }
      return current
    }
    let stop = interrupts ? Interrupt.onControlC { poller.cancel() } : nil
    defer { stop?() }
    do {
      return .settled(try await poller.value)
    } catch is CancellationError {
      return .interrupted
    }
  }

  /// What the shell says when Ctrl-C ended the wait.
  package static func interruptedNote(_ servers: [Server]) -> String {
    let names = TerminalSafe.visible(servers.map(\.name).joined(separator: ", "))
    return
      "Stopped waiting; \(names) \(servers.count == 1 ? "keeps" : "keep") building on the cloud. See 'server show \(servers.first?.name ?? "")'."
  }
}

/// A Ctrl-C handler for the length of one operation.
enum Interrupt {
  /// Calls `handler` on SIGINT until the returned function is called, which puts the old handling back.
  static func onControlC(_ handler: @escaping @Sendable () -> Void) -> () -> Void {
    let previous = signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler(handler: handler)
    source.resume()
    return {
      source.cancel()
      signal(SIGINT, previous)
    }
  }
}
