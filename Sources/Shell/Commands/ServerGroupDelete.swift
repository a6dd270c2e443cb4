import ArgumentParser
import ServerGroupsCore

extension ShellCommand.ServerCommands.GroupCommands {
  /// `server group delete <server-group> [<server-group> ...]`
  package struct Delete: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Delete existing server group(s).",
      discussion: "Deleting a group does not delete its servers; they keep running, with no policy any more.")

    @Argument(help: ArgumentHelp("Server group(s) to delete (name or ID)", valueName: "server-group"))
    var serverGroups: [String]

    package init() {}

    package func validate() throws {
      if serverGroups.isEmpty { throw ValidationError("the following arguments are required: <server-group>") }
    }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      var outputs: [Output] = []
      var failures = 0
      let cloud = ctx.cloud
      for name in serverGroups {
        do {
          let group = try await Finder.serverGroup(name, ctx)
          try await ctx.api {
            try await cloud.deleteServerGroup(group.id)
          }
        } catch let error as ShellError {
          failures += 1
          outputs.append(.error(error.description))
        }
      }
      if failures > 0 {
        outputs.append(.error("\(failures) of \(serverGroups.count) server groups failed to delete."))
      }
      return CommandResult(outputs, failed: failures > 0)
    }
  }
}
