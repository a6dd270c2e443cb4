import ArgumentParser
import LessonEngine
import SandboxServer

/// `sgtutor serve` (this executable, which `sgtutor serve` runs): the simulated cloud as an OpenStack-compatible
/// sandbox for a workshop. Its own executable, so the tutor does not carry the server's libraries.
@main
struct SgtutorServe: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sgtutor serve", abstract: "Serve the simulated cloud over Keystone, Nova, Glance and Neutron APIs.",
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
  @Option(
    help: ArgumentHelp(
      "The language of the participants' tutor in the browser, en or nb (default: each browser's language).",
      valueName: "en|nb"))
  var lang: String?
  @Flag(
    help: """
      Let participants sign in to the tutor in the browser with a one-time code the room page shows \
      (valid 15 minutes, once, five tries), as well as with their password.
      """)
  var tutorCodes = false

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    if let participants, !(1...500).contains(participants) {
      throw ValidationError("--participants must be between 1 and 500")
    }
    if let lang, Language(flag: lang) == nil { throw ValidationError("--lang must be en or nb, not '\(lang)'") }
    guard RequestLogFormat(rawValue: logFormat) != nil else {
      throw ValidationError("--log-format must be text or json")
    }
  }

  func run() async throws {
    var options = SandboxLauncher.Options()
    options.address = SandboxAddress(host: host, port: port)
    options.fixedClock = seed
    options.regionPath = region
    options.credentialsPath = credentials
    options.setup = SandboxSetup.Options(
      statePath: state, importPath: importState, participants: participants, sharedHosts: sharedHosts)
    options.cloudsFolder = cloudsDir
    options.requestLog = quiet ? nil : RequestLogFormat(rawValue: logFormat)
    options.language = lang.flatMap(Language.init(flag:))
    options.tutorCodes = tutorCodes
    do {
      try await SandboxLauncher.run(options)
    } catch let failure as SandboxLauncher.Failure {
      SandboxLauncher.standardError("error: \(failure)\n")
      throw ExitCode.failure
    }
  }
}
