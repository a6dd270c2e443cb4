/// The tutor around the lessons: the menu, opening lessons, progress, the sandbox, and the current `LessonRun`.
/// A value like `LessonRun`: the shell forwards `TutorEvent`s and performs the returned actions.
package struct Tutor: Sendable, Equatable {
  package let library: LessonLibrary
  package let language: Language
  package let onSimulator: Bool
  /// How many compute hosts the simulated cloud has, for the welcome (nil when not known).
  package var hostCount: Int?
  /// The cloud is a sgtutor workshop sandbox reached through its API (the tutor in a browser): the lessons run as
  /// on a real cloud, but nothing costs money, and the simulator's lessons are said to need a sgtutor of one's own.
  package var onSandbox = false
  package private(set) var progress: Progress
  package private(set) var run: LessonRun?
  package private(set) var inSandbox = false

  package init(
    library: LessonLibrary, progress: Progress, language: Language, onSimulator: Bool = true
  ) {
    self.library = library
    self.progress = progress
    self.language = language
    self.onSimulator = onSimulator
  }

  /// The lessons offered, in the tutor's language.
  package var lessons: [Lesson] { library.lessons(in: language) }

  /// Whether commands should be reported to the lesson (in a lesson and not in the sandbox).
  package var isListening: Bool { run != nil && !inSandbox }

  /// Whether `event` takes the learner out of the lesson in progress: into another lesson, into the sandbox, or
  /// on from a finished lesson to the next.
  package func leavesLesson(_ event: TutorEvent) -> Bool {
    guard let run, !inSandbox else { return false }
    switch event {
    case .openLesson(let number):
      guard number != run.lesson.number, let lesson = library.lesson(number: number, in: language) else {
        return false
      }
      return canTake(lesson)
    case .toggleSandbox:
      return true
    case .lesson(.next):
      return run.isFinished && following(run.lesson) != nil
    default:
      return false
    }
  }

  /// The welcome, with the simulated region's own host count: never a number the learner's cloud does not have.
  private func welcomeLine() -> String {
    guard onSimulator else { return text(onSandbox ? .welcomeSandbox : .welcomeRealCloud) }
    switch hostCount {
    case nil: return text(.welcome)
    case 1?: return text(.welcomeOneHost)
    case let count?: return Messages.text(.welcomeHosts, String(count), in: language)
    }
  }

  package mutating func handle(_ event: TutorEvent) -> [LessonAction] {
    switch event {
    case .welcome:
      var lines = [welcomeLine(), "", menu()]
      if let resume = resumeOffer() { lines += ["", resume] }
      lines += ["", menuStart()]
      return [.say(lines.joined(separator: "\n"))]
    case .listLessons:
      return [.say(menu() + "\n" + menuStart())]
    case .openLesson(let number):
      return open(number)
    case .showProgress:
      return [.say(progressReport())]
    case .toggleSandbox:
      return toggleSandbox()
    case .lesson(let lessonEvent):
      return forward(lessonEvent)
    }
  }

  // MARK: - Lessons

  private mutating func open(_ number: Int) -> [LessonAction] {
    guard let lesson = library.lesson(number: number, in: language) else {
      return [.say(text(.noSuchLesson, String(number), String(lessons.last?.number ?? 0)))]
    }
    if lesson.requirement == .simulator && !onSimulator {
      guard onSandbox else { return [.say(text(.needsSimulator, String(number)))] }
      let here = lessons.filter { $0.requirement == .any }.map { String($0.number) }
      return [.say(text(.needsOwnSimulator, String(number), Messages.list(here, in: language)))]
    }
    let record = progress.lessons[lesson.id]
    var start = 0
    if let current = progress.current, current.lesson == lesson.id, record?.isCompleted != true {
      start = min(current.step, lesson.steps.count - 1)
    }
    inSandbox = false
    var newRun = LessonRun(
      lesson: lesson, language: language, onSimulator: onSimulator, startAt: start)
    let actions = newRun.handle(.started)
    run = newRun
    progress.current = Position(lesson: lesson.id, step: start)
    return actions + [.saveProgress(progress)]
  }

  private mutating func forward(_ event: LessonEvent) -> [LessonAction] {
    guard var current = run else {
      if case .commandFinished = event { return [] }
      return [.say(text(.notInLesson))]
    }
    if inSandbox {
      // In the sandbox commands are the learner's own business; tutor commands remind them how to go back.
      if case .commandFinished = event { return [] }
      return [.say(text(.sandboxOn, String(current.lesson.number)))]
    }
    // `next` after the last step opens the next lesson.
    if event == .next, current.isFinished {
      if let following = following(current.lesson) {
        return open(following.number)
      }
      return [.say(lastLessonDone())]
    }
    let hintsBefore = current.hintsShown
    let actions = current.handle(event)
    run = current
    var changed = false
    for action in actions {
      changed = progress.record(action, lessonID: current.lesson.id) || changed
    }
    // A step finished before the learner typed `next` is not asked for again: resuming starts after it.
    for case .stepCompleted(let step, _) in actions
    where step == current.stepIndex && step + 1 < current.lesson.steps.count {
      progress.current = Position(lesson: current.lesson.id, step: step + 1)
      changed = true
    }
    if current.hintsShown > hintsBefore {
      progress.lessons[current.lesson.id, default: LessonProgress()].hintsUsed += 1
      changed = true
    }
    if case .restoring(let target, _, _) = current.phase, progress.current?.step != target {
      progress.current = Position(lesson: current.lesson.id, step: target)
      changed = true
    }
    var result = actions
    if actions.contains(.lessonCompleted) {
      result += lessonCompletedFollowUp(after: current.lesson)
    }
    return changed ? result + [.saveProgress(progress)] : result
  }

  /// The next lesson after `lesson` that this cloud can take (a real cloud skips the simulator's).
  private func following(_ lesson: Lesson) -> Lesson? {
    lessons.first { $0.number > lesson.number && canTake($0) }
  }

  /// Whether this cloud can take `lesson` (a real cloud cannot take the simulator's).
  private func canTake(_ lesson: Lesson) -> Bool { onSimulator || lesson.requirement == .any }

  /// How to begin, with the first lesson this cloud can take (lesson 2 on a real cloud).
  private func menuStart() -> String {
    text(.menuStart, String(lessons.first(where: canTake)?.number ?? 1))
  }

  /// After the last lesson this cloud can take: on a real cloud, which lessons are left for the simulator.
  private func lastLessonDone() -> String {
    let left = lessons.filter { !canTake($0) }.map { String($0.number) }
    guard !onSimulator, !left.isEmpty else { return text(.lastLessonDone) }
    return text(.lastRealCloudLessonDone, Messages.list(left, in: language))
  }

  private func lessonCompletedFollowUp(after lesson: Lesson) -> [LessonAction] {
    guard let following = following(lesson) else {
      return [.say(lastLessonDone())]
    }
    return [.say(text(.nextLessonOffer, String(following.number), following.title))]
  }

  private mutating func toggleSandbox() -> [LessonAction] {
    guard var current = run else {
      inSandbox.toggle()
      return []
    }
    if !inSandbox {
      inSandbox = true
      return [.say(text(.sandboxOn, String(current.lesson.number)))]
    }
    inSandbox = false
    // The sandbox may have changed anything, so the step starts again from its own state.
    let actions = current.handle(.reset)
    run = current
    return [.say(text(.sandboxOff, String(current.lesson.number), String(current.stepIndex + 1)))]
      + actions
  }

  // MARK: - Menu and progress

  /// The lesson list with a mark per lesson: ✓ done, ▸ where the learner is, · not started.
  package func menu() -> String {
    var lines = [text(.menuHeader)]
    for lesson in lessons {
      let record = progress.lessons[lesson.id]
      let mark =
        record?.isCompleted == true ? "✓" : (progress.current?.lesson == lesson.id ? "▸" : "·")
      var line = "  \(mark) \(lesson.number). \(lesson.title)"
      if let record, !record.isCompleted, !record.completedSteps.isEmpty {
        line += " (\(record.completedSteps.count)/\(lesson.steps.count))"
      }
      if !onSimulator, lesson.requirement == .simulator {
        line += " " + text(onSandbox ? .sandboxLessonMark : .simulatorOnlyMark)
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  private func resumeOffer() -> String? {
    guard let position = progress.current,
      let lesson = library.lesson(id: position.lesson, in: language),
      progress.lessons[lesson.id]?.isCompleted != true, lesson.steps.indices.contains(position.step),
      canTake(lesson)
    else { return nil }
    return text(
      .resumeOffer, String(lesson.number), String(position.step + 1),
      lesson.steps[position.step].title)
  }

  private func progressReport() -> String {
    let started = lessons.filter {
      progress.lessons[$0.id] != nil || progress.current?.lesson == $0.id
    }
    guard !started.isEmpty else { return text(.progressNone) }
    var lines = [text(.progressHeader)]
    for lesson in started {
      let record = progress.lessons[lesson.id] ?? LessonProgress()
      var line =
        "  "
        + text(
          .progressLine, String(lesson.number), lesson.title, String(record.completedSteps.count),
          String(lesson.steps.count))
      if record.isCompleted { line += " ✓ " + text(.lessonCompletedMark) }
      lines.append(line)
    }
    let predictions = started.flatMap { (progress.lessons[$0.id]?.predictions ?? [:]).values }
    if !predictions.isEmpty {
      lines.append(
        text(.progressPredictions, String(predictions.filter { $0 }.count), String(predictions.count)))
    }
    return lines.joined(separator: "\n")
  }

  private func text(_ id: MessageID, _ arguments: String...) -> String {
    Messages.text(id, arguments: arguments, in: language)
  }
}
