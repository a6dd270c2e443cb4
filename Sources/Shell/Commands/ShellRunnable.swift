import ArgumentParser

/// A command the shell can run: it reads and changes the cloud through the context and returns values to
/// render. It never prints.
package protocol ShellRunnable: ParsableCommand {
  /// Runs the command. Throws `ShellError` (or `CloudError` through `ShellContext.api`) on failure.
  func run(_ ctx: inout ShellContext) async throws -> CommandResult
  /// Where the command comes from, which decides what `equivalent` says about it.
  static var origin: CommandOrigin { get }
  /// What `equivalent` says about this run: the type's `origin`, unless the arguments change it (`host disable`
  /// and `host fail` have different real-world counterparts).
  var effectiveOrigin: CommandOrigin { get }
  /// True for the simulator's powers (`host fail`, `host evacuate`, `why`): on a real cloud the shell says so
  /// before it even reads the arguments, which may be a real cloud's own host labels (`host fail Host A`).
  static var simulatorOnly: Bool { get }
  /// How many words after the command's name belong in that refusal (`host fail`: the action).
  static var simulatorOnlyNameWords: Int { get }
  /// Whether the session's cloud offers this command: every command but the simulator's powers, which need the
  /// simulator (or, for `why`, a cloud that keeps the scheduler's record).
  static func isOffered(by context: ShellContext) -> Bool
}

extension ShellRunnable {
  package static var origin: CommandOrigin { .openstack }
  package var effectiveOrigin: CommandOrigin { Self.origin }
  package static var simulatorOnly: Bool { false }
  package static var simulatorOnlyNameWords: Int { 0 }
  package static func isOffered(by context: ShellContext) -> Bool { !simulatorOnly || context.controls != nil }
}

/// Whether a command exists in python-openstackclient or only in this shell.
package enum CommandOrigin: Sendable, Equatable {
  /// The same command works with the real `openstack` CLI.
  case openstack
  /// A command of the shell's own that only reads (`hosts`, `why`, `help`, …).
  case shell
  /// A command that only changes or shows the session (`set`, `equivalent`, `help`, `quit`): nothing to show.
  case session
  /// A power only the simulator has (`host fail`, `reset`, …); the message says what the real world does instead.
  case simulator(ShellMessageID)
}
