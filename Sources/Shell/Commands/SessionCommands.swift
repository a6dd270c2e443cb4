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
      let text = ShellMessages.text(ctx.settings.equivalent ? .equivalentOn : .equivalentOff, in: ctx.language)
      return CommandResult([.text(text)])
    }
  }

  /// `set diagram on|off`, `set equivalent on|off`, `set role admin|member` (simulator), or `set` to show them.
  package struct SetCommand: ShellRunnable {
    package static let configuration = CommandConfiguration(
      commandName: "set", abstract: "Change a shell setting, or show them all.",
      discussion:
        "Settings: diagram (draw hosts after commands that move servers), equivalent (show openstack commands and REST calls), role (admin or member: in the simulator, whose view of the cloud you have)."
    )
    @Argument(help: ArgumentHelp("diagram, equivalent or role", valueName: "setting")) var setting: Setting?
    @Argument(help: ArgumentHelp("on or off; for role, admin or member", valueName: "on|off")) var state: String?
    package init() {}
    package static var origin: CommandOrigin { .session }

    /// The settings `set` knows.
    package enum Setting: String, CaseIterable, ExpressibleByArgument, Sendable { case diagram, equivalent, role }

    package func validate() throws {
      guard let setting else { return }
      guard let state else {
        throw ValidationError("Missing expected argument '<\(setting == .role ? "admin|member" : "on|off")>'")
      }
      let allowed = setting == .role ? ["admin", "member"] : ["on", "off"]
      if !allowed.contains(state) {
        throw ValidationError("The value '\(state)' is invalid for '<\(allowed.joined(separator: "|"))>'")
      }
    }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      switch (setting, state) {
      case (.diagram, let state?): ctx.settings.diagram = state == "on"
      case (.equivalent, let state?): ctx.settings.equivalent = state == "on"
      case (.role, let state?):
        guard let views = ctx.underlyingCloud as? any RoleViews else {
          throw ShellError.usage(ShellMessages.text(.roleRealCloud, in: ctx.language))
        }
        ctx.cloud = views.view(asAdmin: state == "admin")
        // Another caller: what the session read, and what it was refused, was the other role's.
        ctx.cache.forgetAll()
        ctx.cloudInfo = try? await ctx.cloud.describe()
        let text = ShellMessages.text(state == "admin" ? .roleAdmin : .roleMember, in: ctx.language)
        return CommandResult([.text(text)])
      default: break
      }
      func word(_ flag: Bool) -> String { flag ? "on" : "off" }
      var lines = ["diagram \(word(ctx.settings.diagram))", "equivalent \(word(ctx.settings.equivalent))"]
      if setting == nil, let views = ctx.underlyingCloud as? any RoleViews {
        lines.append("role \(views.isAdminView ? "admin" : "member")")
      }
      return CommandResult([.text(lines.joined(separator: "\n"))])
    }
  }

  /// `reset`: the simulator back to its starting state, or, in a lesson, the step back to its start.
  package struct Reset: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Put the simulated cloud back as it was at start (same seed); in a lesson, as the step began.")
    @Flag(help: "Do not ask first.") var yes = false
    package init() {}
    package static var origin: CommandOrigin {
      .simulator(.realWorldReset)
    }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      // In a lesson, `reset` means "this step again": the tutor resets the cloud and replays the step's start.
      if ctx.inLesson { return CommandResult(tutor: .resetStep) }
      let controls = try ctx.requireControls("reset")
      // Outside a lesson it wipes everything the learner made, so it asks first.
      guard yes else {
        return CommandResult(
          confirm: (
            ShellMessages.text(.resetQuestion, in: ctx.language), "reset --yes",
            ShellMessages.text(.resetDeclined, in: ctx.language)
          ))
      }
      await controls.reset()
      return CommandResult([.text(ShellMessages.text(.resetDone, in: ctx.language))], changesPlacement: true)
    }
  }

  /// `quit` or `exit`.
  package struct Quit: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Leave the shell (Ctrl-D does too).", aliases: ["exit"])
    package init() {}
    package static var origin: CommandOrigin { .session }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult { CommandResult(quits: true) }
  }
}

/// `on` or `off`.
package enum Switch: String, CaseIterable, ExpressibleByArgument, Sendable { case on, off }
