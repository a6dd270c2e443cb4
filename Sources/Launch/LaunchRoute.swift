import ArgumentParser

/// Which executable runs a command line. `sgtutor` runs the simulator's modes; `sgtutor serve` is `sgtutor-serve`
/// (the workshop server), and the modes that need a real cloud (`--os-cloud`, `--openstack`, `room`, `config`)
/// are `sgtutor-cloud`'s, so that the tutor links neither the server nor the HTTP client.
package enum LaunchRoute {
  /// The sibling executable for `arguments` (those after the program's name) and the arguments it gets, or nil
  /// when the running executable runs them itself. A command line that does not parse stays here, where the
  /// same parser says what is wrong or prints the help.
  /// - Parameter realCloudLinked: whether the running executable reaches real clouds itself (`sgtutor-cloud`).
  package static func sibling(for arguments: [String], realCloudLinked: Bool) -> (
    executable: SiblingExecutable, arguments: [String]
  )? {
    // Before parsing, so that sgtutor-serve's options and help are its own.
    if arguments.first == "serve" { return (.serve, Array(arguments.dropFirst())) }
    guard !realCloudLinked, let mode = try? Sgtutor.parseAsRoot(arguments) as? any RealCloudMode,
      mode.needsRealCloud
    else { return nil }
    return (.cloud, arguments)
  }
}
