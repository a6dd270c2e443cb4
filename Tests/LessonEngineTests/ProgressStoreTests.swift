import Foundation
import LessonEngine
import Testing

/// progress.json: where it lives, atomic writes, and a corrupt file moved aside.
@Suite struct ProgressStoreTests {
  /// A fresh empty folder under the system temporary folder.
  static func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sgtutor-progress-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static let now = Date(timeIntervalSince1970: 1_785_000_000)  // 2026-07-25T17:20:00Z

  @Test func followsXDGStateHomeAndFallsBackToLocalState() {
    #expect(
      ProgressStore(environment: ["XDG_STATE_HOME": "/x/state"], homeDirectory: "/home/a").path
        == "/x/state/sgtutor/progress.json")
    #expect(
      ProgressStore(environment: [:], homeDirectory: "/home/a").path
        == "/home/a/.local/state/sgtutor/progress.json")
    // The XDG spec says a relative value is to be ignored.
    #expect(
      ProgressStore(environment: ["XDG_STATE_HOME": "rel"], homeDirectory: "/home/a").path
        == "/home/a/.local/state/sgtutor/progress.json")
  }

  @Test func aMissingFileIsAFreshStart() throws {
    let store = ProgressStore(environment: [:], homeDirectory: try Self.temporaryDirectory())
    let load = store.load(now: Self.now)
    #expect(load == .fresh)
    #expect(load.progress == Progress())
    #expect(load.notice(path: store.path, in: .en) == nil)
  }

  @Test func savesAndLoadsTheSameProgressCreatingTheFolder() throws {
    let home = try Self.temporaryDirectory()
    let store = ProgressStore(environment: [:], homeDirectory: home)
    var progress = Progress(current: Position(lesson: "03-launch-three", step: 1))
    progress.lessons["02-db-cluster"] = LessonProgress(
      completedSteps: [0, 1], hintsUsed: 2, isCompleted: true)
    try store.save(progress)
    #expect(store.load(now: Self.now) == .loaded(progress))
    // Saving again replaces the file and leaves no temporary files behind.
    progress.current?.step = 2
    try store.save(progress)
    #expect(store.load(now: Self.now) == .loaded(progress))
    let names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
    #expect(names == ["progress.json"])
  }

  @Test func aCorruptFileIsMovedAsideWithATimestampAndTheLearnerStartsFresh() throws {
    let home = try Self.temporaryDirectory()
    let store = ProgressStore(environment: [:], homeDirectory: home)
    try FileManager.default.createDirectory(
      atPath: store.directory, withIntermediateDirectories: true)
    try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.path))
    let load = store.load(now: Self.now)
    let aside = store.path + ".corrupt-20260725T172000Z"
    #expect(load == .recovered(reason: "it is not valid JSON", movedTo: aside))
    #expect(load.progress == Progress())
    #expect(FileManager.default.fileExists(atPath: aside))
    #expect(!FileManager.default.fileExists(atPath: store.path))
    #expect(
      load.notice(path: store.path, in: .en)
        == "Your progress file \(store.path) could not be read (it is not valid JSON). It was moved to \(aside), and you start fresh."
    )
    #expect(
      load.notice(path: store.path, in: .nb)?.hasPrefix(
        "Fremdriftsfilen \(store.path) kunne ikke leses") == true)
    // A second corrupt file in the same second gets its own name.
    try Data("[]".utf8).write(to: URL(fileURLWithPath: store.path))
    #expect(
      store.load(now: Self.now)
        == .recovered(reason: "unexpected value at ``", movedTo: aside + "-2"))
  }

  @Test func anUnreadableFileIsMovedAsideToo() throws {
    let home = try Self.temporaryDirectory()
    let store = ProgressStore(environment: [:], homeDirectory: home)
    // A folder where the file should be cannot be read as a file.
    try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: true)
    guard case .recovered(let reason, let movedTo) = store.load(now: Self.now) else {
      Issue.record("expected the folder to be moved aside")
      return
    }
    #expect(reason == "it could not be read")
    #expect(movedTo.hasSuffix(".corrupt-20260725T172000Z"))
    try store.save(Progress())
    #expect(store.load(now: Self.now) == .loaded(Progress()))
  }

  @Test func olderFilesWithMissingKeysStillLoad() throws {
    let store = ProgressStore(directory: try Self.temporaryDirectory())
    try Data(#"{"lessons": {"01-meet-the-cloud": {"completedSteps": [0]}}}"#.utf8).write(
      to: URL(fileURLWithPath: store.path))
    let progress = store.load(now: Self.now).progress
    #expect(progress.lessons["01-meet-the-cloud"]?.completedSteps == [0])
    #expect(progress.current == nil)
  }

  @Test func recordsWhatTheLessonActionsSay() {
    var progress = Progress()
    let actions: [LessonAction] = [
      .stepCompleted(step: 0, outcome: .solved), .stepCompleted(step: 1, outcome: .skipped),
      .advance(to: 2),
      .say("hello"), .lessonCompleted,
    ]
    let changed = actions.map { progress.record($0, lessonID: "a") }
    #expect(changed == [true, true, true, false, true])
    #expect(
      progress.lessons["a"]
        == LessonProgress(completedSteps: [0, 1], skippedSteps: [1], isCompleted: true))
    #expect(progress.current == Position(lesson: "a", step: 2))
  }
}
