import LessonEngine
import ServerGroupsCore

/// How the executable starts the shell: an interactive session or a script, on a cloud it chose.
package enum ShellLauncher {
  /// The words shown before the first prompt on a terminal.
  package static let banner = ShellMessages.text(.bannerSimulator, in: .en)

  /// The banner on a real cloud.
  package static let realCloudBanner = ShellMessages.text(.bannerRealCloud, in: .en)

  /// Runs the REPL until the user quits or input ends; returns 0.
  /// - Parameters:
  ///   - tutor: the lessons, when the session has them; its openings replace the banner.
  ///   - language: the language of the diagram's words when there are no lessons (else the tutor's).
  ///   - endpoints: the services' URLs, named in error messages (a real cloud's from its catalog).
  package static func interactive(
    cloud: any Cloud, console: any Console, reader: any LineReader, names: NameCache, showsBanner: Bool,
    tutor: TutorSession? = nil, language: Language = .en, endpoints: ServiceEndpoints = .simulator,
    room: (any RoomLink)? = nil, tableWidth: TableWidth = TableWidth()
  ) async -> Int32 {
    let opensTutor = tutor.map { !$0.openings.isEmpty } ?? false
    // A real cloud's questions and refusals come in the learner's language too.
    if let guarded = cloud as? GuardedCloud { await guarded.speak(language) }
    var context = ShellContext(cloud: cloud, console: console, endpoints: endpoints, names: names)
    context.settings.tableWidth = tableWidth
    context.language = language
    context.room = room
    var repl = Repl(
      context: context, reader: reader, mode: .interactive,
      banner: showsBanner && !opensTutor
        ? ShellMessages.text(cloud is any SimulatorControls ? .bannerSimulator : .bannerRealCloud, in: language)
        : nil)
    repl.tutor = tutor
    return await repl.run()
  }

  /// Runs commands without a terminal, echoing each after the prompt; returns 1 when a command failed.
  /// - Parameter asker: where a real cloud's questions are answered, when not from the script itself.
  package static func script(
    cloud: any Cloud, console: any Console, reader: any LineReader, keepGoing: Bool,
    endpoints: ServiceEndpoints = .simulator, asker: (any LineReader)? = nil, tableWidth: TableWidth = TableWidth()
  ) async -> Int32 {
    var context = ShellContext(cloud: cloud, console: console, endpoints: endpoints)
    context.settings.tableWidth = tableWidth
    var repl = Repl(context: context, reader: reader, mode: .script(keepGoing: keepGoing))
    repl.asker = asker
    return await repl.run()
  }
}
