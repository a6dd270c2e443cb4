import ArgumentParser
import LessonEngine

/// `sgtutor` with no subcommand, `sgtutor --lesson N`: the tutorial in the shell, on the simulated cloud (or, with
/// `--os-cloud`, on a real one, where only the lessons marked `requires: any` can be taken and their steps that
/// need the simulator are explained instead of done).
struct TutorMode: AsyncParsableCommand, RealCloudMode {
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

  var needsRealCloud: Bool { openstack.real != nil }

  func run() async throws {
    let start = InteractiveStart(
      simulator: cloud.simulator, real: openstack.real, language: try language.pick(), plain: display.plain,
      lessons: .required(opening: lesson.map { .openLesson($0) } ?? .welcome))
    let status = try await start.run()
    if status != 0 { throw ExitCode(status) }
  }
}
