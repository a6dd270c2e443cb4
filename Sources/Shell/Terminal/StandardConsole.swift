#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's standard output and error. Width comes from `COLUMNS` or the terminal; colours are off for
/// `NO_COLOR`, `TERM=dumb` and when standard output is not a terminal.
package struct StandardConsole: Console {
  package let colors: Bool
  package let plain: Bool
  /// `COLUMNS` from the environment at start-up (only that variable is kept).
  private let columnsVariable: [String: String]
  private let isTerminal: Bool

  /// Reads the environment once, at start-up; the terminal's width is asked each time, as it may be resized.
  package init(environment: [String: String], plain: Bool = false) {
    isTerminal = isatty(1) == 1
    self.plain = plain || environment["TERM"] == "dumb"
    columnsVariable = environment["COLUMNS"].map { ["COLUMNS": $0] } ?? [:]
    colors = Self.wantsColors(environment: environment, isTerminal: isTerminal)
  }

  /// A console of a fixed width.
  package init(columns: Int, colors: Bool) {
    columnsVariable = ["COLUMNS": String(columns)]
    isTerminal = false
    self.colors = colors
    plain = false
  }

  /// The width now: `COLUMNS`, else the terminal's current width, else 80.
  package var columns: Int { Self.width(environment: columnsVariable, isTerminal: isTerminal) }

  package func write(_ text: String, to stream: OutputStreamKind) {
    Self.writeAll(text, to: stream == .stdout ? 1 : 2)
  }

  /// Whether colour and box-drawing characters may be used.
  package static func wantsColors(environment: [String: String], isTerminal: Bool) -> Bool {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return isTerminal
  }

  /// `COLUMNS` when it is a positive number, else the terminal's width, else 80.
  package static func width(environment: [String: String], isTerminal: Bool) -> Int {
    if let text = environment["COLUMNS"], let value = Int(text), value > 0 { return value }
    guard isTerminal else { return 80 }
    var size = winsize()
    #if canImport(Glibc)
      let request = UInt(TIOCGWINSZ)
    #else
      let request = TIOCGWINSZ
    #endif
    if ioctl(1, request, &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  /// Writes every byte, retrying short writes and interrupted calls.
  static func writeAll(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}
