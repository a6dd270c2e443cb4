import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A program running on a pseudo-terminal, driven like a person at a keyboard: `send` keys, `expect` output.
///
/// The child is a session leader whose controlling terminal is the pseudo-terminal, so Ctrl-C (`"\u{3}"`) really
/// sends SIGINT, and `isatty(0)` is true. (Foundation's `Process` leaves the child without a controlling terminal,
/// so it is started with `posix_spawn` instead.) It gets a private HOME and XDG_STATE_HOME, `TERM=xterm`,
/// `COLUMNS=80`, `NO_COLOR=1`, `LANG=C.UTF-8` and a non-interactive Swift backtracer. The child is killed when the
/// value goes away.
///
/// Output is normalised before matching: ANSI escape sequences, bells, backspaces and lone carriage returns are
/// dropped and `\r\n` becomes `\n`. Timeouts only guard against hangs; they are not performance limits.
package final class PseudoTerminal {
  /// The child's process ID.
  package let pid: pid_t
  /// The private home directory (also the parent of XDG_STATE_HOME); removed at the end.
  package let home: String
  /// `$XDG_STATE_HOME` as the child sees it.
  package var stateHome: String { home + "/state" }

  private let primary: Int32
  private var filter = TerminalTextFilter()
  /// Normalised output not yet consumed by `expect`.
  private var pending: [UInt8] = []
  /// Everything the child wrote, normalised, for failure messages.
  private var transcript: [UInt8] = []
  private var childClosedTerminal = false
  private var exitStatus: ExitStatus?

  /// How the child ended.
  package enum ExitStatus: Equatable, Sendable, CustomStringConvertible {
    case exited(Int32)
    case signalled(Int32)

    package var description: String {
      switch self {
      case .exited(let code): "exited with status \(code)"
      case .signalled(let signal): "killed by signal \(signal)"
      }
    }
  }

  /// Starts `executable` on a new pseudo-terminal of `columns` × `rows`.
  /// - Parameter environment: added to (and overriding) the defaults listed above.
  package init(
    executable: String, arguments: [String] = [], environment: [String: String] = [:], columns: Int = 80,
    rows: Int = 24
  ) throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent("sgtutor-pty-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)

    var primary: Int32 = -1
    var secondary: Int32 = -1
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&primary, &secondary, nil, nil, &size) == 0 else {
      throw PseudoTerminalError.system("openpty", errno)
    }
    // Neither end may leak into children that other tests start at the same time: a leaked secondary would keep
    // this terminal open after our child exits.
    _ = fcntl(primary, F_SETFD, FD_CLOEXEC)
    _ = fcntl(secondary, F_SETFD, FD_CLOEXEC)
    defer { close(secondary) }
    var name = [CChar](repeating: 0, count: 256)
    guard ttyname_r(secondary, &name, name.count) == 0 else {
      close(primary)
      throw PseudoTerminalError.system("ttyname_r", errno)
    }

    var childEnvironment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": home, "XDG_STATE_HOME": home + "/state", "TERM": "xterm", "COLUMNS": "\(columns)",
      "LINES": "\(rows)", "NO_COLOR": "1", "LANG": "C.UTF-8",
      // A crash must end the child at once: on a terminal, Swift's backtracer would otherwise wait 30 s for a key,
      // and the test would report a timeout instead of the signal.
      "SWIFT_BACKTRACE": "interactive=no",
    ]
    childEnvironment.merge(environment) { _, new in new }

    do {
      pid = try Self.spawn(
        executable, arguments: arguments, environment: childEnvironment,
        terminal: String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    } catch {
      close(primary)
      throw error
    }
    self.primary = primary
  }

  deinit {
    terminate()
    close(primary)
    try? FileManager.default.removeItem(atPath: home)
  }

  // MARK: Driving

  /// Types `text` (use `"\r"` for Enter, `"\t"` for Tab, `"\u{3}"` for Ctrl-C, `"\u{4}"` for Ctrl-D,
  /// `"\u{1B}[A"` for up-arrow).
  package func send(_ text: String) throws {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(primary, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw PseudoTerminalError.system("write", errno)
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Waits until the output contains `text`; returns the output up to and including it and consumes it, so the
  /// next `expect` only sees what came after.
  @discardableResult
  package func expect(_ text: String, timeout: Duration = .seconds(30)) throws -> String {
    let wanted = Array(text.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      if let range = Self.find(wanted, in: pending) {
        let consumed = Array(pending[..<range.upperBound])
        pending.removeFirst(range.upperBound)
        return String(decoding: consumed, as: UTF8.self)
      }
      if childClosedTerminal {
        throw PseudoTerminalError.closedBeforeOutput(expected: text, output: recentOutput, status: exitStatus)
      }
      guard ContinuousClock.now < deadline else {
        throw PseudoTerminalError.timedOut(expected: text, output: recentOutput)
      }
      readAvailable(waitingAtMost: deadline - ContinuousClock.now)
    }
  }

  /// Waits until the program reads keys one by one (the terminal has left canonical mode), as libedit does once
  /// it waits for input. libedit prints its prompt a moment before it switches the terminal, and keys sent in
  /// that moment meet the terminal's own line editing (a Ctrl-D there is taken as end-of-file and lost).
  package func waitUntilReadingKeys(timeout: Duration = .seconds(30)) throws {
    let deadline = ContinuousClock.now + timeout
    while true {
      // On Linux the primary end reports the secondary end's settings.
      var settings = termios()
      if tcgetattr(primary, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return }
      if childClosedTerminal {
        throw PseudoTerminalError.closedBeforeOutput(
          expected: "key-by-key input", output: recentOutput, status: exitStatus)
      }
      guard ContinuousClock.now < deadline else {
        throw PseudoTerminalError.timedOut(expected: "key-by-key input", output: recentOutput)
      }
      readAvailable(waitingAtMost: .milliseconds(5))
    }
  }

  /// Waits for `prompt` and then for the program to read keys one by one; returns what was printed up to and
  /// including the prompt. Keys sent before that moment can be lost (see `waitUntilReadingKeys`).
  @discardableResult
  package func expectPrompt(_ prompt: String = "sgtutor> ") throws -> String {
    let output = try expect(prompt)
    try waitUntilReadingKeys()
    return output
  }

  /// Types `line` and Enter, and waits for the next `prompt` (see `expectPrompt`); returns what was printed in
  /// between.
  @discardableResult
  package func type(_ line: String, thenExpect prompt: String = "sgtutor> ") throws -> String {
    try send(line + "\r")
    return try expectPrompt(prompt)
  }

  /// Output received so far and not yet consumed (after waiting `settle` for more to arrive).
  package func unconsumedOutput(settle: Duration = .milliseconds(200)) -> String {
    readAvailable(waitingAtMost: settle)
    return String(decoding: pending, as: UTF8.self)
  }

  /// Changes the terminal size; the kernel sends the child SIGWINCH.
  package func resize(columns: Int, rows: Int) throws {
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(primary, UInt(TIOCSWINSZ), &size) == 0 else { throw PseudoTerminalError.system("TIOCSWINSZ", errno) }
  }

  /// Waits for the child to exit, reading its output meanwhile so it never blocks on a full terminal.
  package func waitForExit(timeout: Duration = .seconds(30)) throws -> ExitStatus {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let exitStatus { return exitStatus }
      reap(blocking: false)
      if let exitStatus { return exitStatus }
      guard ContinuousClock.now < deadline else {
        throw PseudoTerminalError.timedOut(expected: "the process to exit", output: recentOutput)
      }
      readAvailable(waitingAtMost: .milliseconds(50))
    }
  }

  /// Kills the child (and anything it started in its session) unless it already exited, and reaps it.
  package func terminate() {
    guard exitStatus == nil else { return }
    reap(blocking: false)
    guard exitStatus == nil else { return }
    kill(-pid, SIGKILL)
    kill(pid, SIGKILL)
    reap(blocking: true)
  }

  /// The last part of everything the child wrote, for failure messages.
  package var recentOutput: String {
    String(decoding: transcript.suffix(2000), as: UTF8.self)
  }

  // MARK: Internals

  private func readAvailable(waitingAtMost timeout: Duration) {
    guard !childClosedTerminal else {
      // Nothing more can arrive; pause briefly so callers polling for the exit do not spin.
      usleep(UInt32(min(10, Self.milliseconds(timeout)) * 1000))
      return
    }
    var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(clamping: Self.milliseconds(timeout)))
    guard ready > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
    if count > 0 {
      let text = filter.feed(buffer[..<count])
      pending += text
      transcript += text
    } else if count == 0 || errno != EINTR && errno != EAGAIN {
      // EIO: every copy of the secondary end is closed, i.e. the child (and its children) exited.
      childClosedTerminal = true
      reap(blocking: false)
    }
  }

  /// Whole milliseconds in `duration`, never negative.
  private static func milliseconds(_ duration: Duration) -> Int64 {
    max(0, duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
  }

  private func reap(blocking: Bool) {
    guard exitStatus == nil else { return }
    var status: Int32 = 0
    var result: pid_t
    repeat { result = waitpid(pid, &status, blocking ? 0 : WNOHANG) } while result < 0 && errno == EINTR
    guard result == pid else { return }
    // The W* macros are not imported into Swift: low seven bits are the signal, the next byte the exit code.
    let signal = status & 0x7F
    exitStatus = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty ? 0..<0 : nil }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
    }
    return nil
  }

  /// Starts the child in a new session and opens the terminal as its standard streams; because it is the
  /// session leader's first terminal, it becomes the controlling one.
  private static func spawn(
    _ executable: String, arguments: [String], environment: [String: String], terminal: String
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The test runner may ignore or block signals; the child starts with the defaults a shell would give it.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE, SIGTSTP, SIGCONT] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var noneBlocked = sigset_t()
    sigemptyset(&noneBlocked)
    posix_spawnattr_setsigmask(&attributes, &noneBlocked)
    // POSIX_SPAWN_SETSID (glibc 2.26+) is a GNU extension that Swift's Glibc module does not show; its value is 0x80.
    let setSessionID: Int32 = 0x80
    posix_spawnattr_setflags(
      &attributes, Int16(Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK) | setSessionID))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else { throw PseudoTerminalError.system("posix_spawn \(executable)", result) }
    return pid
  }
}

