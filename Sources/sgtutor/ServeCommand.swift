import ArgumentParser
import CloudSimulator
import Foundation
import SandboxServer
import ServerGroupsCore

/// `sgtutor serve`: the simulated cloud as an OpenStack-compatible sandbox for a workshop.
struct ServeMode: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Serve the simulated cloud over Keystone, Nova, Glance and Neutron APIs.",
    discussion: """
      Each participant gets a project with a member user, a read-only user and an application credential; \
      by default every project has its own copy of the region. The clouds.yaml files go to --clouds-dir, \
      one per person, mode 0600, each with only that person's credentials: hand participant-N.yaml to \
      participant N (OS_CLIENT_CONFIG_FILE=participant-1.yaml openstack --os-cloud participant-1 server \
      group list) and keep instructor.yaml (admin) to yourself. No password is printed. The terminal shows \
      one line per request (time, user, method, path, status, milliseconds, request ID; never a token); \
      --quiet turns it off, --log-format json prints JSON lines. Ctrl-C stops it.
      """)

  @Option(help: "Address to listen on.") var host = "127.0.0.1"
  @Flag(
    help: "Keep the simulator's seeded, fixed clock (from the region's start_time) instead of the wall clock.")
  var seed = false
  @Option(help: "Port to listen on (0 picks a free one).") var port = 8774
  @Option(help: ArgumentHelp("A region file (YAML).", valueName: "file")) var region: String?
  @Option(
    help: ArgumentHelp(
      "Keep projects, users and every change in this SQLite store (created when missing; a restart resumes it).",
      valueName: "path"))
  var state: String?
  @Option(
    help: ArgumentHelp(
      "Import a JSON state file of an earlier sgtutor into the new store given with --state.", valueName: "file"))
  var importState: String?
  @Option(help: "Number of participant projects (default 1, or what the --state store holds).") var participants: Int?
  @Flag(
    inversion: .prefixedNo,
    help: "Put every project on one shared region, as a real cloud would (default: a region per project).")
  var sharedHosts: Bool?
  @Option(help: ArgumentHelp("Folder for the clouds.yaml files, one per person (mode 0600).", valueName: "folder"))
  var cloudsDir = "./sgtutor-clouds"
  @Option(help: ArgumentHelp("Passwords to use, one 'user: password' per line.", valueName: "file"))
  var credentials: String?
  @Flag(help: "Print no line per request (the request log is on by default).") var quiet = false
  @Option(help: ArgumentHelp("The request log's lines: text or json (JSON lines).", valueName: "format"))
  var logFormat = "text"

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    if let participants, !(1...500).contains(participants) {
      throw ValidationError("--participants must be between 1 and 500")
    }
    guard RequestLogFormat(rawValue: logFormat) != nil else {
      throw ValidationError("--log-format must be text or json")
    }
  }

  func run() async throws {
    var region = try loadRegion()
    // Servers' times follow the wall clock, as the tokens' do, unless `--seed` asks for the repeatable clock.
    let wallClock: (@Sendable () -> Date)? = seed ? nil : { @Sendable in Date() }
    if !seed { region.startTime = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }
    let spec = region
    var given: [String: String] = [:]
    if let credentials {
      guard let data = FileManager.default.contents(atPath: credentials) else {
        throw userError("cannot read credentials file \(credentials)")
      }
      given = SandboxSetup.parseCredentials(String(decoding: data, as: UTF8.self))
    }
    let prepared: SandboxSetup.Prepared
    do {
      prepared = try await SandboxSetup.prepare(
        SandboxSetup.Options(
          statePath: state, importPath: importState, participants: participants, sharedHosts: sharedHosts,
          credentials: given),
        makeRegion: { seed in SimulatedCloud(region: spec, seed: seed, wallClock: wallClock) })
    } catch {
      throw userError("\(error)")
    }
    let sandbox = try await Sandbox(
      workshop: prepared.workshop, store: prepared.store, regionName: spec.name,
      log: { line in
        let time = Date().formatted(Date.ISO8601FormatStyle(timeZone: .current).time(includingFractionalSeconds: false))
        FileHandle.standardOutput.write(Data("\(time) \(line)\n".utf8))
      })
    let directory = prepared.workshop.directory
    let host = self.host
    let folder = cloudsDir
    let stateNote: String? =
      if let imported = prepared.imported {
        "imported \(imported) into \(state ?? ""); the JSON file is no longer read"
      } else if prepared.restored {
        "state restored from \(state ?? "")"
      } else {
        nil
      }
    let requestLog = quiet ? nil : RequestLogFormat(rawValue: logFormat).map(StandardOutputRequestLog.init(format:))
    try await runSandbox(sandbox: sandbox, address: SandboxAddress(host: host, port: port), requestLog: requestLog) {
      boundPort in
      let shownHost = host == "0.0.0.0" ? "127.0.0.1" : host
      let text = ServeBanner.publish(
        directory: directory, root: "http://\(shownHost):\(boundPort)", regionName: spec.name, folder: folder,
        stateNote: stateNote)
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }

  /// The region with fixed image and network IDs, so every project's copy (and every restart) shows the
  /// same public image and shared network IDs, as one real cloud would.
  private func loadRegion() throws -> RegionSpec {
    var spec = try readRegion()
    for index in spec.images.indices where spec.images[index].id == nil {
      spec.images[index].id = StableUUID.make("image/" + spec.images[index].name)
    }
    for index in spec.networks.indices where spec.networks[index].id == nil {
      spec.networks[index].id = StableUUID.make("network/" + spec.networks[index].name)
    }
    return spec
  }

  private func readRegion() throws -> RegionSpec {
    guard let region else { return .standard }
    guard let data = FileManager.default.contents(atPath: region) else {
      throw userError("cannot read region file \(region)")
    }
    do {
      return try RegionSpec.parse(yaml: String(decoding: data, as: UTF8.self), path: region)
    } catch {
      throw userError(error.description)
    }
  }
}

/// The simulator, as one region of the sandbox.
extension SimulatedCloud: SandboxRegion {
  package nonisolated func cloud(for caller: Caller) -> any Cloud { session(as: caller) }
  package nonisolated var controls: any SimulatorControls { self }
}
