import ArgumentParser
import Foundation
import OpenStackClient
import ServerGroupsCore
import Shell

/// `sgtutor room --os-cloud instructor [--follow]`: the workshop room of a `sgtutor serve` sandbox in the terminal,
/// and the room's actions. The drawing is `Shell.RoomRenderer`'s; this only connects and loops.
struct RoomMode: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "room", abstract: "Show the room of a sgtutor sandbox (instructor only) and act on it.",
    discussion: """
      Draws every participant's lesson, step, groups, servers and hosts, the stuck and those with servers in \
      ERROR first. Example: sgtutor room --os-cloud instructor --follow. The same room is on the page at \
      /sgtutor/room of the sandbox.
      """)

  @Flag(help: "Keep drawing the room as it changes (Ctrl-C stops).") var follow = false
  @Flag(help: "One line per participant.") var compact = false
  @Option(help: ArgumentHelp("Fail a compute host in every participant's region.", valueName: "host")) var fail: String?
  @Option(help: ArgumentHelp("Bring a failed host back up everywhere.", valueName: "host")) var recover: String?
  @Option(help: ArgumentHelp("Disable a compute host everywhere.", valueName: "host")) var disable: String?
  @Option(help: ArgumentHelp("Enable a compute host everywhere.", valueName: "host")) var enable: String?
  @Option(help: ArgumentHelp("Show this message at every participant's next prompt ('' clears it).", valueName: "text"))
  var message: String?
  @Option(help: ArgumentHelp("Delete every server and group of this participant.", valueName: "participant"))
  var reset: String?
  @OptionGroup(title: "Real cloud") var openstack: OpenStackOptions

  func run() async throws {
    let console = StandardConsole(environment: ProcessInfo.processInfo.environment)
    guard openstack.wantsRealCloud else {
      throw ValidationError("name the sandbox with --os-cloud (for example --os-cloud instructor)")
    }
    guard !openstack.dryRun else { throw ValidationError("sgtutor room has no --dry-run: its actions act at once") }
    let connection: CloudConnector.Connection
    let config: CloudConfig
    do {
      config = try CloudConfigLoader.system().resolve(options: openstack.loaderOptions)
      connection = try await CloudConnector.connect(
        config, notify: { console.write($0 + "\n", to: .stderr) }, showUnsent: { _ in })
    } catch {
      console.write("error: \(error)\n", to: .stderr)
      throw ExitCode(1)
    }
    let status = await show(connection, name: config.name, console: console)
    await connection.transport.shutdown()
    if status != 0 { throw ExitCode(status) }
  }

  /// Acts, then draws the room (again as it changes with `--follow`); the exit status.
  private func show(_ connection: CloudConnector.Connection, name: String, console: StandardConsole) async -> Int32 {
    guard let room = await SandboxRoomClient.discover(connection.client) else {
      console.write("error: \(name) is not a sgtutor sandbox (its catalog has no sgtutor service)\n", to: .stderr)
      return 1
    }
    do {
      try await act(room, console: console)
      var last = ""
      repeat {
        let text = RoomRenderer.render(try await room.room(), style: style(console), now: Date(), compact: compact)
        if text != last {
          // A fresh screen each time the room changes when following; a plain print otherwise.
          console.write((follow && console.colors ? "\u{1B}[H\u{1B}[2J" : "") + text, to: .stdout)
          last = text
        }
        if follow { try? await Task.sleep(for: .seconds(1)) }
      } while follow
      return 0
    } catch {
      console.write("error: \(error.message)\n", to: .stderr)
      return 1
    }
  }

  private func style(_ console: StandardConsole) -> RenderStyle {
    RenderStyle(columns: console.columns, colors: console.colors)
  }

  /// The actions asked for, each said in one line.
  private func act(_ room: SandboxRoomClient, console: StandardConsole) async throws(CloudError) {
    for (action, host) in [("fail", fail), ("recover", recover), ("disable", disable), ("enable", enable)] {
      guard let host else { continue }
      _ = try await room.hostAction(host, action)
      console.write("\(host): \(action) done in every region\n", to: .stdout)
    }
    if let message {
      _ = try await room.sendMessage(message)
      console.write(message.isEmpty ? "message cleared\n" : "message sent\n", to: .stdout)
    }
    if let reset {
      let answer = try await room.reset(reset)
      let servers = RoomRenderer.count(answer["servers_deleted"])
      let groups = RoomRenderer.count(answer["groups_deleted"])
      console.write("\(reset): \(servers) servers and \(groups) groups deleted\n", to: .stdout)
    }
  }
}
