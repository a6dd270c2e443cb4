import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libedit's character reader (EL_GETCFN): waits for a key with the signals of `SignalRelay` let through, acts on
/// those signals here on the reading thread, between libedit's own steps, and decodes the bytes in the locale's
/// character set as libedit's built-in reader does.
///
/// This is where libedit's own signal handling (EL_SIGNAL, now off) did its work, but here it runs as ordinary code:
/// a resize rebuilds the display (`el_resize`) and redraws while libedit is known to be waiting for input and not
/// drawing, and Ctrl-Z restores the terminal before the process stops.
struct KeyReader {
  /// The terminal libedit reads (it was given stdin).
  static let input = STDIN_FILENO
  /// The longest multibyte character (MB_LEN_MAX in glibc).
  private static let longestCharacter = 16

  /// The terminal's settings outside libedit's raw mode, restored for Ctrl-Z; read before each line.
  private var cookedSettings: termios?
  /// The terminal size libedit was last told about.
  private var size = Size()

  /// Rows and columns, as TIOCGWINSZ reports them.
  struct Size: Equatable {
    var rows: UInt16 = 0
    var columns: UInt16 = 0
  }

  /// Remembers the terminal's normal settings and size; call before `el_gets`, which switches to raw mode and
  /// reads the size itself.
  mutating func prepare() {
    var settings = termios()
    cookedSettings = tcgetattr(Self.input, &settings) == 0 ? settings : nil
    size = Self.currentSize() ?? Size()
  }

  /// One character into `character`: returns 1, or 0 at end of input, or -1 with `errno` set (EINTR when a signal
  /// ends the read, which makes `el_gets` return NULL).
  mutating func nextCharacter(_ editLine: OpaquePointer, into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
    // libedit has just put the terminal in its raw mode (el_wgetc does so before every read); kept for Ctrl-Z.
    var raw = termios()
    let rawSettings = tcgetattr(Self.input, &raw) == 0 ? raw : nil
    var bytes: [CChar] = []
    while true {
      if SignalRelay.hasArrived(SignalRelay.endingTheRead) {
        errno = EINTR
        return -1
      }
      let taken = SignalRelay.take([SIGTSTP, SIGCONT, SIGWINCH])
      if taken.contains(SIGTSTP) { suspend(rawSettings: rawSettings) }
      if taken.contains(SIGCONT) { resume(editLine, rawSettings: rawSettings) }
      if taken.contains(SIGWINCH) { followResize(editLine) }
      if !taken.isEmpty { continue }

      guard sg_wait_readable(Self.input, &SignalRelay.waitMask) >= 0 else {
        if errno == EINTR { continue }
        return -1
      }
      var byte: CChar = 0
      let count = read(Self.input, &byte, 1)
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return -1
      }
      if count == 0 { return 0 }
      bytes.append(byte)
      guard let decoded = Self.decode(&bytes) else { continue }
      // The key may have been typed after a resize whose SIGWINCH has not reached this thread yet (signals are
      // asynchronous); libedit must know the new size before it acts on the key.
      followResize(editLine)
      character.pointee = decoded
      return 1
    }
  }

  /// Decodes `bytes` (read so far) in the current locale; nil while more bytes are needed. An invalid sequence is
  /// dropped except for its last byte, which may start the next character (libedit's rule); an invalid single byte,
  /// or an unfinished sequence longer than any character, is dropped.
  static func decode(_ bytes: inout [CChar]) -> wchar_t? {
    while !bytes.isEmpty {
      var state = mbstate_t()
      var wide: wchar_t = 0
      let result = bytes.withUnsafeBufferPointer { mbrtowc(&wide, $0.baseAddress, $0.count, &state) }
      switch result {
      case -2:
        if bytes.count >= longestCharacter { bytes = [] }
        return nil
      case -1:
        bytes = bytes.count > 1 ? [bytes[bytes.count - 1]] : []
      default:
        bytes = []
        return wide
      }
    }
    return nil
  }

  /// Tells libedit about a changed terminal size and draws the prompt and line again for it. Safe here, unlike in a
  /// signal handler: libedit is waiting for this character, not drawing.
  private mutating func followResize(_ editLine: OpaquePointer) {
    guard let current = Self.currentSize(), current != size else { return }
    size = current
    el_resize(editLine)
    // el_resize rebuilds libedit's display buffers for the new size but keeps its old idea of where the cursor is,
    // even when a smaller terminal no longer has that row or column; the next redraw then writes past the new
    // buffers (heap corruption after shrinking a terminal with a wrapped line). A full redraw (EL_REFRESH) first
    // resets that position to the start of the row, so the cursor is put there before libedit draws again.
    sg_write_stdout("\r")
    sg_el_refresh(editLine)
  }

  private static func currentSize() -> Size? {
    var window = winsize()
    #if canImport(Glibc)
      let request = UInt(TIOCGWINSZ)
    #else
      let request = TIOCGWINSZ
    #endif
    guard ioctl(input, request, &window) == 0 else { return nil }
    return Size(rows: window.ws_row, columns: window.ws_col)
  }

  /// Ctrl-Z: the terminal goes back to normal and the process stops, as with libedit's own handling; once continued
  /// (or at once, when the kernel discards the stop because no job-control shell could resume us), raw mode returns.
  private func suspend(rawSettings: termios?) {
    if var cooked = cookedSettings { tcsetattr(Self.input, TCSADRAIN, &cooked) }
    SignalRelay.stopAsIfUnhandled()
    if var raw = rawSettings { tcsetattr(Self.input, TCSADRAIN, &raw) }
  }

  /// Continued after a stop: the job-control shell put back its own terminal settings when we stopped, so raw mode
  /// is applied again, and the prompt and line are drawn afresh below whatever the shell printed.
  private func resume(_ editLine: OpaquePointer, rawSettings: termios?) {
    if var raw = rawSettings { tcsetattr(Self.input, TCSADRAIN, &raw) }
    sg_el_refresh(editLine)
  }
}
