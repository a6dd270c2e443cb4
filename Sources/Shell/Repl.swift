import ArgumentParser
import LessonEngine
import OpenStackWire
import ServerGroupsCore

/// The read–run–print loop: the only place that reads lines and the only place that writes to the console.
/// A failing command prints one line and the loop goes on; only `quit`, `exit` and end of input end it.
package struct Repl {
  /// Lines longer than this are refused whole.
  package static let maxLineLength = 4096

  /// How lines arrive.
  package enum Mode: Sendable, Equatable {
    /// A person at a terminal (or a pipe into `sgtutor shell`): errors never end the session.
    case interactive
    /// `sgtutor run`: each command is echoed after the prompt; the first failure ends the run unless
    /// `keepGoing`.
    case script(keepGoing: Bool)
  }

  package var context: ShellContext
  package var reader: any LineReader
  package var mode: Mode
  package var prompt: String
  /// Printed once before the first prompt (interactive sessions on a terminal).
  package var banner: String?
  /// The lessons, when this session has them: tutor commands go here, and learner commands are reported to
  /// the lesson in progress.
  package var tutor: TutorSession?
  /// Where a `GuardedCloud`'s questions are answered when not from `reader`: the terminal, when `sgtutor run`
  /// reads its commands from a file.
  package var asker: (any LineReader)?

  package init(
    context: ShellContext, reader: any LineReader, mode: Mode = .interactive, prompt: String = "sgtutor> ",
    banner: String? = nil
  ) {
    self.context = context
    self.reader = reader
    self.mode = mode
    self.prompt = prompt
    self.banner = banner
  }

  /// Runs until the input ends or the user quits. Returns the process exit status.
  package mutating func run() async -> Int32 {
    if context.cloudInfo == nil { await describeCloud() }
    if let banner { emit(banner, .stdout) }
    await openTutor()
    var failures = 0
    defer { reader.saveHistory() }
    while true {
      if mode == .interactive {
        await checkRoomMessage()
        // Tab reads names from the cloud as it is now (the role may have changed); nothing is sent here.
        context.names.read(from: context)
      }
      guard var line = await reader.readLine(prompt: mode == .interactive ? prompt : "") else {
        // Ctrl-D leaves as `quit` does, on a line of its own after the terminal's `^D`.
        if mode == .interactive, reader.endsAtTerminal, tutor?.progressLocation != nil {
          emit("\n", .stdout)
          sayWhereProgressIs()
        }
        break
      }
      // A long command the tutor printed across lines (each ending in ` \`) is read back as one.
      while line.hasSuffix("\\"), let more = await reader.readLine(prompt: mode == .interactive ? "> " : "") {
        line = String(line.dropLast()) + more
      }
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if case .script = mode {
        emit(LineWrapper.command(prompt + line, columns: context.style.columns) + "\n", .stdout)
      }
      if mode == .interactive { reader.addHistory(line) }
      let outcome = await handle(line)
      if outcome == .quit {
        sayWhereProgressIs()
        break
      }
      if outcome == .failed {
        failures += 1
        if case .script(keepGoing: false) = mode { return 1 }
      }
    }
    await leaveTutor()
    if case .script = mode, failures > 0 { return 1 }
    return 0
  }

  /// What one line came to.
  package enum Outcome: Sendable, Equatable { case succeeded, failed, quit }

  /// Runs one line: check, tokenise, parse, run, render.
  package mutating func handle(_ line: String) async -> Outcome {
    var words: [String]
    do {
      try LineCheck.check(line)
      words = try Tokenizer.split(line)
    } catch {
      emit(error.description(in: context.language) + "\n", .stderr)
      return .failed
    }
    if words.first == "openstack" { words.removeFirst() }
    guard !words.isEmpty else { return .succeeded }
    let parsed: any ParsableCommand
    do {
      try CommandTree.check(words)
      if words.contains("--help") || words.contains("-h") {
        let command = CommandTree.resolve(words).command
        emit(CommandTree.help(for: command, columns: context.style.columns, language: context.language), .stdout)
        return .succeeded
      }
      let (resolved, consumed) = CommandTree.resolve(words)
      if let runnable = resolved as? any ShellRunnable.Type, !runnable.isOffered(by: context) {
        throw ShellError.simulatorOnly(words.prefix(consumed + runnable.simulatorOnlyNameWords).joined(separator: " "))
      }
      parsed = try ShellCommand.parseAsRoot(words)
    } catch let error as ShellError {
      emit(error.description(in: context.language) + "\n", .stderr)
      return .failed
    } catch {
      let outcome = reportParseFailure(error, words: words)
      // A mistyped command is the lesson's business too (`server group show DB Cluster` without quotes).
      if outcome == .failed { await reportToLesson(words, succeeded: false) }
      return outcome
    }
    guard let command = parsed as? any ShellRunnable else {
      // A command group with no subcommand (`server group`): show what it offers.
      emit(CommandTree.help(for: type(of: parsed), columns: context.style.columns, language: context.language), .stdout)
      return .succeeded
    }
    return await execute(command, words: words)
  }

  mutating func execute(_ command: any ShellRunnable, words: [String]) async -> Outcome {
    let origin = command.effectiveOrigin
    var outcome = Outcome.succeeded
    var changes = false
    var request: TutorRequest?
    // What was sent before this line (the tutor's checks, Tab's names) is not this command's.
    _ = context.takeRequests()
    do {
      let result = try await command.run(&context)
      for output in result.outputs { render(output) }
      if let confirm = result.confirm {
        // Scripts are deliberate: they are not asked.
        if case .script = mode { return await handle(confirm.line) }
        guard await readAnswer(confirm.question, spacing: false) else {
          emit(confirm.declined + "\n", .stdout)
          return .succeeded
        }
        return await handle(confirm.line)
      }
      if result.quits { return .quit }
      if result.failed { outcome = .failed }
      changes = result.changesPlacement
      request = result.tutor
    } catch let question as ConsentQuestion {
      return await answer(question, command: command, words: words)
    } catch {
      let message = Self.message(for: error, in: context.language)
      emit(message + "\n", .stderr)
      if message.contains("Policy doesn't allow"), let views = context.underlyingCloud as? any RoleViews,
        !views.isAdminView
      {
        // The learner owns the simulated cloud: say how to take the admin's view.
        emit("hint: " + ShellMessages.text(.adminHint, in: context.language) + "\n", .stderr)
      }
      outcome = .failed
    }
    // What the line left owed (the learner's own object a lesson leaves alone) comes after its output.
    for note in context.notices.take() { render(.note(note)) }
    let sent = context.takeRequests()
    let substitutions = context.log.takeSubstitutions()
    if context.settings.equivalent, origin != .session {
      emit(
        EquivalentRenderer.render(
          words: words, origin: origin, calls: sent, substitutions: substitutions, style: context.style),
        .stdout)
    }
    if changes, context.settings.diagram, let placement = try? await Placement.current(context) {
      render(.placement(placement))
    }
    // The diagram's own reads (on a real cloud) belong to no command.
    _ = context.takeRequests()
    if let request {
      if await !performTutor(request) { outcome = .failed }
    } else if origin != .session {
      await reportToLesson(words, succeeded: outcome == .succeeded)
    }
    forgetWhatChanged(origin: origin, sent: sent, tutorActed: request != nil)
    return outcome
  }

  /// After a line: names for Tab are read again after a write, and the project's groups the session keeps are
  /// forgotten when something it did not see may have changed them (a simulator power, a session command such as
  /// `reset`, a tutor command, a lesson's set-up on the simulator). Sends nothing.
  func forgetWhatChanged(origin: CommandOrigin, sent: [SentRequest], tutorActed: Bool) {
    let unseen = origin != .openstack || tutorActed || (tutor != nil && context.controls != nil)
    if unseen { context.cache.forgetProjectState() }
    if unseen || sent.contains(where: { $0.method != "GET" }) { context.names.markStale() }
  }

  /// Asks the cloud who the caller is and which microversions it takes. When it cannot say, the user hears why
  /// and what the shell assumes instead (member, microversion 2.64), rather than meeting odd answers later.
  mutating func describeCloud() async {
    do {
      context.cloudInfo = try await context.cloud.describe()
    } catch {
      emit(
        "warning: the cloud did not say which microversions it takes (\(Self.reason(error))); assuming 2.64\n",
        .stderr)
    }
  }

  /// ArgumentParser's verdict on a bad command line, in one line (help requests print the whole help).
  private func reportParseFailure(_ error: any Error, words: [String]) -> Outcome {
    let full = ShellCommand.fullMessage(for: error, columns: context.style.columns)
    if ShellCommand.exitCode(for: error) == .success {
      emit(full.hasSuffix("\n") ? full : full + "\n", .stdout)
      return .succeeded
    }
    let first = full.split(separator: "\n").first.map(String.init) ?? full
    let message = first.hasPrefix("Error: ") ? String(first.dropFirst("Error: ".count)) : first
    let path = words.prefix(CommandTree.resolve(words).consumed).joined(separator: " ")
    let language = context.language
    let said = UsageText.localized(message, in: language)
    // The most common mistake of all (third-party docs show it): the policy typed as a positional argument.
    if path == "server group create",
      let policy = PolicyChoice.allCases.first(where: { message == "Unexpected argument '\($0.rawValue)'" })
    {
      emit("error: " + ShellMessages.text(.policyIsAnOption, said, policy.rawValue, in: language) + "\n", .stderr)
      return .failed
    }
    emit("error: " + ShellMessages.text(.seeHelp, said, path, in: language) + "\n", .stderr)
    return .failed
  }

  /// The one line an error prints.
  static func message(for error: any Error, in language: Language = .en) -> String {
    switch error {
    case let error as ShellError: error.description(in: language)
    case let error as CloudError: error.message
    default: "error: \(error)"
    }
  }

  func render(_ output: Output) {
    let (text, stream) = OutputRenderer.render(output, style: context.style)
    emit(text, stream, wrap: OutputRenderer.wraps(output))
  }

  /// The single point where the shell writes; text from a cloud cannot drive the terminal past it. Prose is
  /// wrapped to the terminal's width between words (`LineWrapper`); tables and pictures pass `wrap: false`.
  func emit(_ text: String, _ stream: OutputStreamKind, wrap: Bool = true) {
    var visible = TerminalSafe.visible(text)
    // `error: `, `warning: `, `hint: ` in the learner's language (tables and pictures have none of their own).
    if wrap { visible = UsageText.prefixes(visible, in: context.language) }
    context.console.write(wrap ? LineWrapper.wrap(visible, columns: context.style.columns) : visible, to: stream)
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
    let end = lastIndex { $0 != " " && $0 != "\t" }.map(index(after:)) ?? start
    return self[start..<max(start, end)]
  }
}
