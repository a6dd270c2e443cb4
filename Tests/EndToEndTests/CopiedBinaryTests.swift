import Foundation
import TestSupport
import Testing

/// A release-style install: the binaries copied to a folder of their own with `lessons/` beside them, run from
/// elsewhere. The tutor finds those lessons (not the source tree's) and runs `sgtutor-cloud` from its own folder
/// for a real cloud; without it, it says so in one line.
@Suite struct CopiedBinaryTests {
  /// A temporary folder with `opt/` (the install: the named binaries and the first English lesson) and `home/`.
  final class Install {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-copied-\(UUID().uuidString)")
    var folder: URL { root.appendingPathComponent("opt") }
    var home: URL { root.appendingPathComponent("home") }

    init(_ binaries: [String]) throws {
      let manager = FileManager.default
      try manager.createDirectory(at: folder.appendingPathComponent("lessons/en"), withIntermediateDirectories: true)
      try manager.createDirectory(at: home, withIntermediateDirectories: true)
      for name in binaries {
        try manager.copyItem(at: builtBinary(name), to: folder.appendingPathComponent(name))
      }
      // Only the first lesson beside the copy: the listing shows which folder was read.
      let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons/en/01-meet-the-cloud.md")
      try manager.copyItem(at: source, to: folder.appendingPathComponent("lessons/en/01-meet-the-cloud.md"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Runs the copy of `binary` from `home/`, with no clouds.yaml anywhere and standard input empty.
    func run(_ binary: String, _ arguments: [String]) throws -> ProcessRun {
      let process = Process()
      process.executableURL = folder.appendingPathComponent(binary)
      process.arguments = arguments
      process.currentDirectoryURL = home
      process.environment = [
        "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin",
      ]
      let output = Pipe()
      let errors = Pipe()
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = output
      process.standardError = errors
      // A child forked by a parallel test may briefly hold the copy's write descriptor ("Text file busy").
      for attempt in 1... {
        do {
          try process.run()
          break
        } catch where attempt < 100 && "\(error)".contains("Text file busy") {
          Thread.sleep(forTimeInterval: 0.05)
        }
      }
      nonisolated(unsafe) var errorData = Data()
      let errorReader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
      errorReader.start()
      let outputData = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      while !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
      return ProcessRun(
        status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
        stderr: String(decoding: errorData, as: UTF8.self))
    }
  }

  /// A real cloud's settings on the command line only: `config show` prints them and sends nothing.
  static let realCloud = [
    "config", "show", "--os-auth-url", "https://keystone.example/v3", "--os-username", "ada", "--os-password",
    "secret", "--os-project-name", "demo",
  ]

  @Test func aCopiedBinaryReadsTheLessonsBesideIt() throws {
    let install = try Install(["sgtutor", "sgtutor-cloud"])
    for binary in ["sgtutor", "sgtutor-cloud"] {
      let run = try install.run(binary, ["lessons", "--lang", "en"])
      #expect(run.status == 0, "\(binary): \(run.stderr)")
      #expect(run.stdout.hasPrefix("Lessons:\n  · 1. Meet the cloud\n"), "\(binary): \(run.stdout)")
      #expect(!run.stdout.contains("2. "))
    }
  }

  @Test func aCopiedTutorRunsTheCloudExecutableBesideItForARealCloud() throws {
    let install = try Install(["sgtutor", "sgtutor-cloud"])
    let run = try install.run("sgtutor", Self.realCloud)
    #expect(run.stdout.hasPrefix("cloud: "), "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("  auth_url:"))
    #expect(run.stdout.contains("https://keystone.example/v3"))
    #expect(!run.stdout.contains("secret"))
    // The same exit status as sgtutor-cloud run by hand: the process was replaced, not wrapped.
    #expect(run.status == (try install.run("sgtutor-cloud", Self.realCloud)).status)
  }

  @Test(arguments: [realCloud, ["shell", "--os-cloud", "lab"], ["room", "--os-cloud", "instructor"]])
  func withoutTheCloudExecutableARealCloudIsOneLineAndAFailure(_ arguments: [String]) throws {
    let install = try Install(["sgtutor"])
    let run = try install.run("sgtutor", arguments)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    let path = install.folder.resolvingSymlinksInPath().appendingPathComponent("sgtutor-cloud").path
    #expect(
      run.stderr
        == "error: a real cloud (--os-cloud, --openstack, room, config) needs sgtutor-cloud beside sgtutor, and "
        + "there is none at \(path) (build it with 'swift build --product sgtutor-cloud', or install sgtutor's "
        + "binaries in one folder)\n")
  }

  @Test func theSimulatorNeedsNoOtherExecutable() throws {
    let install = try Install(["sgtutor"])
    let run = try install.run("sgtutor", ["shell", "--seed", "3"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
  }
}
