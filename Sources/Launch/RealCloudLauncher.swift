import Shell

/// What only `sgtutor-cloud` can do, because only it links the real-cloud client (AsyncHTTPClient, SwiftNIO,
/// BoringSSL): reach a real cloud. `sgtutor`'s modes ask `RealCloud.launcher`; in `sgtutor` that hands the whole
/// command line over to `sgtutor-cloud`, which binds the launcher that connects.
package protocol RealCloudLauncher: Sendable {
  /// The real cloud `real` names, ready for a mode; a cloud that cannot be used is said in one line and thrown.
  func connect(_ real: RealCloudOptions, console: any Console, environment: [String: String], isTerminal: Bool)
    async throws -> ChosenCloud
  /// `sgtutor room`: acts on and draws the room of the sandbox `real` names; the exit status.
  func room(_ session: RoomSession, on real: RealCloudOptions, console: any Console) async -> Int32
  /// `sgtutor config show`: the configuration `real` resolves to; the exit status.
  func showConfig(_ real: RealCloudOptions, console: any Console) -> Int32
}

/// The real-cloud launcher of the running executable.
package enum RealCloud {
  /// `sgtutor-cloud` binds its connecting launcher here (`Sgtutor.launch(realCloud:)`); by default a real cloud is
  /// handed over to `sgtutor-cloud`.
  @TaskLocal package static var launcher: any RealCloudLauncher = HandOverToCloudExecutable()
}

/// `sgtutor`'s launcher: replaces the process with `sgtutor-cloud`, given the same arguments. `LaunchRoute` does
/// that before any mode starts; this covers a mode that asks for a real cloud all the same.
struct HandOverToCloudExecutable: RealCloudLauncher {
  func connect(_ real: RealCloudOptions, console: any Console, environment: [String: String], isTerminal: Bool)
    async throws -> ChosenCloud
  { handOver() }

  func room(_ session: RoomSession, on real: RealCloudOptions, console: any Console) async -> Int32 { handOver() }

  func showConfig(_ real: RealCloudOptions, console: any Console) -> Int32 { handOver() }

  private func handOver() -> Never {
    SiblingExecutable.cloud.replaceProcess(arguments: Array(CommandLine.arguments.dropFirst()))
  }
}

/// A mode that may need a real cloud, and so `sgtutor-cloud`.
protocol RealCloudMode {
  /// Whether this parsed mode needs a real cloud (its `--os-cloud`, `--openstack` or `--os-auth-url`, or always).
  var needsRealCloud: Bool { get }
}
