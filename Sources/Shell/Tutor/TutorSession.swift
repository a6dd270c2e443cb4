import Foundation
import LessonEngine
import ServerGroupsCore

/// The tutor inside a shell session: the lessons, the learner's progress and where it is saved, and what to do
/// before the first prompt. The REPL owns it and forwards tutor commands and the results of learner commands.
package struct TutorSession: Sendable {
  package var tutor: Tutor
  /// Where progress is written; nil when it cannot be (an unreadable file that could not be moved aside).
  package var store: (any ProgressKeeper)?
  /// Sent before the first prompt: `.welcome` for `sgtutor`, `.openLesson(N)` for `sgtutor --lesson N`.
  package var openings: [TutorEvent]
  /// Said before the openings (a progress file that was unreadable and moved aside).
  package var notices: [String]
  /// The state read last, for when reading the cloud fails.
  var lastState: CloudState?
  /// A failed save is reported once, not after every step.
  var saveFailureReported = false
  /// Whether the tutor has printed anything yet.
  var hasSpoken = false
  /// The learner's home directory, so the progress file can be named as `~/…`.
  package var homeDirectory: String?

  /// Where progress is kept, with the home directory written `~`; nil when it cannot be saved.
  package var progressLocation: String? {
    guard let path = store?.path else { return nil }
    if let home = homeDirectory, !home.isEmpty, path.hasPrefix(home + "/") {
      return "~" + path.dropFirst(home.count)
    }
    return path
  }

  package init(tutor: Tutor, store: (any ProgressKeeper)?, openings: [TutorEvent] = [], notices: [String] = []) {
    self.tutor = tutor
    self.store = store
    self.openings = openings
    self.notices = notices
  }

  /// What start-up found: the session, and lesson-file problems for standard error.
  package struct Loaded: Sendable {
    package var session: TutorSession
    /// `lessons/en/02-db-cluster.md:14: unknown check …`, one per problem; those lessons are left out.
    package var diagnostics: [String]
  }

  /// Reads and parses every lesson in `directory`, loads progress from `$XDG_STATE_HOME/sgtutor/progress.json`
  /// (default `~/.local/state/sgtutor/`) and makes the tutor.
  package static func load(
    lessonsDirectory directory: String, language: Language, environment: [String: String],
    homeDirectory: String, onSimulator: Bool, openings: [TutorEvent] = [], now: Date = Date()
  ) -> Result<Loaded, LessonsNotFound> {
    let files: [(path: String, text: String)]
    do {
      files = try LessonLibrary.readFiles(in: directory)
    } catch {
      let reason = error.localizedDescription
      return .failure(LessonsNotFound(message: "sgtutor: cannot read the lessons in \(directory): \(reason)"))
    }
    let (library, diagnostics) = LessonLibrary.parse(files)
    guard !library.lessons(in: language).isEmpty else {
      return .failure(
        LessonsNotFound(message: "sgtutor: no lessons in \(directory) (expected en/NN-name.md files)"))
    }
    let store = ProgressStore(environment: environment, homeDirectory: homeDirectory)
    let loaded = store.load(now: now)
    let notice = loaded.notice(path: store.path, in: language)
    var usable: (any ProgressKeeper)? = store
    if case .unrecoverable = loaded { usable = nil }
    let tutor = Tutor(library: library, progress: loaded.progress, language: language, onSimulator: onSimulator)
    var session = TutorSession(tutor: tutor, store: usable, openings: openings, notices: notice.map { [$0] } ?? [])
    session.homeDirectory = homeDirectory
    return .success(Loaded(session: session, diagnostics: diagnostics.map(\.description)))
  }

  /// Finds the lessons (`LessonsLocation`) and loads them with the learner's progress, for a session on `cloud`.
  package static func start(
    environment: [String: String], currentDirectory: String, language: Language, cloud: any Cloud,
    openings: [TutorEvent] = []
  ) -> Result<Loaded, LessonsNotFound> {
    LessonsLocation.find(environment: environment, currentDirectory: currentDirectory).flatMap { directory in
      load(
        lessonsDirectory: directory, language: language, environment: environment,
        homeDirectory: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory(),
        onSimulator: cloud is any SimulatorControls, openings: openings)
    }
  }
}
