import ArgumentParser
import CloudSimulator
import Foundation
import LineEditing
import Shell

/// `sgtutor`: the tutor's entry point. Only wiring: the shell, the simulator and libedit live in libraries.
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
}

/// Options that choose the simulated cloud.
struct CloudOptions: ParsableArguments {
  @Option(help: "Seed for the simulator's IDs and times; the same seed gives the same session.")
  var seed: UInt64 = 1

  @Option(help: ArgumentHelp("A region file (YAML) describing hosts, flavors, images and users.", valueName: "file"))
  var region: String?

  func makeCloud() throws -> SimulatedCloud {
    guard let region else { return SimulatedCloud(seed: seed) }
    guard let data = FileManager.default.contents(atPath: region) else {
      throw userError("cannot read region file \(region)")
    }
    do {
      return SimulatedCloud(
        region: try RegionSpec.parse(yaml: String(decoding: data, as: UTF8.self), path: region), seed: seed)
    } catch {
      throw userError(error.description)
    }
  }
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
    let environment = ProcessInfo.processInfo.environment
    let console = StandardConsole(environment: environment, plain: display.plain)
    let chosenLanguage = try language.pick(environment: environment)
    let chosen = try await ChosenCloud.make(simulator: cloud, openstack: openstack, console: console)
    let names = NameCache()
    let isTerminal = isatty(0) == 1
    let reader: any LineReader =
      isTerminal
      ? LibEditLineReader(
        historyPath: HistoryFile.defaultPath(environment: environment) ?? "/dev/null",
        completer: ShellCompleter(names: names))
      : PlainLineReader(showsPrompt: false)
    // The tutor's commands work in the shell too, when the lessons can be found.
    let tutor = try? TutorSession.start(
      environment: environment, currentDirectory: FileManager.default.currentDirectoryPath, language: chosenLanguage,
      cloud: chosen.cloud
    ).get().session
    let status = await ShellLauncher.interactive(
      cloud: chosen.cloud, console: console, reader: reader, names: names, showsBanner: isTerminal, tutor: tutor,
      language: chosenLanguage, endpoints: chosen.endpoints, room: chosen.room)
    await chosen.close()
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
    let reader: any LineReader
    do {
      reader = file == "-" ? PlainLineReader(showsPrompt: false) : try LinesReader(contentsOf: file)
    } catch {
      throw userError("cannot read \(file)")
    }
    let console = StandardConsole(environment: ProcessInfo.processInfo.environment)
    let chosen = try await ChosenCloud.make(simulator: cloud, openstack: openstack, console: console)
    // A dry run fails every change on purpose; the rest of the script still shows its requests.
    let status = await ShellLauncher.script(
      cloud: chosen.cloud, console: console, reader: reader, keepGoing: keepGoing || openstack.dryRun,
      endpoints: chosen.endpoints)
    await chosen.close()
    if status != 0 { throw ExitCode(status) }
  }
}

/// A failure the user can act on (a file that cannot be read or used): one line on standard error, exit 1, no
/// usage text (that is for mistakes in the arguments themselves).
func userError(_ message: String) -> ExitCode {
  FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  return ExitCode.failure
}
