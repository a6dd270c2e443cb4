import ArgumentParser

/// `sgtutor shell`
struct ShellMode: AsyncParsableCommand, RealCloudMode {
  static let configuration = CommandConfiguration(
    commandName: "shell",
    abstract: "Open the interactive shell on the simulated cloud (or a real one with --os-cloud).",
    discussion: """
      On a terminal the shell has line editing (emacs keys, ~/.editrc), history in \
      $XDG_STATE_HOME/sgtutor/history (default ~/.local/state/sgtutor/history) and Tab completion. \
      Ctrl-C clears the line; Ctrl-D or 'quit' leaves. When standard input is not a terminal, lines are read \
      plainly and no prompt is shown.
      """)
  @OptionGroup var cloud: CloudOptions
  @OptionGroup(title: "Real cloud") var openstack: OpenStackOptions
  @OptionGroup var language: LanguageOption
  @OptionGroup var display: DisplayOption

  var needsRealCloud: Bool { openstack.real != nil }

  func run() async throws {
    // The tutor's commands work in the shell too, when the lessons can be found.
    let start = InteractiveStart(
      simulator: cloud.simulator, real: openstack.real, language: try language.pick(), plain: display.plain,
      lessons: .optional)
    let status = try await start.run()
    if status != 0 { throw ExitCode(status) }
  }
}
