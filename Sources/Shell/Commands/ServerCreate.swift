import ArgumentParser
import ServerGroupsCore

extension ShellCommand.ServerCommands {
  /// `server create --flavor <flavor> --image <image> [network options] [--hint key=value] [--server-group …]
  /// [--min N] [--max N] [--wait] <server-name>`
  package struct Create: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Create a new server.",
      discussion: """
        To put the server in a group, use --server-group <name-or-id> (or --hint group=<uuid>, which the real \
        CLI passes to Nova as is: Nova wants the group's UUID there).
        Example: server create --flavor m1.small --image cirros --server-group "DB Cluster" db-1
        """)

    @Option(help: ArgumentHelp("Create server with this flavor (name or ID)", valueName: "flavor"))
    var flavor: String

    @Option(help: ArgumentHelp("Create server boot disk from this image (name or ID)", valueName: "image"))
    var image: String?

    @Option(
      help: ArgumentHelp(
        "Create a NIC on the server and connect it to network (name or ID). Repeat for more.", valueName: "network"))
    var network: [String] = []

    @Option(
      help: ArgumentHelp(
        "Create a NIC on the server: net-id=<network name or ID>, 'auto' or 'none'.",
        valueName: "net-id=net-uuid|auto|none"))
    var nic: [String] = []

    @Flag(help: "Do not attach a network to the server (same as --nic none)")
    var noNetwork = false

    @Option(
      help: ArgumentHelp(
        "Hints for the scheduler, e.g. group=<server group UUID>. Repeat for more.", valueName: "key=value"))
    var hint: [String] = []

    @Option(help: ArgumentHelp("Server group to create the server within (name or ID)", valueName: "server-group"))
    var serverGroup: String?

    @Option(
      name: .customLong("min"),
      help: ArgumentHelp("Minimum number of servers to launch", valueName: "count"))
    var minCount = CountArgument(1)

    @Option(
      name: .customLong("max"),
      help: ArgumentHelp("Maximum number of servers to launch", valueName: "count"))
    var maxCount = CountArgument(1)

    @Flag(help: "Wait for build to complete")
    var wait = false

    @Argument(help: ArgumentHelp("New server name", valueName: "server-name"))
    var serverName: String

    @OptionGroup var output: FormatOptions

    package init() {}

    package func validate() throws {
      for text in hint where !text.contains("=") {
        throw ValidationError("argument --hint: Expected 'key=value' type, but got: \(text)")
      }
    }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      guard let image else {
        throw ShellError.command(
          "An image (--image, --image-property) or bootable volume (--volume, --snapshot, --block-device) is required")
      }
      let bootImage = try await Finder.image(image, ctx)
      let size = try await Finder.flavor(flavor, ctx)
      if minCount.exceeds(maxCount) { throw ShellError.command("min instances should be <= max instances") }
      if minCount.value < 1 { throw ShellError.command("min instances should be > 0") }
      if maxCount.value < 1 { throw ShellError.command("max instances should be > 0") }
      let networks = try await networkRequest(ctx)
      var notes: [Output] = []
      let groupHint = try await groupHintValue(&ctx, notes: &notes)
      let cloud = ctx.cloud
      if ctx.replaysSolution, ctx.controls == nil, maxCount.value <= 1000 {
        // Nova names the servers of a multiple create `<name>-1`, `<name>-2`, ….
        let typed = maxCount.value == 1 ? [serverName] : (1...maxCount.value).map { "\(serverName)-\($0)" }
        let servers = try await ctx.api { try await cloud.listServers(ServerListQuery()) }
        if let note = ctx.madeAlready(typed, existing: servers.map(\.name)) { return CommandResult([note]) }
      }

      let name = ctx.creationName(serverName)
      var request = ServerCreateRequest(
        name: name, flavorID: size.id, imageID: bootImage.id, networks: networks, minCount: minCount.value,
        maxCount: maxCount.value)
      request.minCountDigits = minCount.digits
      request.maxCountDigits = maxCount.digits
      request.groupHint = groupHint
      request.otherHints = otherHints
      let creation = try await ctx.api {
        try await cloud.createServers(request)
      }
      var servers = creation.servers
      notes += ctx.prefixNote(typed: serverName, created: name)
      // On a real cloud servers build for a while; the simulator has placed them already.
      if wait, ctx.controls == nil {
        switch try await ServerWait.wait(for: servers, ctx: ctx) {
        case .settled(let settled): servers = settled
        case .interrupted:
          return CommandResult(notes + [.note(ServerWait.interruptedNote(servers))], changesPlacement: true)
        }
      }
      guard let first = servers.first else { return CommandResult(notes, changesPlacement: true) }
      if wait, servers.contains(where: { $0.status == .error }) {
        return CommandResult(notes + [.error("Error creating server: \(name)")], failed: true, changesPlacement: true)
      }
      // openstackclient fetches the server again before printing it.
      let current = try await ctx.api {
        try await cloud.showServer(first.id)
      }
      let names = CatalogNames(flavors: [size], images: [bootImage])
      // A note is about the table, so it comes after it, where it is read last.
      return CommandResult(
        [try .show(current.record(names: names, created: true), output)] + notes, changesPlacement: true)
    }

    /// Hints other than `group`, which Nova accepts and ignores.
    var otherHints: [SchedulerHint] {
      hint.compactMap { text in
        let key = String(text.prefix { $0 != "=" })
        return key == "group" ? nil : SchedulerHint(key: key, value: String(text.dropFirst(key.count + 1)))
      }
    }
  }
}
