import CLibEdit
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signals that matter while a line is read (Ctrl-C, resize, Ctrl-Z, hang-up, termination), caught without
/// doing any work in the handler.
///
/// libedit can catch these itself (EL_SIGNAL), but its handler does the work inside the handler: on SIGWINCH it
/// frees and rebuilds its display buffers (`el_resize`), on SIGCONT it redraws. The line is read on a Swift
/// concurrency worker thread, and the kernel usually runs a process signal on the main thread, which blocks no
/// signals; libedit's handler then rebuilt the display on the main thread while the reading thread was drawing
/// into it, and the shell died with SIGSEGV after a resize. Even on the reading thread that work is not safe in a
/// handler (it can interrupt libedit mid-redraw or inside malloc).
///
/// So the editor runs with EL_SIGNAL off, and this type's handler only records the signal (an atomic bit) on the
/// reading thread; on any other thread it forwards the signal there with `pthread_kill`. The reading thread keeps
/// these signals blocked except while it waits for a key (`pselect` unblocks them atomically), so they interrupt
/// exactly that wait and nothing else; the reader (`KeyReader`) then acts on them in ordinary code on its own thread.
///
/// The handler is a C function pointer; it lives in a `static let` of this nonisolated type so it carries no actor
/// isolation check and is safe on any thread. It touches only atomics (no exclusivity checks, no locks),
/// `pthread_self` and `pthread_kill`, which are async-signal-safe.
enum SignalRelay {
  /// The signals caught while reading.
  static let caught = [SIGINT, SIGWINCH, SIGTSTP, SIGCONT, SIGHUP, SIGTERM, SIGQUIT]
  /// The caught signals that end the read: Ctrl-C clears the line, the others end the shell as they would have.
  static let endingTheRead = [SIGINT, SIGHUP, SIGTERM, SIGQUIT]

  /// One bit per signal number that arrived since `beginReading` and was not yet taken.
  static let arrived = Atomic<UInt64>(0)
  /// The reading thread (see `threadID`), or 0 when no thread is reading. Atomic, as the handler reads it.
  static let reader = Atomic<UInt>(0)
  /// The reading thread's signal mask before `beginReading`, and what its key wait uses (the same, with the
  /// caught signals let through).
  nonisolated(unsafe) static var savedMask = sigset_t()
  nonisolated(unsafe) static var waitMask = sigset_t()
  /// The actions the caught signals had before `beginReading`, in the order of `caught`.
  nonisolated(unsafe) static var savedActions: [sigaction] = []

  /// Records the signal when it runs on the reading thread; elsewhere it forwards the signal there instead, so each
  /// signal is recorded once (a second SIGCONT would redraw the line twice).
  static let onSignal: @convention(c) (Int32) -> Void = { signal in
    let reading = reader.load(ordering: .sequentiallyConsistent)
    if reading != 0, reading != threadID(pthread_self()) {
      // The reading thread blocks the signal except while it waits for a key: the copy interrupts that wait, or the
      // next one, or is collected by `endReading`.
      pthread_kill(thread(reading), signal)
    } else {
      arrived.bitwiseOr(bit(signal), ordering: .sequentiallyConsistent)
    }
  }

  /// Between reads Ctrl-C is ignored with SA_RESTART: the simulator's commands are short, and losing the session's
  /// cloud to a stray Ctrl-C is worse. (A handler, not SIG_IGN, so programs started from the shell do not inherit it.)
  static let onInterruptBetweenReads: @convention(c) (Int32) -> Void = { _ in }

  /// Arms the handler for a read on the current thread: the caught signals are blocked here (they get through only
  /// while `KeyReader` waits) and the handler is installed for all of them.
  static func beginReading() {
    // Every static is touched before the handler is installed, so the handler never runs a lazy initialiser.
    arrived.store(0, ordering: .sequentiallyConsistent)
    var blocked = signalSet(caught)
    pthread_sigmask(SIG_BLOCK, &blocked, &savedMask)
    waitMask = savedMask
    for signal in caught { sigdelset(&waitMask, signal) }
    reader.store(threadID(pthread_self()), ordering: .sequentiallyConsistent)

    var action = Self.action(onSignal)
    savedActions = caught.map { signal in
      var previous = sigaction()
      sigaction(signal, &action, &previous)
      return previous
    }
  }

