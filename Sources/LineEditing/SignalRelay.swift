#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The SIGINT handling around libedit, so Ctrl-C clears the line instead of ending the shell.
///
/// While `el_gets` waits, libedit's own handler (EL_SIGNAL) catches SIGINT, restores the terminal and re-raises it
/// to the handler that was installed before; that is ours, which sets a flag. The interrupted `read` then fails
/// with EINTR and `el_gets` returns NULL with a count of -1, which the reader turns into `""`.
///
/// Two details make that reliable:
/// - While reading, our handler is installed without SA_RESTART, so the `read` is not silently restarted. Outside
///   reading it uses SA_RESTART, so a Ctrl-C while a command runs cannot break other system calls; it is
///   swallowed, as the simulator's commands are short and losing the session's cloud to a stray Ctrl-C is worse.
/// - The line is usually read on a Swift concurrency worker thread, and those threads block most signals. While
///   reading, the reading thread unblocks the signals libedit handles (and restores its mask afterwards).
/// - The kernel may still run the handler on another thread (often the main thread). Then the handler forwards
///   SIGINT to the reading thread with `pthread_kill`, so its `read` is interrupted.
///
/// Handlers are C function pointers; they live as `static let`s of this nonisolated type so they carry no actor
/// isolation check and are safe on any thread. The flags are plain `sig_atomic_t`s, the only state a signal
/// handler may touch.
enum SignalRelay {
  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
  nonisolated(unsafe) static var reading: sig_atomic_t = 0
  nonisolated(unsafe) static var reader = pthread_self()
  /// The reading thread's signal mask before `beginReading`.
  nonisolated(unsafe) static var savedMask = sigset_t()

  /// The signals libedit catches while reading (EL_SIGNAL); they must reach the reading thread.
  static let handledByLibEdit = [SIGINT, SIGTSTP, SIGQUIT, SIGHUP, SIGTERM, SIGCONT, SIGWINCH]

  static let onInterrupt: @convention(c) (Int32) -> Void = { signal in
    interrupted = 1
    if reading != 0, pthread_equal(pthread_self(), reader) == 0 {
      pthread_kill(reader, signal)
    }
  }

  /// Arms the handler for a blocking read on the current thread. The first call installs it; until then the
  /// process keeps its own SIGINT behaviour.
  static func beginReading() {
    // Every flag is written before the handler is installed, so the handler never runs a lazy initialiser.
    interrupted = 0
    reader = pthread_self()
    reading = 1
    setHandler(restart: false)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signal in handledByLibEdit { sigaddset(&unblocked, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, &savedMask)
  }

  /// Disarms it again; returns whether Ctrl-C was pressed while reading.
  static func endReading() -> Bool {
    pthread_sigmask(SIG_SETMASK, &savedMask, nil)
    setHandler(restart: true)
    reading = 0
    let wasInterrupted = interrupted != 0
    interrupted = 0
    return wasInterrupted
  }

  private static func setHandler(restart: Bool) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler = .init(sa_handler: onInterrupt)
    #else
      action.__sigaction_u = .init(__sa_handler: onInterrupt)
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = restart ? Int32(SA_RESTART) : 0
    sigaction(SIGINT, &action, nil)
  }
}
