import Foundation
import LineEditing
import Testing

@Suite struct HistoryFileTests {
  @Test(arguments: [
    (["XDG_STATE_HOME": "/s", "HOME": "/h"], "/s/sgtutor/history"),
    (["HOME": "/home/ada"], "/home/ada/.local/state/sgtutor/history"),
    (["HOME": "/home/ada/"], "/home/ada/.local/state/sgtutor/history"),
    (["XDG_STATE_HOME": "relative", "HOME": "/h"], "/h/.local/state/sgtutor/history"),
    (["XDG_STATE_HOME": "", "HOME": "/h"], "/h/.local/state/sgtutor/history"),
  ])
  func defaultPath(_ environment: [String: String], _ path: String) {
    #expect(HistoryFile.defaultPath(environment: environment) == path)
  }

  @Test func noDefaultPathWithoutAHome() {
    #expect(HistoryFile.defaultPath(environment: [:]) == nil)
    #expect(HistoryFile.defaultPath(environment: ["HOME": "relative"]) == nil)
  }

  @Test func recognisesWhatItMayOverwrite() throws {
    let directory = try TemporaryDirectory()
    let file = HistoryFile(path: directory.path + "/history")
    #expect(file.existing() == .missing)
    try Data().write(to: URL(fileURLWithPath: file.path))
    #expect(file.existing() == .empty)
    try Data("_HiStOrY_V2_\nls\n".utf8).write(to: URL(fileURLWithPath: file.path))
    #expect(file.existing() == .history)
    try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: file.path))
    #expect(file.existing() == .foreign)
    #expect(HistoryFile(path: directory.path).existing() == .notARegularFile)
    #expect(HistoryFile(path: "/dev/null").existing() == .device)
  }
}

/// A fresh directory under the system's temporary directory, removed when the value is dropped.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-lineediting-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