  /// Disarms it: the previous actions come back (where Ctrl-C had its default action, it is ignored from now on
  /// between reads), forwarded copies still pending on this thread are collected rather than left for the next read,
  /// and the thread's mask is restored. Returns the signals that arrived and were not taken by `take`.
  static func endReading() -> Set<Int32> {
    for (signal, previous) in zip(caught, savedActions) {
      var restored = previous
      sigaction(signal, &restored, nil)
    }
    if let index = caught.firstIndex(of: SIGINT), isDefault(savedActions[index]) {
      var ignore = action(onInterruptBetweenReads)
      sigaction(SIGINT, &ignore, nil)
    }
    reader.store(0, ordering: .sequentiallyConsistent)
    collectForwardedCopies()
    let remaining = signals(in: arrived.exchange(0, ordering: .sequentiallyConsistent))
    pthread_sigmask(SIG_SETMASK, &savedMask, nil)
    return remaining
  }

  /// Takes (clears and returns) those of `signals` that arrived.
  static func take(_ signals: [Int32]) -> Set<Int32> {
    let mask = signals.reduce(UInt64(0)) { $0 | bit($1) }
    let before = arrived.bitwiseAnd(~mask, ordering: .sequentiallyConsistent).oldValue
    return Self.signals(in: before & mask)
  }

  /// Whether any of `signals` arrived (without taking them).
  static func hasArrived(_ signals: [Int32]) -> Bool {
    let mask = signals.reduce(UInt64(0)) { $0 | bit($1) }
    return arrived.load(ordering: .sequentiallyConsistent) & mask != 0
  }

  /// Stops the process as Ctrl-Z would have without us (SIGTSTP's default action), and returns once it is continued.
  static func stopAsIfUnhandled() {
    var defaultAction = sigaction()
    #if canImport(Glibc)
      defaultAction.__sigaction_handler = .init(sa_handler: SIG_DFL)
    #else
      defaultAction.__sigaction_u = .init(__sa_handler: SIG_DFL)
    #endif
    var ours = sigaction()
    sigaction(SIGTSTP, &defaultAction, &ours)
    var stop = signalSet([SIGTSTP])
    pthread_sigmask(SIG_UNBLOCK, &stop, nil)
    // Sent to this thread, so it takes effect here and now; the whole process stops until SIGCONT.
    pthread_kill(pthread_self(), SIGTSTP)
    pthread_sigmask(SIG_BLOCK, &stop, nil)
    sigaction(SIGTSTP, &ours, nil)
  }

  /// Delivers `signal` again under the action it had before reading (by default: the process ends, as it would
  /// have without the line editor). Call after `endReading`, once the terminal is back to normal.
  static func raiseAgain(_ signal: Int32) {
    var only = signalSet([signal])
    var before = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &only, &before)
    pthread_kill(pthread_self(), signal)
    pthread_sigmask(SIG_SETMASK, &before, nil)
  }

  // MARK: Helpers

  /// A signal forwarded after this thread's last wait is still pending here (the thread blocks it). It is taken now
  /// and recorded, where a thread that keeps it blocked would otherwise only see it at the next read.
  private static func collectForwardedCopies() {
    var pending = sigset_t()
    sigpending(&pending)
    var noWait = timespec(tv_sec: 0, tv_nsec: 0)
    for signal in caught where sigismember(&pending, signal) == 1 && sigismember(&savedMask, signal) == 1 {
      var only = signalSet([signal])
      if sigtimedwait(&only, nil, &noWait) == signal {
        arrived.bitwiseOr(bit(signal), ordering: .sequentiallyConsistent)
      }
    }
  }

  private static func bit(_ signal: Int32) -> UInt64 { UInt64(1) << UInt64(signal) }

  /// A thread as a nonzero integer (pthread_t is an integer on Linux and a pointer on Darwin).
  private static func threadID(_ thread: pthread_t) -> UInt {
    #if canImport(Glibc)
      UInt(thread)
    #else
      UInt(bitPattern: thread)
    #endif
  }

  private static func thread(_ id: UInt) -> pthread_t {
    #if canImport(Glibc)
      pthread_t(id)
    #else
      pthread_t(bitPattern: id)!
    #endif
  }

  private static func signals(in bits: UInt64) -> Set<Int32> {
    Set(caught.filter { bits & bit($0) != 0 })
  }

  private static func signalSet(_ signals: [Int32]) -> sigset_t {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in signals { sigaddset(&set, signal) }
    return set
  }

  private static func action(_ handler: @convention(c) (Int32) -> Void) -> sigaction {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler = .init(sa_handler: handler)
    #else
      action.__sigaction_u = .init(__sa_handler: handler)
    #endif
    sigemptyset(&action.sa_mask)
    // Other threads' system calls are restarted; the reader's pselect is never restarted, so it still sees EINTR.
    action.sa_flags = Int32(SA_RESTART)
    return action
  }

  private static func isDefault(_ action: sigaction) -> Bool {
    #if canImport(Glibc)
      let handler = action.__sigaction_handler.sa_handler
    #else
      let handler = action.__sigaction_u.__sa_handler
    #endif
    return handler == nil
  }
}
