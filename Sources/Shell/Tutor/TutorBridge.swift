import LessonEngine
import ServerGroupsCore

/// The shell as the tutor's host. While the tutor works, the REPL has no tutor attached, so the lines it runs
/// (setup, solutions) skip the lesson hook by construction.
struct TutorBridge: TutorHost {
  var repl: Repl
  let store: (any ProgressKeeper)?
  let language: Language
  var lastState: CloudState?
  var saveFailureReported: Bool
  /// Whether the tutor has printed anything this session (its first block needs no blank line before it).
  var hasSpoken: Bool
  /// The learner's answer to a confirmation question, to send once the tutor has finished.
  var answer: Bool?
  /// The learner's answer to a `predict:` question, to send once the tutor has finished.
  var prediction: String?

  init(repl: Repl, session: TutorSession) {
    self.repl = repl
    store = session.store
    language = session.tutor.language
    lastState = session.lastState
    saveFailureReported = session.saveFailureReported
    hasSpoken = session.hasSpoken
  }

  /// Copies what the bridge learned back into the session.
  func update(_ session: inout TutorSession) {
    session.lastState = lastState
    session.saveFailureReported = saveFailureReported
    session.hasSpoken = hasSpoken
  }

  mutating func runLine(_ line: String, echo: Bool) async {
    if echo {
      // A step's solution (`solution`, `skip`): on a real cloud it makes nothing the lessons made already.
      repl.emit(LineWrapper.command(repl.prompt + line, columns: repl.context.style.columns) + "\n", .stdout)
      repl.context.replaysSolution = true
      _ = await repl.handle(line)
      repl.context.replaysSolution = false
      return
    }
    // Setup and replayed solutions work behind the scenes; only their errors (a broken lesson) are shown.
    let console = repl.context.console
    repl.context.console = ErrorsOnlyConsole(console)
    _ = await repl.handle(line)
    repl.context.console = console
  }

  mutating func captureState() async -> CloudState {
    let state = await repl.readState(fallback: lastState)
    lastState = state
    return state
  }

  mutating func resetCloud() async {
    await repl.context.controls?.reset()
  }

  mutating func rehearse(_ line: String) async -> CloudState? {
    guard let controls = repl.context.controls, let saved = try? await controls.checkpoint() else { return nil }
    // Silent, and never a question: a rehearsal reads no line the learner meant for something else.
    let (console, mode) = (repl.context.console, repl.mode)
    repl.context.console = SilentConsole(console)
    repl.mode = .script(keepGoing: true)
    _ = await repl.handle(line)
    repl.context.console = console
    repl.mode = mode
    let state = try? await CloudState.capture(cloud: repl.context.cloud, controls: controls)
    do {
      try await controls.restore(saved)
    } catch {
      // Not put back: the learner must hear it, since the cloud now holds a mistake they did not make.
      repl.emit(Messages.text(.rehearsalNotRestored, Repl.reason(error), in: language) + "\n", .stderr)
      return nil
    }
    _ = repl.context.takeRequests()
    repl.context.cache.forgetProjectState()
    repl.context.names.markStale()
    return state
  }

  mutating func show(_ action: LessonAction) async {
    let columns = repl.context.style.columns
    switch action {
    case .say(let text):
      // The lesson engine writes no escape sequences; any in its text came from the cloud (a name in a
      // placeholder), so every control character is made visible, colour codes included.
      say(TutorText.wrap(TerminalSafe.plain(text), columns: columns))
    case .showCommands(let title, let commands):
      say(TutorText.commands(title: title, commands, columns: columns))
    case .showGoal(let view) where view.picture != nil:
      // The step's placement is drawn beside the learner's own from the state the tutor read.
      say(TutorText.goal(view, placement: nil, columns: columns))
    case .showGoal(let view):
      let context = repl.context
      // On a real cloud a project sees hosts only as `hostId` hashes: Host A, Host B, ….
      let loaded = try? await Placement.current(context)
      _ = context.takeRequests()
      // A real cloud's picture comes from the project's servers; with none, there is nothing to draw.
      // `--plain` tells it in sentences, as everywhere else.
      let placement = loaded.flatMap {
        $0.hosts.isEmpty ? nil : OutputRenderer.render(.placement($0), style: context.style).text
      }
      say(TutorText.goal(view, placement: placement, columns: columns))
    case .askConfirmation(let question):
      answer = await repl.readAnswer(question, spacing: hasSpoken)
      hasSpoken = true
    case .askPrediction(let question):
      say(TutorText.wrap(TerminalSafe.plain(question), columns: columns))
      prediction = await repl.readLineAnswer()
    case .saveProgress(let progress):
      await save(progress)
    case .resetCloud, .runCommands, .captureState, .rehearseMistakes, .stepCompleted, .advance, .lessonCompleted,
      .predictionChecked:
      // Carried out by `Tutor.perform`, or only markers: progress already records them.
      break
    }
  }

  /// Prints one block of the tutor's text, a blank line apart from what came before.
  mutating func say(_ text: String) {
    let body = text.hasSuffix("\n") ? text : text + "\n"
    repl.emit((hasSpoken ? "\n" : "") + body, .stdout)
    hasSpoken = true
  }

  private mutating func save(_ progress: Progress) async {
    guard let store else { return }
    do {
      try await store.save(progress)
    } catch {
      guard !saveFailureReported else { return }
      saveFailureReported = true
      repl.emit(Messages.text(.progressSaveFailed, error.description, in: language) + "\n", .stderr)
    }
  }
}

/// A console that drops everything: a rehearsed mistake shows nothing.
struct SilentConsole: Console {
  let base: any Console

  init(_ base: any Console) { self.base = base }

  func write(_ text: String, to stream: OutputStreamKind) {}

  var columns: Int { base.columns }
  var colors: Bool { base.colors }
}

/// A console that drops standard output and passes standard error on.
struct ErrorsOnlyConsole: Console {
  let base: any Console

  init(_ base: any Console) { self.base = base }

  func write(_ text: String, to stream: OutputStreamKind) {
    if stream == .stderr { base.write(text, to: stream) }
  }

  var columns: Int { base.columns }
  var colors: Bool { base.colors }
}
