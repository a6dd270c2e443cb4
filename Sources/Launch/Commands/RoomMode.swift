import ArgumentParser
import Foundation
import Shell

/// `sgtutor room --os-cloud instructor [--follow]`: the workshop room of a `sgtutor serve` sandbox in the terminal,
/// and the room's actions (`RoomSession`, run by sgtutor-cloud).
struct RoomMode: AsyncParsableCommand, RealCloudMode {
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

  var needsRealCloud: Bool { true }

  static let noSandbox = ValidationError("name the sandbox with --os-cloud (for example --os-cloud instructor)")

  func validate() throws {
    guard let real = openstack.real else { throw Self.noSandbox }
    guard !real.dryRun else { throw ValidationError("sgtutor room has no --dry-run: its actions act at once") }
  }

  func run() async throws {
    guard let real = openstack.real else { throw Self.noSandbox }
    var session = RoomSession()
    session.hostActions = [("fail", fail), ("recover", recover), ("disable", disable), ("enable", enable)]
      .compactMap { action, host in host.map { (action, $0) } }
    session.message = message
    session.reset = reset
    session.follow = follow
    session.compact = compact
    let console = StandardConsole(environment: ProcessInfo.processInfo.environment)
    let status = await RealCloud.launcher.room(session, on: real, console: console)
    if status != 0 { throw ExitCode(status) }
  }
}
