import ArgumentParser
import CloudSimulator
import Foundation
import Launch
import LessonEngine
import Shell

/// `sgtutor` with no subcommand, `sgtutor --lesson N`: the tutorial in the shell, on the simulated cloud (or, with
/// `--os-cloud`, on a real one, where only the lessons marked `requires: any` can be taken and their steps that
/// need the simulator are explained instead of done).
struct TutorMode: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tutor", abstract: "Start the tutorial (what sgtutor does with no subcommand).",
    discussion: """
      Shows the lessons with a mark for each one done and offers to go on where you left off. Inside, type \
      'lesson N' to start one, 'hint', 'goal', 'next', and 'help' for the rest. Progress is kept in \
      $XDG_STATE_HOME/sgtutor/progress.json (default ~/.local/state/sgtutor/). Lessons are read from \
      $SGTUTOR_LESSONS, else ./lessons, else lessons/ beside the sgtutor binary, else \
      ../share/sgtutor/lessons from it, else the lessons folder of the source tree sgtutor was built from.
      """)
  @Option(help: ArgumentHelp("Start lesson N, or go on where you left it.", valueName: "n")) var lesson: Int?
  @OptionGroup var language: LanguageOption
  @OptionGroup var display: DisplayOption
  @OptionGroup var cloud: CloudOptions
  @OptionGroup(title: "Real cloud") var openstack: OpenStackOptions

  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    let console = StandardConsole(environment: environment, plain: display.plain)
    let chosenLanguage = try language.pick(environment: environment)
    let input = ReaderChoice(environment: environment)
    let chosen = try await ChosenCloud.make(
      simulator: cloud.simulator, real: openstack.real, console: console, environment: environment,
      isTerminal: input.isTerminal)
    let loaded = try TutorStart.load(
      environment: environment, language: chosenLanguage, cloud: chosen.cloud,
      openings: [lesson.map { .openLesson($0) } ?? .welcome], console: console)
    let status = await ShellLauncher.interactive(
      cloud: chosen.cloud, console: console, reader: input.reader, names: input.names,
      showsBanner: input.isTerminal, tutor: loaded.session, language: chosenLanguage,
      endpoints: chosen.endpoints, room: chosen.room)
    await chosen.close()
    if status != 0 { throw ExitCode(status) }
  }
}

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

/// `--plain`: pictures as sentences, for screen readers (also with `TERM=dumb`).
struct DisplayOption: ParsableArguments {
  @Flag(help: "Tell the host diagram in sentences, without box drawing (also when TERM=dumb).")
  var plain = false
}

/// `--lang en|nb`
struct LanguageOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The tutor's language, en or nb (default: from LC_ALL, LC_MESSAGES or LANG; else en).", valueName: "en|nb"))
  var lang: String?

  /// The language asked for, else the locale's.
  func pick(environment: [String: String]) throws -> Language {
    guard let lang else { return Language.pick(flag: nil, environment: environment) }
    guard let language = Language(flag: lang) else { throw ValidationError("--lang must be en or nb, not '\(lang)'") }
    return language
  }
}
