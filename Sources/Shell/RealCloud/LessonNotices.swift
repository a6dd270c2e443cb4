import Synchronization

/// Notes the shell owes the learner after the line being run, each said at most once a session: on a real cloud
/// in a lesson, that their own object of a name the lesson uses is left alone. A reference type because name
/// lookups hold the context by value; the REPL shows what is pending after the command's own output.
package final class LessonNotices: Sendable {
  private struct State {
    var said: Set<String> = []
    var pending: [String] = []
  }

  private let state = Mutex(State())

  package init() {}

  /// Queues `text` unless a note with this `key` was queued before in the session.
  package func once(_ key: String, _ text: String) {
    state.withLock { state in
      guard state.said.insert(key).inserted else { return }
      state.pending.append(text)
    }
  }

  /// The notes queued since the last call, and a fresh start.
  package func take() -> [String] {
    state.withLock { state in
      defer { state.pending = [] }
      return state.pending
    }
  }
}
