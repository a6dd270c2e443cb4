#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines with `Swift.readLine`, for pipes and scripts. It shows the prompt only when standard input is
/// a terminal, so piped output holds no prompts, and it never waits for anything but the next line.
package struct PlainLineReader: LineReader {
  private let showsPrompt: Bool

  package init(showsPrompt: Bool = isatty(0) == 1) { self.showsPrompt = showsPrompt }

  package mutating func readLine(prompt: String) -> String? {
    if showsPrompt && !prompt.isEmpty {
      StandardConsole.writeAll(prompt, to: 1)
    }
    return Swift.readLine(strippingNewline: true)
  }

  package mutating func addHistory(_ line: String) {}
}
