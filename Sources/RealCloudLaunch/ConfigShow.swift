import Launch
import OpenStackClient
import Shell

/// `sgtutor config show`: the real cloud's configuration as sgtutor resolves it, secrets masked, each value with
/// where it came from. Nothing is sent to the cloud.
package enum ConfigShow {
  /// Prints the report; the exit status (1 when the configuration cannot be used).
  package static func run(_ real: RealCloudOptions, console: any Console, loader: CloudConfigLoader = .system())
    -> Int32
  {
    do {
      let resolution = try loader.resolution(options: real.loaderOptions)
      console.write(ConfigReport.render(resolution), to: .stdout)
      return resolution.problem == nil ? 0 : 1
    } catch {
      console.write("error: \(error)\n", to: .stderr)
      return 1
    }
  }
}
