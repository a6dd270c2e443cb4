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
      Participants use the real openstack CLI, openstacksdk or sgtutor with the clouds.yaml this writes: \
      openstack --os-cloud participant-1 server group list. Each participant gets a project with a member \
      user and a read-only user; by default every project has its own copy of the region. Ctrl-C stops it.
      """)

  @Option(help: "Address to listen on.") var host = "127.0.0.1"
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
  @Option(help: ArgumentHelp("Where to write clouds.yaml.", valueName: "file"))
  var cloudsYaml = "./sgtutor-clouds.yaml"
  @Option(help: ArgumentHelp("Passwords to use, one 'user: password' per line.", valueName: "file"))
  var credentials: String?

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    if let participants, !(1...500).contains(participants) {
      throw ValidationError("--participants must be between 1 and 500")
    }
  }

  func run() async throws {
    let spec = try loadRegion()
    var given: [String: String] = [:]
    if let credentials {
      guard let data = FileManager.default.contents(atPath: credentials) else {
        throw ValidationError("cannot read credentials file \(credentials)")
      }
      given = SandboxSetup.parseCredentials(String(decoding: data, as: UTF8.self))
    }
    let prepared: SandboxSetup.Prepared
    do {
      prepared = try await SandboxSetup.prepare(
        SandboxSetup.Options(
          statePath: state, importPath: importState, participants: participants, sharedHosts: sharedHosts,
          credentials: given),
        makeRegion: { seed in SimulatedCloud(region: spec, seed: seed) })
    } catch {
      throw ValidationError("\(error)")
    }
    let sandbox = try await Sandbox(
      workshop: prepared.workshop, store: prepared.store, regionName: spec.name,
      log: { line in
        let time = Date().formatted(Date.ISO8601FormatStyle(timeZone: .current).time(includingFractionalSeconds: false))
        FileHandle.standardOutput.write(Data("\(time) \(line)\n".utf8))
      })
    let directory = prepared.workshop.directory
    let host = self.host
    let cloudsPath = cloudsYaml
    let restored = prepared.restored
    let imported = prepared.imported
    let statePath = state
    try await runSandbox(sandbox: sandbox, address: SandboxAddress(host: host, port: port)) { boundPort in
      let shownHost = host == "0.0.0.0" ? "127.0.0.1" : host
      let root = "http://\(shownHost):\(boundPort)"
      let yaml = CloudsYAML.render(directory: directory, root: root, regionName: spec.name)
      var lines: [String] = []
      do {
        try yaml.write(toFile: cloudsPath, atomically: true, encoding: .utf8)
        lines.append("clouds.yaml: \(cloudsPath)")
      } catch {
        lines.append("error: cannot write \(cloudsPath): \(error.localizedDescription)")
      }
      let urls = [
        ("identity", root + "/identity/v3"), ("compute", root + "/v2.1"), ("image", root + "/image"),
        ("network", root + "/networking"), ("room", root + "/sgtutor/room (sign in as instructor)"),
      ]
      var header = "sgtutor sandbox listening on \(root)"
      if let imported {
        header += " (imported \(imported) into \(statePath ?? ""); the JSON file is no longer read)"
      } else if restored {
        header += " (state restored from \(statePath ?? ""))"
      }
      let text = ([header] + urls.map { "  \($0.0): \($0.1)" } + lines + [
        "participants: \(directory.users.filter { $0.role == .member }.count); try: OS_CLIENT_CONFIG_FILE=\(cloudsPath) openstack --os-cloud participant-1 server group list",
        "Ctrl-C stops the sandbox.",
      ]).joined(separator: "\n") + "\n"
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
      throw ValidationError("cannot read region file \(region)")
    }
    do {
      return try RegionSpec.parse(yaml: String(decoding: data, as: UTF8.self), path: region)
    } catch {
      throw ValidationError(error.description)
    }
  }
}

/// The simulator, as one region of the sandbox.
extension SimulatedCloud: SandboxRegion {
  package nonisolated func cloud(for caller: Caller) -> any Cloud { session(as: caller) }
  package nonisolated var controls: any SimulatorControls { self }
}
