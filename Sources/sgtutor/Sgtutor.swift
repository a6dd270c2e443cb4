import ArgumentParser
import Foundation
import Launch
import Shell

/// `sgtutor`: the tutor's entry point. Argument declarations only; each mode calls into the libraries.
@main
struct Sgtutor: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
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

  /// `sgtutor serve …` becomes `sgtutor-serve …` before any parsing, so its options and help are its own.
  static func main() async {
    if CommandLine.arguments.dropFirst().first == "serve" {
      SiblingExecutable.serve.replaceProcess(arguments: Array(CommandLine.arguments.dropFirst(2)))
    }
    await main(nil)
  }
}

/// `sgtutor serve`: runs the workshop server, `sgtutor-serve`, installed beside sgtutor.
struct ServeMode: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Serve the simulated cloud over Keystone, Nova, Glance and Neutron APIs.",
    discussion: "Runs sgtutor-serve, installed beside sgtutor; 'sgtutor serve --help' lists its options.")
  @Argument(parsing: .captureForPassthrough, help: "sgtutor-serve's options.") var options: [String] = []

  func run() throws { SiblingExecutable.serve.replaceProcess(arguments: options) }
}

/// `sgtutor shell`
struct ShellMode: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell",
    abstract: "Open the interactive shell on the simulated cloud (or a real one with --os-cloud).",
    discussion: """
      On a terminal the shell has line editing (emacs keys, ~/.editrc), history in \
      $XDG_STATE_HOME/sgtutor/history (default ~/.local/state/sgtutor/history) and Tab completion. \
      Ctrl-C clears the line; Ctrl-D or 'quit' leaves. When standard input is not a terminal, lines are read \
      plainly and no prompt is shown.
      """)
  @OptionGroup var cloud: CloudOptions
  @OptionGroup(title: "Real cloud") var openstack: OpenStackOptions
  @OptionGroup var language: LanguageOption
  @OptionGroup var display: DisplayOption

  func run() async throws {
    // The tutor's commands work in the shell too, when the lessons can be found.
    let start = InteractiveStart(
      simulator: cloud.simulator, real: openstack.real, language: try language.pick(), plain: display.plain,
      lessons: .optional)
    let status = try await start.run()
    if status != 0 { throw ExitCode(status) }
  }
}

/// `sgtutor run FILE|-`
struct RunMode: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run shell commands from a file or standard input, without a terminal.",
    discussion: """
      Each command is echoed after 'sgtutor> ', then its output follows. Blank lines and lines starting with # \
      are skipped. The run stops at the first failing command and exits with status 1; with --keep-going it \
      runs every command and exits with status 1 if any failed.
      Example: printf 'server group create web --policy anti-affinity\\nserver group list\\n' | sgtutor run -
      """)
  @Argument(help: ArgumentHelp("The script to run, or - for standard input.", valueName: "file")) var file: String
  @Flag(help: "Run every command even after one fails.") var keepGoing = false
  @OptionGroup var cloud: CloudOptions
  @OptionGroup(title: "Real cloud") var openstack: OpenStackOptions

  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    let console = StandardConsole(environment: environment)
    let script = try ReaderChoice.script(file, console: console)
    let chosen = try await ChosenCloud.make(
      simulator: cloud.simulator, real: openstack.real, console: console, environment: environment,
      isTerminal: script.asker != nil)
    // A dry run fails every change on purpose; the rest of the script still shows its requests.
    let status = await ShellLauncher.script(
      cloud: chosen.cloud, console: console, reader: script.commands, keepGoing: keepGoing || openstack.dryRun,
      endpoints: chosen.endpoints, asker: script.asker, tableWidth: TableWidth(environment: environment))
    await chosen.close()
    if status != 0 { throw ExitCode(status) }
  }
}
