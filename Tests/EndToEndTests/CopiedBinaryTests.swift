import Foundation
import TestSupport
import Testing

/// A release-style install: the binary copied to a folder of its own with `lessons/` beside it, run from
/// elsewhere, finds those lessons (not the source tree's).
@Suite struct CopiedBinaryTests {
  @Test func aCopiedBinaryReadsTheLessonsBesideIt() throws {
    let manager = FileManager.default
    let root = manager.temporaryDirectory.appendingPathComponent("sgtutor-copied-\(UUID().uuidString)")
    defer { try? manager.removeItem(at: root) }
    let install = root.appendingPathComponent("opt")
    let elsewhere = root.appendingPathComponent("home")
    try manager.createDirectory(at: install.appendingPathComponent("lessons/en"), withIntermediateDirectories: true)
    try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try manager.copyItem(at: builtBinary("sgtutor"), to: install.appendingPathComponent("sgtutor"))
    // Only the first lesson beside the copy: the listing shows which folder was read.
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("lessons/en/01-meet-the-cloud.md")
    try manager.copyItem(at: source, to: install.appendingPathComponent("lessons/en/01-meet-the-cloud.md"))

    let process = Process()
    process.executableURL = install.appendingPathComponent("sgtutor")
    process.arguments = ["lessons", "--lang", "en"]
    process.currentDirectoryURL = elsewhere
    process.environment = ["HOME": elsewhere.path, "XDG_STATE_HOME": elsewhere.appendingPathComponent("state").path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    // A child forked by a parallel test may briefly hold the copy's write descriptor ("Text file busy").
    for attempt in 1... {
      do {
        try process.run()
        break
      } catch  where attempt < 100 && "\(error)".contains("Text file busy") {
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text == "Lessons:\n  · 1. Meet the cloud\n" || text.hasPrefix("Lessons:\n  · 1. Meet the cloud\n"))
    #expect(!text.contains("2. "))
  }
}
