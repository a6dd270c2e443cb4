import CloudSimulator
import Foundation
import LessonEngine
import ServerGroupsCore
import Shell
import TestSupport

/// A tutor session through the real REPL on a fresh seeded simulator, with the repository's lessons and a
/// private progress folder; fed scripted lines, recording what a terminal would show.
struct TutorHarness {
  /// The repository's `lessons/`, found from this file's path.
  static let lessonsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path

  let stateHome: String
  var language: Language

  init(language: Language = .en) {
    stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-tutor-\(UUID().uuidString)").path
    self.language = language
  }

  var environment: [String: String] { ["XDG_STATE_HOME": stateHome, "HOME": stateHome] }
  var progressPath: String { stateHome + "/sgtutor/progress.json" }

  /// Loads the lessons and the progress saved so far.
  func session(openings: [TutorEvent], onSimulator: Bool = true) throws -> TutorSession {
    try TutorSession.load(
      lessonsDirectory: Self.lessonsDirectory, language: language, environment: environment, homeDirectory: stateHome,
      onSimulator: onSimulator, openings: openings
    ).get().session
  }

  /// Runs `lines` as a learner at a terminal would type them; returns the transcript and the REPL's status.
  /// - Parameter cloud: the simulator unless given.
  func run(
    _ lines: [String], openings: [TutorEvent] = [.welcome], columns: Int = 80, cloud: (any Cloud)? = nil
  ) async throws -> (transcript: String, status: Int32) {
    let console = RecordingConsole(columns: columns)
    let cloud = cloud ?? SimulatedCloud(seed: 1)
    var repl = Repl(
      context: ShellContext(cloud: cloud, console: console), reader: ScriptedLineReader(lines, echoingTo: console))
    repl.tutor = try session(openings: openings, onSimulator: cloud is any SimulatorControls)
    let status = await repl.run()
    return (console.transcript, status)
  }

  /// Removes the progress folder.
  func removeState() {
    try? FileManager.default.removeItem(atPath: stateHome)
  }
}
