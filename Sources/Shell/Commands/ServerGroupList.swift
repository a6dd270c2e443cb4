import ArgumentParser
import ServerGroupsCore

extension ShellCommand.ServerCommands.GroupCommands {
  /// `server group list [--all-projects] [--long] [--limit <limit>] [--offset <offset>]`
  package struct List: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "List all server groups.")

    @Flag(help: "Display information from all projects (admin only)")
    var allProjects = false

    @Flag(help: "List additional fields in output")
    var long = false

    @Option(parsing: .unconditional, help: "Maximum number of server groups to display.")
    var limit: Int?

    @Option(parsing: .unconditional, help: "Index from which to start listing servers.")
    var offset: Int?

    @Option(help: "Maximum number of server groups to fetch in total (the client stops after this many).")
    var maxItems: Int?

    @OptionGroup var output: FormatOptions

    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      var pairs: [(String, String)] = []
      if allProjects { pairs.append(("all_projects", "True")) }
      if let limit { pairs.append(("limit", String(limit))) }
      if let offset { pairs.append(("offset", String(offset))) }
      let cloud = ctx.cloud
      let version = ctx.serverGroupMicroversion
      // Nova validates the query (a negative limit is its 400, not openstackclient's).
      let groups = try await ctx.api {
        try await cloud.listServerGroups(try ServerGroupListQuery.parse(pairs, at: version))
      }
      let shown = maxItems.map { Array(groups.prefix(Swift.max(0, $0))) } ?? groups
      let listing = ServerGroup.listing(shown, long: long, at: ctx.serverGroupMicroversion)
      return CommandResult([try .list(listing, output)])
    }
  }
}
