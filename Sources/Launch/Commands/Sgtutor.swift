import ArgumentParser

/// `sgtutor`'s command line: every mode's arguments, for the three executables. `sgtutor` runs the simulator's
/// modes itself and hands the rest on (`LaunchRoute`); `sgtutor-cloud` runs the real-cloud modes with the
/// `RealCloudLauncher` it is started with.
package struct Sgtutor: AsyncParsableCommand {
  package static let configuration = CommandConfiguration(
    commandName: "sgtutor",
    abstract: "Learn OpenStack Nova server groups in a shell that speaks the openstack CLI, on a simulated cloud.",
    discussion: """
      With no subcommand, sgtutor starts the tutorial: the lessons, and the shell to do them in. There, type \
      openstack commands as you would on a real cloud (server group create, server create --server-group, \
      server list, ...), the tutor's commands (lessons, hint, goal, next) and the shell's own (hosts, why, \
      explain, host fail, help). 'sgtutor shell' opens the shell alone.
      """,
    subcommands: [
      TutorMode.self, LessonsMode.self, ShellMode.self, RunMode.self, ServeMode.self, RoomMode.self, ConfigMode.self,
    ],
    defaultSubcommand: TutorMode.self)

  package init() {}

  /// Runs the command line: in a sibling executable when `LaunchRoute` says so (this process is then replaced),
  /// else here. `realCloud` is how this executable reaches a real cloud; nil when it cannot (`sgtutor`, which hands
  /// those modes to `sgtutor-cloud`).
  package static func launch(
    realCloud: (any RealCloudLauncher)? = nil, arguments: [String] = Array(CommandLine.arguments.dropFirst())
  ) async {
    if let route = LaunchRoute.sibling(for: arguments, realCloudLinked: realCloud != nil) {
      route.executable.replaceProcess(arguments: route.arguments)
    }
    guard let realCloud else { return await main(arguments) }
    await RealCloud.$launcher.withValue(realCloud) { await main(arguments) }
  }
}
