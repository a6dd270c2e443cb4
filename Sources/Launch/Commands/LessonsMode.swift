import ArgumentParser
import CloudSimulator
import Foundation
import LessonEngine
import Shell

/// `sgtutor lessons`
struct LessonsMode: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lessons", abstract: "List the lessons, with a mark for each one done (start one with --lesson N).")
  @OptionGroup var language: LanguageOption

  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    let console = StandardConsole(environment: environment)
    let loaded = try TutorStart.load(
      environment: environment, language: try language.pick(environment: environment), cloud: SimulatedCloud(),
      console: console)
    console.write(loaded.session.tutor.menu() + "\n", to: .stdout)
  }
}
