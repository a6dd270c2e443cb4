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
        try installBuiltBinary(name, at: folder.appendingPathComponent(name))
      }
      // Only the first lesson beside the copy: the listing shows which folder was read.
      let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons/en/01-meet-the-cloud.md")
      try manager.copyItem(at: source, to: folder.appendingPathComponent("lessons/en/01-meet-the-cloud.md"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Runs the copy of `binary` in `home/`, with no clouds.yaml anywhere and nothing on standard input.
    func run(_ binary: String, _ arguments: [String]) throws -> ProcessRun {
      try runProgram(
        folder.appendingPathComponent(binary), arguments, input: "",
        environment: [
          "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin",
        ], in: home)
    }
  }

  /// A real cloud's `config show`, which sends nothing.
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
    // What sgtutor-cloud says (no clouds.yaml here), with its exit status: the process was replaced, not wrapped.
    #expect(run.stderr.hasPrefix("error: no cloud configured"), "\(run.stderr)")
    let direct = try install.run("sgtutor-cloud", Self.realCloud)
    #expect(run.status == direct.status && run.status != 0)
    #expect(run.stdout == direct.stdout && run.stderr == direct.stderr)
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
