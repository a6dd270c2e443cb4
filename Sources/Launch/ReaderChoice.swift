import LineEditing
import Shell

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How lines are read: libedit with history and Tab completion on a terminal, plain lines otherwise.
package struct ReaderChoice {
  /// Whether standard input is a terminal.
  package let isTerminal: Bool
  /// The names Tab completes, read from the cloud the REPL arms it with, when Tab needs them.
  package let names = NameCache()
  package let reader: any LineReader

  package init(environment: [String: String], isTerminal: Bool = isatty(0) == 1) {
    self.isTerminal = isTerminal
    reader =
      isTerminal
      ? LibEditLineReader(
        historyPath: HistoryFile.defaultPath(environment: environment) ?? "/dev/null",
        completer: ShellCompleter(names: names))
      : PlainLineReader(showsPrompt: false)
  }

  /// Where `sgtutor run` reads the commands (`-` is standard input), and where a real cloud's questions are
  /// answered: the terminal when the commands come from a file and standard input is one, else nobody.
  /// A file that cannot be read is said in one line.
  package static func script(_ file: String, console: any Console, isTerminal: Bool = isatty(0) == 1) throws -> (
    commands: any LineReader, asker: (any LineReader)?
  ) {
    if file == "-" { return (PlainLineReader(showsPrompt: false), nil) }
    do {
      let commands = try LinesReader(contentsOf: file)
      return (commands, isTerminal ? PlainLineReader(showsPrompt: true) : nil)
    } catch {
      throw LaunchFailure.say("error: cannot read \(file)", on: console)
    }
  }
}
