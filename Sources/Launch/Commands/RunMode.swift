import ArgumentParser
import Foundation
import Shell

/// `sgtutor run FILE|-`
struct RunMode: AsyncParsableCommand, RealCloudMode {
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

  var needsRealCloud: Bool { openstack.real != nil }

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
