import Launch
import OpenStackClient
import Shell

/// `sgtutor-cloud`'s launcher: reaches the real cloud the options name, over the HTTP client.
package struct ConnectingLauncher: RealCloudLauncher {
  /// Where clouds.yaml and the `OS_*` variables are read.
  package var loader: CloudConfigLoader

  package init(loader: CloudConfigLoader = .system()) { self.loader = loader }

  package func connect(
    _ real: RealCloudOptions, console: any Console, environment: [String: String], isTerminal: Bool
  ) async throws -> ChosenCloud {
    try await ChosenCloud.connect(
      real, console: console, environment: environment, isTerminal: isTerminal, loader: loader)
  }

  package func room(_ session: RoomSession, on real: RealCloudOptions, console: any Console) async -> Int32 {
    await session.run(real, console: console, loader: loader)
  }

  package func showConfig(_ real: RealCloudOptions, console: any Console) -> Int32 {
    ConfigShow.run(real, console: console, loader: loader)
  }
}
