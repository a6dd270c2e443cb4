import Foundation
import TestSupport
import Testing

/// `sgtutor serve --state` with a store it must not use: one line on standard error, exit 1, the file untouched.
@Suite struct ServeRefusalTests {
  static func serve(_ arguments: [String], home: String) throws -> ProcessRun {
    try runBuiltBinary(
      "sgtutor", ["serve", "--port", "0", "--quiet", "--clouds-dir", home + "/clouds"] + arguments, input: "",
      environment: ["PATH": "/usr/bin:/bin", "HOME": home])
  }

  @Test func aStoreMadeForOtherFlagsIsRefusedInOneLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refusal-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = folder + "/room.sqlite"
    let first = try ServeProcess(
      arguments: [
        "serve", "--port", "0", "--quiet", "--state", store, "--participants", "2", "--clouds-dir",
        folder + "/clouds",
      ], folder: folder, round: 0)
    first.kill()
    let before = FileManager.default.contents(atPath: store)
    let run = try Self.serve(["--state", store, "--participants", "3"], home: folder)
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(
      run.stderr == "error: the state store \(store) holds a workshop with --participants 2, not 3: start with "
        + "--participants 2 (or without --participants), or give another --state path for a new workshop\n")
    #expect(FileManager.default.contents(atPath: store) == before)
  }

  @Test(arguments: [
    ("notes.txt", "shopping list\n", "is not an sgtutor state store"),
    ("old.json", #"{"format": 1}"#, "import it once with --import-state"),
  ])
  func aFileThatIsNoStoreIsRefusedInOneLine(name: String, content: String, expected: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refusal-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/" + name
    try content.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try Self.serve(["--state", path], home: folder)
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("error: ") && run.stderr.contains(expected))
    #expect(run.stderr.filter { $0 == "\n" }.count == 1)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == content)
  }
}
