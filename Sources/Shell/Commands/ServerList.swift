import ArgumentParser
import ServerGroupsCore

extension ShellCommand.ServerCommands {
  /// `server list [--all-projects] [--long]`
  package struct List: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "List servers.")

    @Flag(help: "Include all projects (admin only)")
    var allProjects = false

    @Flag(help: "List additional fields in output")
    var long = false

    @OptionGroup var output: FormatOptions

    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let cloud = ctx.cloud
      let servers = try await ctx.api {
        try await cloud.listServers(ServerListQuery(allProjects: allProjects))
      }
      let names = try await CatalogNames.load(ctx)
      return CommandResult([try .list(Server.listing(servers, names: names, long: long), output)])
    }
  }

  /// `server show <server>`
  package struct Show: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Show server details.")

    @Argument(help: ArgumentHelp("Server to show (name or ID)", valueName: "server"))
    var server: String

    @OptionGroup var output: FormatOptions

    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let found = try await Finder.server(server, ctx)
      let names = try await CatalogNames.load(ctx)
      return CommandResult([try .show(found.record(names: names), output)])
    }
  }
}

extension CatalogNames {
  /// Flavors and images, fetched as openstackclient fetches them to print names.
  static func load(_ ctx: ShellContext) async throws -> CatalogNames {
    let cloud = ctx.cloud
    let flavors = try await ctx.api { try await cloud.listFlavors() }
    let images = try await ctx.api { try await cloud.listImages() }
    return CatalogNames(flavors: flavors, images: images)
  }
}
