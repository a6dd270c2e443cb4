import ArgumentParser
import Foundation
import LessonEngine
import ServerGroupsCore
import Shell

/// Start-up of the tutor for the executable's modes.
package enum TutorStart {
  /// The lessons and progress; lesson-file problems go to standard error, and no lessons at all ends the program
  /// with one line.
  package static func load(
    environment: [String: String], language: Language, cloud: any Cloud, openings: [TutorEvent] = [],
    console: any Console, currentDirectory: String = FileManager.default.currentDirectoryPath
  ) throws -> TutorSession.Loaded {
    switch TutorSession.start(
      environment: environment, currentDirectory: currentDirectory, language: language, cloud: cloud,
      openings: openings)
    {
    case .success(let loaded):
      for line in loaded.diagnostics { console.write(line + "\n", to: .stderr) }
      return loaded
    case .failure(let error):
      throw LaunchFailure.say(error.message, on: console)
    }
  }

  /// The lessons for the shell's tutor commands, or nil (quietly) when they cannot be found: the shell works
  /// without them.
  package static func optional(
    environment: [String: String], language: Language, cloud: any Cloud,
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) -> TutorSession? {
    try? TutorSession.start(
      environment: environment, currentDirectory: currentDirectory, language: language, cloud: cloud
    ).get().session
  }
}
