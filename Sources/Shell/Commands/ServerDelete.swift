import ArgumentParser
import ServerGroupsCore

extension ShellCommand.ServerCommands {
  /// `server delete <server> [<server> ...] [--wait]`
  package struct Delete: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Delete server(s).")

    @Argument(help: ArgumentHelp("Server(s) to delete (name or ID)", valueName: "server"))
    var servers: [String]

    @Flag(help: "Wait for delete to complete")
    var wait = false

    package init() {}

    package func validate() throws {
      if servers.isEmpty { throw ValidationError("the following arguments are required: <server>") }
    }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      var outputs: [Output] = []
      var failures = 0
      let cloud = ctx.cloud
      for name in servers {
        do {
          let server = try await Finder.server(name, ctx)
          try await ctx.api {
            try await cloud.deleteServer(server.id)
          }
        } catch let error as ShellError {
          failures += 1
          outputs.append(.error("Failed to delete server with name or ID '\(name)': \(error.description)"))
        }
      }
      if failures > 0 { outputs.append(.error("\(failures) of \(servers.count) servers failed to delete.")) }
      return CommandResult(outputs, failed: failures > 0, changesPlacement: failures < servers.count)
    }
  }
}
