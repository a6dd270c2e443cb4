import CloudSimulator
import Foundation
import LessonEngine
import ServerGroupsCore
import Shell

/// What `sgtutor serve` does once its arguments are read: load the region, bring the workshop up (new, restored
/// from the store or imported), serve it, and print the banner once it listens.
package enum SandboxLauncher {
  /// `sgtutor serve`'s options.
  package struct Options: Sendable {
    package var address = SandboxAddress()
    /// `--seed`: keep the region's fixed clock instead of the wall clock.
    package var fixedClock = false
    /// `--region FILE`; nil for the standard region.
    package var regionPath: String?
    /// `--credentials FILE`: one `user: password` per line.
    package var credentialsPath: String?
    package var setup = SandboxSetup.Options()
    /// `--clouds-dir`.
    package var cloudsFolder = "./sgtutor-clouds"
    /// The request log's format; nil for `--quiet`.
    package var requestLog: RequestLogFormat? = .text
    /// `--lang`: the browser tutor's language; nil lets each browser choose.
    package var language: Language?
    /// `--tutor-codes`: one-time sign-in codes for the browser tutor, shown on the room page.
    package var tutorCodes = false
    /// Where to look for the lessons of the participants' tutor in the browser (`LessonsLocation`).
    package var environment: [String: String] = ProcessInfo.processInfo.environment
    package var currentDirectory = FileManager.default.currentDirectoryPath

    package init() {}
  }

  /// A start-up failure, said in one line (`error: …`) by the caller.
  package struct Failure: Error, Equatable, CustomStringConvertible {
    package var description: String
  }

  /// A sandbox ready to serve and what the banner says about where it came from.
  package struct Prepared: Sendable {
    package var sandbox: Sandbox
    package var regionName: String
    package var stateNote: String?
  }

  /// Runs the sandbox until SIGINT or SIGTERM; `write` gets the banner and the request log's lines.
  package static func run(
    _ options: Options, write: @escaping @Sendable (String) -> Void = Self.standardOutput
  ) async throws {
    let prepared = try await prepare(options, log: write)
    let requestLog = options.requestLog.map(StandardOutputRequestLog.init(format:))
    let host = options.address.host
    try await runSandbox(sandbox: prepared.sandbox, address: options.address, requestLog: requestLog) { port in
      let shownHost = host == "0.0.0.0" ? "127.0.0.1" : host
      write(
        ServeBanner.publish(
          directory: prepared.sandbox.workshop.directory, root: "http://\(shownHost):\(port)",
          regionName: prepared.regionName, folder: options.cloudsFolder, stateNote: prepared.stateNote,
          servesTutor: prepared.sandbox.servesTutor))
    }
  }

  /// The region, the credentials and the workshop, ready to serve; every failure is one `Failure` line.
  package static func prepare(
    _ options: Options, now: @escaping @Sendable () -> Date = { Date() },
    contents: (String) -> Data? = { FileManager.default.contents(atPath: $0) },
    log: @escaping @Sendable (String) -> Void
  ) async throws(Failure) -> Prepared {
    var region: RegionSpec
    do {
      region = try RegionSpec.load(path: options.regionPath, contents: contents).withStableIDs()
    } catch {
      throw Failure(description: error.description)
    }
    // Servers' times follow the wall clock, as the tokens' do, unless `--seed` asks for the repeatable clock.
    let wallClock: (@Sendable () -> Date)? = options.fixedClock ? nil : now
    if !options.fixedClock {
      region.startTime = Date(timeIntervalSince1970: now().timeIntervalSince1970.rounded(.down))
    }
    var setup = options.setup
    if let path = options.credentialsPath {
      guard let data = contents(path) else { throw Failure(description: "cannot read credentials file \(path)") }
      setup.credentials = SandboxSetup.parseCredentials(String(decoding: data, as: UTF8.self))
    }
    let spec = region
    do {
      let prepared = try await SandboxSetup.prepare(
        setup, makeRegion: { seed in SimulatedCloud(region: spec, seed: seed, wallClock: wallClock) })
      let sandbox = try await Sandbox(
        workshop: prepared.workshop, store: prepared.store, regionName: spec.name,
        log: { line in
          let time = now().formatted(
            Date.ISO8601FormatStyle(timeZone: .current).time(includingFractionalSeconds: false))
          log("\(time) \(line)\n")
        }, tutor: browserTutor(options))
      return Prepared(
        sandbox: sandbox, regionName: spec.name, stateNote: stateNote(prepared, statePath: setup.statePath))
    } catch {
      throw Failure(description: "\(error)")
    }
  }

  /// The lessons for the participants' tutor in the browser; without lessons the sandbox serves no tutor.
  package static func browserTutor(_ options: Options) -> BrowserTutorSetup? {
    guard
      case .success(let directory) = LessonsLocation.find(
        environment: options.environment, currentDirectory: options.currentDirectory),
      let files = try? LessonLibrary.readFiles(in: directory)
    else { return nil }
    return BrowserTutorSetup(
      library: LessonLibrary.parse(files).library, language: options.language, codes: options.tutorCodes)
  }

  /// Where the workshop came from, for the banner's first line; nil for a new one.
  package static func stateNote(_ prepared: SandboxSetup.Prepared, statePath: String?) -> String? {
    if let imported = prepared.imported {
      return "imported \(imported) into \(statePath ?? ""); the JSON file is no longer read"
    }
    return prepared.restored ? "state restored from \(statePath ?? "")" : nil
  }

  /// Writes to standard output at once (the banner and log lines must not wait in a buffer).
  package static let standardOutput: @Sendable (String) -> Void = { text in
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes to standard error.
  package static let standardError: @Sendable (String) -> Void = { text in
    FileHandle.standardError.write(Data(text.utf8))
  }
}
