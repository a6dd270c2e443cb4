import Foundation
import Launch
import LineEditing
import OpenStackClient
import ServerGroupsCore
import Shell

/// A real cloud for a mode, in `sgtutor-cloud`: the connection, the consent question, the group ledger, the
/// catalog's endpoints and the sandbox's room.
extension ChosenCloud {
  /// The real cloud `real` names. One that cannot be used is said in one line on standard error and ends the mode
  /// with status 1.
  /// - Parameters:
  ///   - isTerminal: whether someone at a terminal can be asked before servers are created.
  package static func connect(
    _ real: RealCloudOptions, console: any Console, environment: [String: String], isTerminal: Bool,
    loader: CloudConfigLoader = .system()
  ) async throws -> ChosenCloud {
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
