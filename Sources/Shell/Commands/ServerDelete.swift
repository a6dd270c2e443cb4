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

  /// `server evacuate <host>`: the simulator rebuilds every server of a failed host elsewhere.
  package struct Evacuate: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Evacuate every server of a failed host (simulator only).",
      discussion: """
        The real 'openstack server evacuate' takes one server at a time (admin only) and needs its host to be \
        down. Here you name the host, and each of its servers is rebuilt elsewhere, honouring its group's policy.
        """)

    @Argument(help: ArgumentHelp("The failed host whose servers to move", valueName: "host"))
    var host: String

    package init() {}

    package static var origin: CommandOrigin {
      .simulator("An administrator runs 'openstack server evacuate SERVER' for each server of the failed host.")
    }
    package static var simulatorOnly: Bool { true }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let controls = try ctx.requireControls("server evacuate")
      let outcomes = try await ctx.simulator {
        try await controls.evacuateHost(host)
      }
      return CommandResult([.evacuation(host: host, outcomes)], changesPlacement: true)
    }
  }
}
