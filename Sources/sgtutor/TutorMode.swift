import ArgumentParser
import CloudSimulator
import Foundation
import LessonEngine
import LineEditing
import ServerGroupsCore
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
      $SGTUTOR_LESSONS, else ./lessons, else the lessons folder of the source tree sgtutor was built from.
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
    let chosen = try await ChosenCloud.make(simulator: cloud, openstack: openstack, console: console)
    let opening: TutorEvent = lesson.map { .openLesson($0) } ?? .welcome
    let loaded = try TutorStart.load(
      environment: environment, language: chosenLanguage, cloud: chosen.cloud, openings: [opening])
    let terminal = TerminalReader(environment: environment)
    let status = await ShellLauncher.interactive(
      cloud: chosen.cloud, console: console, reader: terminal.reader, names: terminal.names,
      showsBanner: terminal.isTerminal, tutor: loaded.session, language: chosenLanguage,
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
    let loaded = try TutorStart.load(
      environment: environment, language: try language.pick(environment: environment), cloud: SimulatedCloud())
    print(loaded.session.tutor.menu())
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

/// Start-up of the tutor for the executable's modes.
enum TutorStart {
  /// The lessons and progress; lesson-file problems go to standard error, and no lessons at all ends the program
  /// with one line.
  static func load(
    environment: [String: String], language: Language, cloud: any Cloud, openings: [TutorEvent] = []
  ) throws -> TutorSession.Loaded {
    switch TutorSession.start(
      environment: environment, currentDirectory: FileManager.default.currentDirectoryPath, language: language,
      cloud: cloud, openings: openings)
    {
    case .success(let loaded):
      for line in loaded.diagnostics { FileHandle.standardError.write(Data((line + "\n").utf8)) }
      return loaded
    case .failure(let error):
      FileHandle.standardError.write(Data((error.message + "\n").utf8))
      throw ExitCode.failure
    }
  }
}

/// How lines are read: libedit with history and Tab completion on a terminal, plain lines otherwise.
struct TerminalReader {
  let isTerminal: Bool
  let names = NameCache()
  let reader: any LineReader

  init(environment: [String: String]) {
    isTerminal = isatty(0) == 1
    reader =
      isTerminal
      ? LibEditLineReader(
        historyPath: HistoryFile.defaultPath(environment: environment) ?? "/dev/null",
        completer: ShellCompleter(names: names))
      : PlainLineReader(showsPrompt: false)
  }
}
