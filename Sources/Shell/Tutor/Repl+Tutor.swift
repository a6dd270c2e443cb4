import LessonEngine
import ServerGroupsCore

extension Repl {
  /// Says the tutor's notices and sends its opening events (the welcome, or the lesson asked for on the
  /// command line). Called once, before the first prompt.
  mutating func openTutor() async {
    guard var session = tutor else { return }
    // The diagram speaks the tutor's language.
    context.language = session.tutor.language
    // The welcome counts the region's own hosts.
    if let controls = context.controls { session.tutor.hostCount = await controls.hostSnapshots().count }
    // A cloud with a room is a sgtutor sandbox (terminal or browser): simulated, so nothing costs money.
    if context.controls == nil, context.room != nil { session.tutor.onSandbox = true }
    let notices = session.notices
    let openings = session.openings
    session.notices = []
    session.openings = []
    tutor = session
    for notice in notices { await send(nil, saying: notice) }
    for event in openings { await send(event) }
    // From now on every block of the tutor's is set off from the command output before it.
    tutor?.hasSpoken = true
  }

  /// Carries out a tutor command; false when there is no tutor in this session.
  mutating func performTutor(_ request: TutorRequest) async -> Bool {
    guard let session = tutor else {
      emit("error: no lessons in this session; start sgtutor without arguments for the tutorial\n", .stderr)
      return false
    }
    if case .send(let event) = request, context.controls == nil, session.tutor.leavesLesson(event) {
      await mentionLeftovers(quitting: false)
    }
    switch request {
    case .send(.toggleSandbox) where session.tutor.run == nil:
      // Outside a lesson everything is free play already.
      await send(nil, saying: Messages.text(.notInLesson, in: session.tutor.language))
    case .send(let event):
      await send(event)
    case .goal:
      await send(.lesson(.goalRequested(state: await readState(fallback: session.lastState))))
    }
    return true
  }

  /// The lesson hook: tells the lesson what the learner's command did, so it can check the step.
  mutating func reportToLesson(_ argv: [String], succeeded: Bool) async {
    guard let session = tutor, session.tutor.isListening else { return }
    let state = await readState(fallback: session.lastState)
    await send(.lesson(.commandFinished(argv: argv, succeeded: succeeded, state: state)))
  }

  /// Sends one event (or only says `text`) with the REPL as the tutor's host, then the answer to any question the
  /// tutor asked on the way.
  private mutating func send(_ event: TutorEvent?, saying text: String? = nil) async {
    guard var session = tutor else { return }
    // The tutor is taken out while it works, so the lines it runs do not reach the lesson hook.
    tutor = nil
    // A lesson being opened on a real cloud reads the cloud as that lesson's from the start.
    if context.controls == nil, case .openLesson(let number) = event {
      context.namePrefix = LessonNames.prefix(lesson: number)
    }
    var bridge = TutorBridge(repl: self, session: session)
    if let text { bridge.say(TutorText.wrap(text, columns: context.style.columns)) }
    var next = event
    while let current = next {
      bridge.answer = nil
      bridge.prediction = nil
      await session.tutor.perform(current, host: &bridge)
      next =
        bridge.answer.map { .lesson(.solutionAnswered(yes: $0)) }
        ?? bridge.prediction.map { .lesson(.predictionAnswered($0)) }
    }
    bridge.update(&session)
    self = bridge.repl
    tutor = session
    context.inLesson = session.tutor.isListening && session.tutor.run?.isFinished == false
    await reportToRoom()
    // On a real cloud what a lesson creates carries its prefix (`sgt-l3-db-1`).
    context.namePrefix =
      context.controls == nil ? session.tutor.run.map { LessonNames.prefix(lesson: $0.lesson.number) } : nil
  }

  /// On `quit`: where the learner's progress is kept, and that sgtutor goes on from there.
  func sayWhereProgressIs() {
    guard let session = tutor, let location = session.progressLocation else { return }
    let text = Messages.text(.progressSavedOnQuit, location, in: session.tutor.language)
    emit(TutorText.wrap(text, columns: context.style.columns) + "\n", .stdout)
  }

