import ArgumentParser
import Foundation
import OpenStackClient
import Shell

/// `sgtutor config`
struct ConfigMode: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config", abstract: "Show how sgtutor reads a real cloud's configuration.",
    subcommands: [ConfigShow.self])
}

/// `sgtutor config show [--os-cloud NAME]`
struct ConfigShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print the real cloud's configuration as sgtutor resolves it, secrets masked.",
    discussion: """
      Each value is shown with where it came from: a file and key, an OS_* variable, an option, a vendor \
      profile or a default. Nothing is sent to the cloud. The rules are those of the openstack CLI; see \
      docs/real-cloud.md.
      """)
  @OptionGroup(title: "Real cloud") var openstack: OpenStackOptions

  func run() throws {
    let console = StandardConsole(environment: ProcessInfo.processInfo.environment)
    do {
      let resolution = try CloudConfigLoader.system().resolution(options: openstack.loaderOptions)
      console.write(ConfigReport.render(resolution), to: .stdout)
      if resolution.problem != nil { throw ExitCode(1) }
    } catch {
      console.write("error: \(error)\n", to: .stderr)
      throw ExitCode(1)
    }
  }
}