/// Why driving the pseudo-terminal failed; the description carries the output seen so far.
package enum PseudoTerminalError: Error, CustomStringConvertible {
  case system(String, Int32)
  case timedOut(expected: String, output: String)
  case closedBeforeOutput(expected: String, output: String, status: PseudoTerminal.ExitStatus?)

  package var description: String {
    switch self {
    case .system(let call, let code):
      "\(call) failed: \(String(cString: strerror(code)))"
    case .timedOut(let expected, let output):
      "timed out waiting for \(expected.debugDescription); recent output:\n\(output)"
    case .closedBeforeOutput(let expected, let output, let status):
      "the program closed the terminal (\(status?.description ?? "still running")) before printing "
        + "\(expected.debugDescription); recent output:\n\(output)"
    }
  }
}

/// Turns raw terminal output into plain text: drops ANSI escape sequences (CSI, OSC and two- or three-byte
/// escapes), BEL, backspaces and other control bytes except newline and tab, and turns `\r\n` into `\n` and a
/// lone `\r` into nothing. It keeps state between chunks, so a sequence split across reads is still removed.
struct TerminalTextFilter {
  private enum State { case text, escape, escapeIntermediate, controlSequence, operatingSystemCommand, oscEscape }
  private var state = State.text
  private var carriageReturn = false

  mutating func feed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    for byte in bytes {
      switch state {
      case .text:
        if carriageReturn {
          carriageReturn = false
          if byte == 0x0A {
            output.append(0x0A)
            continue
          }
        }
        switch byte {
        case 0x1B: state = .escape
        case 0x0D: carriageReturn = true
        case 0x0A, 0x09: output.append(byte)
        case 0x00..<0x20, 0x7F: break
        default: output.append(byte)
        }
      case .escape:
        switch byte {
        case UInt8(ascii: "["): state = .controlSequence
        case UInt8(ascii: "]"): state = .operatingSystemCommand
        case 0x20...0x2F: state = .escapeIntermediate  // ESC ( B and friends
        default: state = .text
        }
      case .escapeIntermediate:
        state = .text
      case .controlSequence:
        if (0x40...0x7E).contains(byte) { state = .text }
      case .operatingSystemCommand:
        if byte == 0x07 { state = .text } else if byte == 0x1B { state = .oscEscape }
      case .oscEscape:
        state = byte == UInt8(ascii: "\\") ? .text : .operatingSystemCommand
      }
    }
    return output
  }
}
