import ArgumentParser
import CloudSimulator
import Foundation
import LineEditing
import OpenStackClient
import ServerGroupsCore
import Shell

/// The cloud a mode runs on, and what to do when the mode ends.
package struct ChosenCloud: Sendable {
  package var cloud: any Cloud
  /// The services' URLs for error messages: the catalog's on a real cloud.
  package var endpoints: ServiceEndpoints = .simulator
  /// The workshop room, when the cloud is a sgtutor sandbox (never on a dry run or another cloud).
  package var room: (any RoomLink)?
  /// Shuts the HTTP client down (nothing on the simulator).
  package var close: @Sendable () async -> Void = {}

  package init(
    cloud: any Cloud, endpoints: ServiceEndpoints = .simulator, room: (any RoomLink)? = nil,
    close: @escaping @Sendable () async -> Void = {}
  ) {
    self.cloud = cloud
    self.endpoints = endpoints
    self.room = room
    self.close = close
  }

  /// The simulator, or the real cloud `real` names. A region file or a real cloud that cannot be used is said in
  /// one line on standard error and ends the mode with status 1.
  /// - Parameters:
  ///   - isTerminal: whether someone at a terminal can be asked before servers are created.
  package static func make(
    simulator: SimulatorOptions, real: RealCloudOptions?, console: any Console, environment: [String: String],
    isTerminal: Bool, loader: CloudConfigLoader = .system()
  ) async throws -> ChosenCloud {
    guard let real else { return ChosenCloud(cloud: try simulator.makeCloud(console: console)) }
    let connection: CloudConnector.Connection
    let config: CloudConfig
    do {
      config = try loader.resolve(options: real.loaderOptions)
      connection = try await CloudConnector.connect(
        config, dryRun: real.dryRun, notify: { console.write(TerminalSafe.visible($0) + "\n", to: .stderr) },
        showUnsent: { console.write(TerminalSafe.visible($0) + "\n", to: .stdout) })
    } catch {
      // The error may quote what a cloud answered: shown, never obeyed by the terminal.
      throw LaunchFailure.say(TerminalSafe.visible("error: \(error)"), on: console)
    }
    if isTerminal {
      console.write(TerminalSafe.visible(connectedLine(config.name, connection.description)), to: .stdout)
    }
    let transport = connection.transport
    return ChosenCloud(
      cloud: GuardedCloud(
        connection.client, cloudName: config.name,
        consent: consent(real, isTerminal: isTerminal),
        ledger: GroupLedger(path: ledgerPath(cloudName: config.name, environment: environment))),
      endpoints: await endpoints(of: connection.client),
      room: real.dryRun ? nil : await SandboxRoomClient.discover(connection.client).map(SandboxRoomLink.init),
      close: { await transport.shutdown() })
  }

  /// The first line on a terminal once a real cloud answered.
  package static func connectedLine(_ name: String, _ description: CloudDescription) -> String {
    "Connected to the real cloud \(name) (\(description.name)): compute API "
      + "\(description.minMicroversion) to \(description.maxMicroversion).\n"
  }

  /// How the once-per-session question before creating servers is answered: `--yes` or a dry run (which creates
  /// nothing) agree in advance; someone at a terminal is asked by the REPL; otherwise servers are refused.
  package static func consent(_ real: RealCloudOptions, isTerminal: Bool) -> GuardedCloud.Consent {
    if real.yes || real.dryRun { return .granted }
    return isTerminal ? .askUser : .unavailable
  }

  /// The group ledger of cloud `cloudName`, beside the shell's history (nil when there is no home to keep it in).
  package static func ledgerPath(cloudName: String, environment: [String: String]) -> String? {
    HistoryFile.defaultPath(environment: environment).map { history in
      (history as NSString).deletingLastPathComponent + "/groups-\(fileSafe(cloudName)).txt"
    }
  }

  /// The catalog's endpoints (the login has fetched the catalog already). A service the catalog lacks keeps the
  /// simulator's placeholder: its calls fail with the client's own message, which names no URL.
  static func endpoints(of client: NovaClient) async -> ServiceEndpoints {
    var endpoints = ServiceEndpoints.simulator
    if let compute = try? await client.session.endpoint(.compute) { endpoints.compute = compute }
    if let image = try? await client.session.endpoint(.image) { endpoints.image = image }
    if let network = try? await client.session.endpoint(.network) { endpoints.network = network }
    return endpoints
  }

  /// `name` with everything but letters, digits, `-` and `_` as `_`, for a file name.
  package static func fileSafe(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
  }
}
