import ArgumentParser
import Shell

/// A start-up failure the user can act on (a file that cannot be read or used, a cloud that cannot be reached):
/// one line on standard error and exit status 1, without the usage text that is for mistakes in the arguments.
package enum LaunchFailure {
  /// Writes `line` on standard error and returns the exit to throw.
  package static func say(_ line: String, on console: any Console) -> ExitCode {
    console.write(line + "\n", to: .stderr)
    return ExitCode.failure
  }
}
