import ArgumentParser
import ServerGroupsCore

extension ShellCommand {
  /// `equivalent [on|off]`: show the real CLI command and REST calls after each command.
  package struct EquivalentToggle: ShellRunnable {
    package static let configuration = CommandConfiguration(
      commandName: "equivalent",
      abstract: "Toggle showing the openstack command and REST calls each command corresponds to.")
    @Argument(help: ArgumentHelp("on or off (toggles when left out)", valueName: "on|off")) var state: Switch?
    package init() {}
    package static var origin: CommandOrigin { .session }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      ctx.settings.equivalent = state.map { $0 == .on } ?? !ctx.settings.equivalent
      let text =
        ctx.settings.equivalent
        ? "equivalent is on: after each command you will see the openstack command and the REST calls behind it."
        : "equivalent is off."
      return CommandResult([.text(text)])
    }
  }

  /// `set diagram on|off`, `set equivalent on|off`, or `set` to show the settings.
  package struct SetCommand: ShellRunnable {
    package static let configuration = CommandConfiguration(
      commandName: "set", abstract: "Change a shell setting, or show them all.",
      discussion: "Settings: diagram (draw hosts after commands that move servers), equivalent (show openstack commands and REST calls).")
    @Argument(help: ArgumentHelp("diagram or equivalent", valueName: "setting")) var setting: Setting?
    @Argument(help: ArgumentHelp("on or off", valueName: "on|off")) var state: Switch?
    package init() {}
    package static var origin: CommandOrigin { .session }

    /// The settings `set` knows.
    package enum Setting: String, CaseIterable, ExpressibleByArgument, Sendable { case diagram, equivalent }

    package func validate() throws {
      if setting != nil && state == nil { throw ValidationError("Missing expected argument '<on|off>'") }
    }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      switch (setting, state) {
      case (.diagram, let state?): ctx.settings.diagram = state == .on
      case (.equivalent, let state?): ctx.settings.equivalent = state == .on
      default: break
      }
      func word(_ flag: Bool) -> String { flag ? "on" : "off" }
      return CommandResult([.text("diagram \(word(ctx.settings.diagram))\nequivalent \(word(ctx.settings.equivalent))")])
    }
  }

  /// `reset`: the simulator back to its starting state, or, in a lesson, the step back to its start.
  package struct Reset: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Put the simulated cloud back as it was at start (same seed); in a lesson, as the step began.")
    package init() {}
    package static var origin: CommandOrigin { .simulator("A real cloud cannot be reset; delete what you created instead.") }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      // In a lesson, `reset` means "this step again": the tutor resets the cloud and replays the step's start.
      if ctx.inLesson { return CommandResult(tutor: .resetStep) }
      let controls = try ctx.requireControls("reset")
      await controls.reset()
      return CommandResult([.text("The simulated cloud is back to its starting state.")], changesPlacement: true)
    }
  }

  /// `quit` or `exit`.
  package struct Quit: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Leave the shell (Ctrl-D does too).", aliases: ["exit"])
    package init() {}
    package static var origin: CommandOrigin { .session }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult { CommandResult(quits: true) }
  }
}

/// `on` or `off`.
package enum Switch: String, CaseIterable, ExpressibleByArgument, Sendable { case on, off }
