import ArgumentParser
import Foundation
import Shell

/// `sgtutor config`
struct ConfigMode: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config", abstract: "Show how sgtutor reads a real cloud's configuration.",
    subcommands: [ConfigShowMode.self])
}

/// `sgtutor config show [--os-cloud NAME]`
struct ConfigShowMode: ParsableCommand, RealCloudMode {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print the real cloud's configuration as sgtutor resolves it, secrets masked.",
    discussion: """
      Each value is shown with where it came from: a file and key, an OS_* variable, an option, a vendor \
      profile or a default. Nothing is sent to the cloud. The rules are those of the openstack CLI; see \
      docs/real-cloud.md.
      """)
  @OptionGroup(title: "Real cloud") var openstack: OpenStackOptions

  var needsRealCloud: Bool { true }

  func run() throws {
    let console = StandardConsole(environment: ProcessInfo.processInfo.environment)
    let status = RealCloud.launcher.showConfig(
      RealCloudOptions(loaderOptions: openstack.loaderOptions), console: console)
    if status != 0 { throw ExitCode(status) }
  }
}
