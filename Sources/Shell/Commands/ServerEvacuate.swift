import ArgumentParser
import ServerGroupsCore

extension ShellCommand.ServerCommands {
  /// `server evacuate <server> [--wait] [--host <host>] [--password <password> | --shared-storage]`, as
  /// python-openstackclient has it: an admin recreates a server whose host is down, then sees it shown.
  package struct Evacuate: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Evacuate a server to a different host.",
      discussion: """
        Recreates a server after the host it was on has failed; only when that host's compute service is down, \
        and only as an admin. The scheduler picks the new host with the server's group policy honoured, as on a \
        boot. ('host evacuate HOST' is the shell's own command that does this for every server of a host.)
        """)

    @Argument(help: ArgumentHelp("Server (name or ID)", valueName: "server"))
    var server: String

    @Flag(help: "Wait for evacuation to complete")
    var wait = false

    @Option(
      help: ArgumentHelp(
        "Set the preferred host on which to rebuild the evacuated server. The host will be validated by the "
          + "scheduler. (supported by --os-compute-api-version 2.29 or above)", valueName: "host"))
    var host: String?

    @Option(help: ArgumentHelp("Set the password on the evacuated instance.", valueName: "password"))
    var password: String?

    @Flag(help: "Indicate that the instance is on shared storage (--os-compute-api-version 2.13 or earlier).")
    var sharedStorage = false

    @OptionGroup var output: FormatOptions

    package init() {}

    package func validate() throws {
      if sharedStorage, password != nil {
        throw ValidationError("argument --shared-storage: not allowed with argument --password")
      }
    }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let version = ctx.cloudInfo?.maxMicroversion ?? .v2_64
      if host != nil, version < Microversion(2, 29) {
        throw ShellError.command("--os-compute-api-version 2.29 or later is required to specify a preferred host.")
      }
      if sharedStorage, version >= Microversion(2, 14) {
        throw ShellError.command("--os-compute-api-version 2.13 or earlier is required to specify shared-storage.")
      }
      // The session's wrappers pass administration calls on; whether they arrive anywhere is the cloud's.
      guard ctx.underlyingCloud is any CloudAdministration, let admin = ctx.cloud as? any CloudAdministration else {
        throw ShellError.command("This cloud cannot evacuate servers.")
      }
      let found = try await Finder.server(server, ctx)
      let id = found.id
      let request = ServerEvacuateRequest(host: host, adminPass: password, sharedStorage: sharedStorage)
      try await ctx.api { try await admin.evacuateServer(id, request) }
      let cloud = ctx.cloud
      let current = try await ctx.api { try await cloud.showServer(id) }
      var outputs: [Output] = []
      if wait {
        // The simulator rebuilds at once; a real cloud's REBUILD is not followed here.
        if ctx.controls == nil {
          outputs.append(.note(ShellMessages.text(.evacuateNotFollowed, in: ctx.language)))
        } else if current.status == .error {
          return CommandResult(
            [.error("Error evacuating server: \(id.rawValue)")], failed: true, changesPlacement: true)
        } else if current.status == .active || found.status == current.status {
          outputs.append(.text("Complete"))
        } else {
          // 2.95 and later leave the server SHUTOFF; the CLI waits for ACTIVE, which never comes.
          outputs.append(.note(ShellMessages.text(.evacuateStopped, current.status.rawValue, in: ctx.language)))
        }
      }
      let names = try await CatalogNames.load(ctx)
      outputs.append(try .show(current.record(names: names), output))
      return CommandResult(outputs, changesPlacement: true)
    }
  }
}
