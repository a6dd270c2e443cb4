import ArgumentParser
import ServerGroupsCore

extension ShellCommand.ServerCommands.GroupCommands {
  /// `server group show <server-group>`
  package struct Show: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Display server group details.")

    @Argument(help: ArgumentHelp("Server group to display (name or ID)", valueName: "server-group"))
    var serverGroup: String

    @OptionGroup var output: FormatOptions

    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let group = try await Finder.serverGroup(serverGroup, ctx)
      return CommandResult([try .show(group.record(at: ctx.serverGroupMicroversion), output)])
    }
  }
}