  /// Leaving a lesson on a real cloud (`quit`, end of input): when sgtutor's servers or groups are still there,
  /// says so and offers to run `cleanup`.
  mutating func leaveTutor() async {
    guard mode == .interactive, context.controls == nil, tutor?.tutor.run != nil else { return }
    await mentionLeftovers(quitting: true)
  }

  /// Says what sgtutor made that is still on the real cloud; when quitting, asks whether to clean it up.
  private mutating func mentionLeftovers(quitting: Bool) async {
    guard let session = tutor, let guarded = context.underlyingCloud as? GuardedCloud else { return }
    let language = session.tutor.language
    let sandbox = session.tutor.onSandbox
    let found: (servers: [Server], groups: [ServerGroup])
    do {
      found = try await guarded.leftovers()
    } catch {
      // Not knowing is no reason for silence: billable servers may still be there (not on a sandbox).
      let text = Messages.text(sandbox ? .leftoversUnknownSandbox : .leftoversUnknown, Self.reason(error), in: language)
      emit(text + "\n", .stderr)
      return
    }
    guard !(found.servers.isEmpty && found.groups.isEmpty) else { return }
    let (servers, groups) = (found.servers.count, found.groups.count)
    var counts: [String] = []
    if servers > 0 {
      counts.append(
        servers == 1
          ? Messages.text(.countServer, in: language) : Messages.text(.countServers, String(servers), in: language))
    }
    if groups > 0 {
      counts.append(
        groups == 1
          ? Messages.text(.countGroup, in: language) : Messages.text(.countGroups, String(groups), in: language))
    }
    let message: MessageID =
      switch (quitting, sandbox) {
      case (true, false): .leftoversOnQuit
      case (false, false): .leftoversOnLeaving
      case (true, true): .leftoversOnQuitSandbox
      case (false, true): .leftoversOnLeavingSandbox
      }
    await send(nil, saying: Messages.text(message, Messages.list(counts, in: language), in: language))
    guard quitting else { return }
    guard await readAnswer(Messages.text(.confirmCleanup, in: language), spacing: true) else {
      emit(Messages.text(.cleanupLater, in: language) + "\n", .stdout)
      return
    }
    // `cleanup` is the shell's to run; the lesson is over and need not hear of it, and the session is ending, so
    // no diagram follows.
    tutor = nil
    let diagram = context.settings.diagram
    context.settings.diagram = false
    _ = await handle("cleanup")
    context.settings.diagram = diagram
    tutor = session
  }

  /// The cloud's state now, or `fallback` when it cannot be read; the learner is told the check is on old state.
  func readState(fallback: CloudState?) async -> CloudState {
    do {
      return try await CloudState.capture(
        cloud: context.cloud, controls: context.controls, lessonPrefix: context.namePrefix)
    } catch {
      let text = Messages.text(.stateUnread, Self.reason(error), in: tutor?.tutor.language ?? context.language)
      emit(text + "\n", .stderr)
      return fallback ?? .empty
    }
  }

  /// An error's own words, without the `error: ` the shell puts before a line of its own.
  static func reason(_ error: any Error) -> String {
    let line = message(for: error)
    return line.hasPrefix("error: ") ? String(line.dropFirst("error: ".count)) : line
  }

  /// Reads the answer to a question just shown, as one line; no answer (end of input, Ctrl-C) is empty.
  mutating func readLineAnswer() async -> String {
    switch mode {
    case .interactive:
      return await reader.readLine(prompt: "> ") ?? ""
    case .script:
      let line = await reader.readLine(prompt: "") ?? ""
      emit("> " + line + "\n", .stdout)
      return line
    }
  }

  /// Asks a yes/no question and reads the answer; no answer (end of input, Ctrl-C) is no.
  mutating func readAnswer(_ question: String, spacing: Bool) async -> Bool {
    if spacing { emit("\n", .stdout) }
    switch mode {
    case .interactive:
      guard let line = await reader.readLine(prompt: question + " ") else {
        emit("\n", .stdout)
        return false
      }
      return Messages.isYes(line)
    case .script:
      // Scripts show no prompts; echo the question and the answer as the transcript of a terminal would.
      let line = await reader.readLine(prompt: "")
      emit(question + " " + (line ?? "") + "\n", .stdout)
      return line.map(Messages.isYes) ?? false
    }
  }
}
