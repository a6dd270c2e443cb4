import ArgumentParser
import Foundation
import LineEditing
import OpenStackClient
import ServerGroupsCore
import Shell

/// python-openstackclient's `--os-*` options, which point sgtutor at a real cloud instead of the simulator.
struct OpenStackOptions: ParsableArguments {
  @Option(
    name: .customLong("os-cloud"),
    help: ArgumentHelp("Use this cloud from clouds.yaml (a real cloud).", valueName: "name"))
  var cloud: String?
  @Flag(help: "Use the real cloud that OS_CLOUD or an openrc file's OS_* variables describe.")
  var openstack = false
  @Option(name: .customLong("os-auth-url"), help: .hidden) var authURL: String?
  @Option(name: .customLong("os-auth-type"), help: .hidden) var authType: String?
  @Option(name: .customLong("os-username"), help: .hidden) var username: String?
  @Option(name: .customLong("os-user-id"), help: .hidden) var userID: String?
  @Option(name: .customLong("os-password"), help: .hidden) var password: String?
  @Option(name: .customLong("os-project-name"), help: .hidden) var projectName: String?
  @Option(name: .customLong("os-project-id"), help: .hidden) var projectID: String?
  @Option(name: .customLong("os-user-domain-name"), help: .hidden) var userDomainName: String?
  @Option(name: .customLong("os-user-domain-id"), help: .hidden) var userDomainID: String?
  @Option(name: .customLong("os-project-domain-name"), help: .hidden) var projectDomainName: String?
  @Option(name: .customLong("os-project-domain-id"), help: .hidden) var projectDomainID: String?
  @Option(name: .customLong("os-domain-name"), help: .hidden) var domainName: String?
  @Option(name: .customLong("os-domain-id"), help: .hidden) var domainID: String?
  @Option(name: .customLong("os-default-domain"), help: .hidden) var defaultDomain: String?
  @Option(name: .customLong("os-application-credential-id"), help: .hidden)
  var applicationCredentialID: String?
  @Option(name: .customLong("os-application-credential-name"), help: .hidden)
  var applicationCredentialName: String?
  @Option(name: .customLong("os-application-credential-secret"), help: .hidden)
  var applicationCredentialSecret: String?
  @Option(name: .customLong("os-token"), help: .hidden) var token: String?
  @Option(
    name: .customLong("os-region-name"),
    help: ArgumentHelp("Region of the real cloud.", valueName: "region"))
  var regionName: String?
  @Option(name: .customLong("os-interface"), help: .hidden) var interface: String?
  @Option(
    name: .customLong("os-cacert"),
    help: ArgumentHelp("CA bundle to trust for the real cloud.", valueName: "file"))
  var cacert: String?
  @Flag(help: "Do not check the real cloud's TLS certificate (test clouds only).") var insecure =
    false
  @Flag(help: .hidden) var verify = false
  @Option(name: .customLong("os-compute-api-version"), help: .hidden) var computeAPIVersion: String?
  @Flag(
    help: "On a real cloud, print the requests that would change something instead of sending them."
  )
  var dryRun = false
  @Flag(help: "On a real cloud, agree in advance to creating servers (needed without a terminal).")
  var yes = false

  /// Whether a real cloud was asked for.
  var wantsRealCloud: Bool { cloud != nil || authURL != nil || openstack }

  /// The options as `CloudConfigLoader` takes them (`os-` dropped, `-` as `_`).
  var loaderOptions: [String: String] {
    let pairs: [(String, String?)] = [
      ("cloud", cloud), ("auth_url", authURL), ("auth_type", authType), ("username", username),
      ("user_id", userID),
      ("password", password), ("project_name", projectName), ("project_id", projectID),
      ("user_domain_name", userDomainName), ("user_domain_id", userDomainID),
      ("project_domain_name", projectDomainName), ("project_domain_id", projectDomainID),
      ("domain_name", domainName), ("domain_id", domainID), ("default_domain", defaultDomain),
      ("application_credential_id", applicationCredentialID),
      ("application_credential_name", applicationCredentialName),
      ("application_credential_secret", applicationCredentialSecret), ("token", token),
      ("region_name", regionName), ("interface", interface), ("cacert", cacert),
      ("compute_api_version", computeAPIVersion), ("insecure", insecure ? "true" : nil),
      ("verify", verify ? "true" : nil),
    ]
    var result: [String: String] = [:]
    for case (let key, let value?) in pairs { result[key] = value }
    return result
  }
}

/// The cloud a mode runs on, and what to do when the mode ends.
struct ChosenCloud {
  var cloud: any Cloud
  /// The services' URLs for error messages: the catalog's on a real cloud.
  var endpoints: ServiceEndpoints = .simulator
  /// The workshop room, when the cloud is a sgtutor sandbox (never on a dry run or another cloud).
  var room: (any RoomLink)?
  var close: @Sendable () async -> Void = {}

  /// The simulator, or the real cloud the `--os-*` options name. A real cloud that cannot be reached ends the
  /// process with one line and status 1.
  static func make(simulator: CloudOptions, openstack: OpenStackOptions, console: any Console)
    async throws -> ChosenCloud
  {
    guard openstack.wantsRealCloud else { return ChosenCloud(cloud: try simulator.makeCloud()) }
    let connection: CloudConnector.Connection
    let config: CloudConfig
    do {
      config = try CloudConfigLoader.system().resolve(options: openstack.loaderOptions)
      connection = try await CloudConnector.connect(
        config, dryRun: openstack.dryRun, notify: { console.write(TerminalSafe.visible($0) + "\n", to: .stderr) },
        showUnsent: { console.write(TerminalSafe.visible($0) + "\n", to: .stdout) })
    } catch {
      // The error may quote what a cloud answered: shown, never obeyed by the terminal.
      console.write(TerminalSafe.visible("error: \(error)") + "\n", to: .stderr)
      throw ExitCode(1)
    }
    let consent: GuardedCloud.Consent =
      // A dry run creates nothing, so there is nothing to agree to.
      openstack.yes || openstack.dryRun
      ? .granted : isatty(0) == 1 ? .ask(Self.askOnTerminal(console)) : .unavailable
    let environment = ProcessInfo.processInfo.environment
    let ledger = HistoryFile.defaultPath(environment: environment).map { history in
      (history as NSString).deletingLastPathComponent + "/groups-\(Self.fileSafe(config.name)).txt"
    }
    let description = connection.description
    if isatty(0) == 1 {
      console.write(
        TerminalSafe.visible(
          "Connected to the real cloud \(config.name) (\(description.name)): compute API "
            + "\(description.minMicroversion) to \(description.maxMicroversion).\n"),
        to: .stdout)
    }
    let transport = connection.transport
    return ChosenCloud(
      cloud: GuardedCloud(
        connection.client, cloudName: config.name, consent: consent,
        ledger: GroupLedger(path: ledger)),
      endpoints: await endpoints(of: connection.client),
      room: openstack.dryRun ? nil : await SandboxRoomClient.discover(connection.client).map(SandboxRoomLink.init),
      close: { await transport.shutdown() })
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

  /// Shows the question and reads the answer from the terminal.
  static func askOnTerminal(_ console: any Console) -> @Sendable (String) async -> String? {
    { question in
      console.write(question, to: .stdout)
      return Swift.readLine()
    }
  }

  static func fileSafe(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
  }
}
