import Foundation
import LessonEngine
import ServerGroupsCore
import Shell

/// What `sgtutor` (the tutorial) and `sgtutor shell` share: the console, the reader (libedit on a terminal), the
/// cloud, the lessons, the REPL, and closing the cloud when the REPL ends.
package struct InteractiveStart: Sendable {
  /// Whether the mode needs the lessons.
  package enum Lessons: Sendable {
    /// The shell: the tutor's commands work when the lessons are found, and nothing is said when they are not.
    case optional
    /// The tutorial: no lessons ends the program with one line; `opening` is what the tutor shows first.
    case required(opening: TutorEvent)
  }

  package var simulator: SimulatorOptions
  /// The real cloud asked for, or nil for the simulator.
  package var real: RealCloudOptions?
  package var language: Language
  /// `--plain` (pictures as sentences).
  package var plain: Bool
  package var lessons: Lessons

  package init(
    simulator: SimulatorOptions, real: RealCloudOptions?, language: Language, plain: Bool, lessons: Lessons
  ) {
    self.simulator = simulator
    self.real = real
    self.language = language
    self.plain = plain
    self.lessons = lessons
  }

  /// Runs the REPL to its end and returns its exit status. A cloud or lessons that cannot be used are said in one
  /// line and thrown as `LaunchFailure`.
  package func run(environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> Int32 {
    let console = StandardConsole(environment: environment, plain: plain)
    let input = ReaderChoice(environment: environment)
    let chosen = try await ChosenCloud.make(
      simulator: simulator, real: real, console: console, environment: environment, isTerminal: input.isTerminal)
    let tutor: TutorSession?
    do {
      switch lessons {
      case .optional:
        tutor = TutorStart.optional(environment: environment, language: language, cloud: chosen.cloud)
      case .required(let opening):
        tutor = try TutorStart.load(
          environment: environment, language: language, cloud: chosen.cloud, openings: [opening], console: console
        ).session
      }
    } catch {
      await chosen.close()
      throw error
    }
    let status = await ShellLauncher.interactive(
      cloud: chosen.cloud, console: console, reader: input.reader, names: input.names,
      showsBanner: input.isTerminal, tutor: tutor, language: language, endpoints: chosen.endpoints,
      room: chosen.room, tableWidth: TableWidth(environment: environment))
    await chosen.close()
    return status
  }
}
