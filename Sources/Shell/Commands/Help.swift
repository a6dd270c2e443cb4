import ArgumentParser

extension ShellCommand {
  /// `help [COMMAND …]`
  package struct Help: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "List the commands, or show one command's options.")
    @Argument(help: ArgumentHelp("A command, e.g. 'server group create'", valueName: "command")) var command: [String] =
      []
    package init() {}
    package static var origin: CommandOrigin { .session }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let words = command.first == "openstack" ? Array(command.dropFirst()) : command
      guard !words.isEmpty else { return CommandResult([.help(Self.overview)]) }
      try CommandTree.check(words)
      let (type, consumed) = CommandTree.resolve(words)
      if consumed < words.count {
        throw ShellError.unknownCommand(words.joined(separator: " "), suggestion: nil)
      }
      return CommandResult([.help(CommandTree.help(for: type, columns: ctx.style.columns))])
    }

    /// The list of commands.
    package static let overview = """
      openstack commands (typed as for the real CLI; a leading 'openstack' is optional):
        server group create [--policy POLICY] [--rule max_server_per_host=N] NAME
        server group list [--long] [--all-projects] | show GROUP | delete GROUP...
        server create --flavor FLAVOR --image IMAGE [--server-group GROUP] [--min N --max N] NAME
        server list [--long] | show SERVER | delete SERVER...
        server evacuate SERVER [--host HOST]   (admin)
        flavor list | flavor show FLAVOR | image list | network list
        hypervisor list | hypervisor show HOST   (admin)
        Lists and shows take -f table|json|yaml|value and -c COLUMN.
        (admin): needs the admin role; in the simulator, `set role admin` gives it.

      Tutor commands:
        lessons               the lessons, with a mark for each one done
        lesson N              start lesson N, or go on where you left it
        next, back            the next step (once this one is done), the previous step
        hint                  the step's next hint
        goal                  compare the cloud with the step's goal, condition by condition
        solution              show the step's solution, then ask before running it
        skip                  have the step done for you and go on
        reset                 in a lesson: the cloud back as the step began
        progress              how far you are in each lesson
        sandbox               leave the lesson to play freely; again to go back

      Shell commands (sgtutor's own, not openstack CLI commands):
        hosts                 draw the hosts and the servers on them
        why SERVER            why the scheduler put a server where it did
        explain [POLICY]      what a policy does; alone, the four side by side
        host fail|recover|disable|enable|fill|drain HOST
                              break and mend simulated hosts
        host evacuate HOST    move every server of a failed host elsewhere
        equivalent [on|off]   show the openstack command and REST calls after each command
        set [diagram|equivalent on|off]
                              change or show settings
        set role admin|member in the simulator: the admin's view, or the member's
        reset                 put the simulated cloud back as it was (outside a lesson)
        help [COMMAND]        this list, or one command's options ('help server create')
        quit, exit            leave (Ctrl-D too)
      """
  }
}
