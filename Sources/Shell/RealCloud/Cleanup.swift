import ArgumentParser
import ServerGroupsCore

extension ShellCommand {
  /// `cleanup`: on a real cloud, delete every server marked `created-by=sgtutor` and every server group sgtutor
  /// created, and nothing else.
  package struct Cleanup: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract:
        "On a real cloud, delete the servers and server groups sgtutor created (and nothing else).",
      discussion: """
        Servers are recognised by their metadata created-by=sgtutor; server groups by the list sgtutor keeps of \
        the groups it created. Servers are deleted first, then the groups.
        """)
    package init() {}
    package static var origin: CommandOrigin { .shell }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      guard let guarded = ctx.underlyingCloud as? GuardedCloud else {
        throw ShellError.command(ShellMessages.text(.cleanupOnSimulator, in: ctx.language))
      }
      let found = try await ctx.api {
        try await guarded.leftovers()
      }
      if found.servers.isEmpty && found.groups.isEmpty {
        return CommandResult([.text(ShellMessages.text(.cleanupNothing, in: ctx.language))])
      }
      let language = ctx.language
      var outputs: [Output] = []
      var failures = 0
      for server in found.servers {
        do {
          try await ctx.api {
            try await guarded.deleteServer(server.id)
          }
          outputs.append(.text(ShellMessages.text(.cleanupDeletedServer, server.name, "\(server.id)", in: language)))
        } catch {
          failures += 1
          outputs.append(
            .error(ShellMessages.text(.cleanupServerFailed, server.name, "\(server.id)", "\(error)", in: language)))
        }
      }
      for group in found.groups {
        do {
          try await ctx.api {
            try await guarded.deleteServerGroup(group.id)
          }
          outputs.append(.text(ShellMessages.text(.cleanupDeletedGroup, group.name, "\(group.id)", in: language)))
        } catch {
          failures += 1
          outputs.append(
            .error(ShellMessages.text(.cleanupGroupFailed, group.name, "\(group.id)", "\(error)", in: language)))
        }
      }
      return CommandResult(outputs, failed: failures > 0, changesPlacement: true)
    }
  }
}
