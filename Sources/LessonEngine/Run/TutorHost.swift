/// What the shell does for the tutor: run lines, read the cloud's state, reset the simulator, and show things.
/// `Tutor.perform(_:host:)` drives it, so the shell's lesson wiring is one conformance.
package protocol TutorHost {
  /// Runs one command line through the shell, without reporting it to the lesson; echoes it first if asked.
  mutating func runLine(_ line: String, echo: Bool) async
  /// The cloud's state now (`CloudState.capture`); on failure, the best the host has.
  mutating func captureState() async -> CloudState
  /// `SimulatorControls.reset()`; does nothing on a real cloud.
  mutating func resetCloud() async
  /// Shows `.say`, `.showCommands`, `.showGoal` and `.askConfirmation`, and writes `.saveProgress`;
  /// the step and lesson markers may be ignored.
  mutating func show(_ action: LessonAction) async
  /// Runs a line on the simulator without showing anything, reads the state it leaves and puts the cloud back
  /// as it was; nil on a real cloud or when the cloud cannot be put back.
  mutating func rehearse(_ line: String) async -> CloudState?
}

extension TutorHost {
  /// Hosts that cannot put a cloud back rehearse nothing; mistakes are then recognised by their command line.
  package mutating func rehearse(_ line: String) async -> CloudState? { nil }
}

extension Tutor {
  /// Handles an event and carries out every action it leads to, including the `.captureState` round trips.
  package mutating func perform(_ event: TutorEvent, host: inout some TutorHost) async {
    var queue = handle(event)
    while !queue.isEmpty {
      let action = queue.removeFirst()
      switch action {
      case .resetCloud:
        await host.resetCloud()
      case .runCommands(let lines, let echo):
        for line in lines where !line.isEmpty { await host.runLine(line, echo: echo) }
      case .captureState:
        let state = await host.captureState()
        queue.insert(contentsOf: handle(.lesson(.performed(state: state))), at: 0)
      case .rehearseMistakes(let step, let lines):
        var states: [CloudState?] = []
        for line in lines {
          if line.isEmpty {
            states.append(nil)
          } else {
            states.append(await host.rehearse(line))
          }
        }
        queue.insert(contentsOf: handle(.lesson(.mistakesRehearsed(step: step, states: states))), at: 0)
      default:
        await host.show(action)
      }
    }
  }
}
