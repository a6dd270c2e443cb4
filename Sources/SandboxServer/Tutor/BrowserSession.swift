import Foundation
import LessonEngine
import Shell
import Synchronization

/// What a browser session tells its page: output on either stream, the prompt it now waits at, or its end.
package enum BrowserEvent: Sendable, Equatable {
  case output(String, OutputStreamKind)
  /// The session waits for a line; the text is the prompt (`sgtutor> `, or the tutor's question).
  case prompt(String)
  /// The session is over (`quit`, idle, signed out, replaced); the text says why.
  case ended(String)
}

/// One participant's shell in one browser tab: lines go in with `send`, events come out of `events`. Nothing is
/// shared with any other session; the REPL behind it reads through `BrowserLineReader` and writes through
/// `BrowserConsole`, the same seams the terminal's libedit reader and console fill.
package final class BrowserSession: Sendable {
  /// The session's secret name (40 hex digits).
  package let id: String
  /// The Keystone user it belongs to.
  package let userID: String
  /// The cloud's names for Tab completion, refreshed by the REPL after each command.
  package let names = NameCache()
  /// Everything the page is to see, in order; one reader (the page's event stream).
  package let events: AsyncStream<BrowserEvent>
  private let out: AsyncStream<BrowserEvent>.Continuation

  private struct State {
    var pending: [String] = []
    var waiter: CheckedContinuation<String?, Never>?
    var ended: String?
    var columns: Int
    var lastActive: Date
    var attached = false
  }
  private let state: Mutex<State>

  /// Lines typed ahead of the session (while a command runs) wait, up to this many.
  package static let maxPending = 16
  /// The width the page may claim: a pane narrower than this still gets 20 columns, a wider one at most 400.
  package static let columnRange = 20...400

  package init(id: String, userID: String, columns: Int, now: Date) {
    self.id = id
    self.userID = userID
    state = Mutex(State(columns: Self.clamped(columns), lastActive: now))
    // The page may fall behind; what it has not read is kept (bounded, so a stalled page cannot grow it forever).
    (events, out) = AsyncStream<BrowserEvent>.makeStream(bufferingPolicy: .bufferingNewest(4096))
  }

  /// Why `send` refused a line.
  package enum Refusal: Error, Equatable {
    case ended
    case busy
  }

  /// A line typed in the page (and the pane's width then).
  package func send(_ line: String, columns: Int?, at now: Date) throws(Refusal) {
    let waiter = try state.withLock { state throws(Refusal) -> CheckedContinuation<String?, Never>? in
      guard state.ended == nil else { throw .ended }
      if let columns { state.columns = Self.clamped(columns) }
      state.lastActive = now
      if let waiter = state.waiter {
        state.waiter = nil
        return waiter
      }
      guard state.pending.count < Self.maxPending else { throw .busy }
      state.pending.append(line)
      return nil
    }
    waiter?.resume(returning: line)
  }

  /// Shows `prompt` and waits for the next line; nil once the session has ended.
  func nextLine(prompt: String) async -> String? {
    let ready = state.withLock { state -> String?? in
      if state.ended != nil { return .some(nil) }
      return state.pending.isEmpty ? nil : .some(state.pending.removeFirst())
    }
    let line: String?
    if let ready {
      line = ready
    } else {
      out.yield(.prompt(prompt))
      line = await withCheckedContinuation { continuation in
        let now = state.withLock { state -> String?? in
          if state.ended != nil { return .some(nil) }
          if !state.pending.isEmpty { return .some(state.pending.removeFirst()) }
          state.waiter = continuation
          return nil
        }
        if let now { continuation.resume(returning: now) }
      }
    }
    // The transcript shows what was typed after its prompt, as a terminal does.
    if let line { out.yield(.output(prompt + TerminalSafe.visible(line) + "\n", .stdout)) }
    return line
  }

  /// Output of the REPL.
  func write(_ text: String, to stream: OutputStreamKind) {
    guard !text.isEmpty else { return }
    out.yield(.output(text, stream))
  }

  /// The page's pane changed width (a resized window): the next output is wrapped to it.
  package func resize(columns: Int) {
    state.withLock { $0.columns = Self.clamped(columns) }
  }

  /// The pane's width in columns, as the page last said.
  var columns: Int { state.withLock { $0.columns } }

  /// When a line last came in.
  package var lastActive: Date { state.withLock { $0.lastActive } }

  /// Whether the session has ended, and why.
  package var endReason: String? { state.withLock { $0.ended } }

  /// Claims the event stream for one page; false when it was claimed already.
  func attach() -> Bool {
    state.withLock { state in
      defer { state.attached = true }
      return !state.attached
    }
  }

  /// Ends the session: the REPL's next read gets end of input, and the page hears why.
  package func end(_ reason: String) {
    let waiter = state.withLock { state -> CheckedContinuation<String?, Never>? in
      guard state.ended == nil else { return nil }
      state.ended = reason
      state.pending = []
      defer { state.waiter = nil }
      return state.waiter
    }
    waiter?.resume(returning: nil)
    out.yield(.ended(reason))
    out.finish()
  }

  private static func clamped(_ columns: Int) -> Int {
    min(max(columns, columnRange.lowerBound), columnRange.upperBound)
  }
}

/// The REPL's `LineReader` in a browser session: it waits (without holding a thread) for the page's next line.
/// History is the page's (Up and Down), so there is nothing to keep here.
struct BrowserLineReader: LineReader {
  let session: BrowserSession

  mutating func readLine(prompt: String) async -> String? { await session.nextLine(prompt: prompt) }
  mutating func addHistory(_ line: String) {}
}

/// The REPL's `Console` in a browser session: colour on (the page turns the shell's SGR codes into spans), the
/// width of the page's pane.
struct BrowserConsole: Console {
  let session: BrowserSession

  func write(_ text: String, to stream: OutputStreamKind) { session.write(text, to: stream) }
  var columns: Int { session.columns }
  var colors: Bool { true }
}
