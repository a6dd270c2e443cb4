import ArgumentParser
import ServerGroupsCore

extension HostAction: ExpressibleByArgument {}

/// `host fail|recover|disable|enable|fill|drain|evacuate HOST`: the simulator's ways to break and mend hosts, one
/// command with the action as its first argument.
package struct HostControl: ShellRunnable {
  package static let configuration = CommandConfiguration(
    commandName: "host", abstract: "Break and repair simulated hosts (simulator only; not an openstack command).",
    discussion: """
      fail: the host's service goes DOWN. recover: it comes back UP. disable, enable: the scheduler sends it no \
      new servers, or does again. fill, drain: other load uses up its room, or gives it back. evacuate: every \
      server of the failed host is rebuilt elsewhere with its group's policy (the real CLI's \
      'openstack server evacuate SERVER' does one server at a time).
      """)

  @Argument(help: ArgumentHelp("fail, recover, disable, enable, fill, drain or evacuate", valueName: "action"))
  var action: HostAction

  @Argument(help: ArgumentHelp("Host name, e.g. compute-1", valueName: "host"))
  var host: String

  package init() {}

  package static var origin: CommandOrigin { .simulator(HostAction.fail.realWorld) }
  package var effectiveOrigin: CommandOrigin { .simulator(action.realWorld) }
  package static var simulatorOnly: Bool { true }
  package static var simulatorOnlyNameWords: Int { 1 }

  package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
    let controls = try ctx.requireControls("host \(action.rawValue)")
    let outcomes = try await ctx.simulator { try await controls.perform(action, on: host) }
    let said: Output =
      action == .evacuate
      ? .evacuation(host: host, outcomes) : .text(ShellMessages.text(action.done, host, in: ctx.language))
    return CommandResult([said], changesPlacement: true)
  }
}

extension HostAction {
  /// What the shell says once the action is done, with the host's name.
  var done: ShellMessageID {
    switch self {
    case .fail: .hostFailed
    case .recover: .hostRecovered
    case .disable: .hostDisabled
    case .enable: .hostEnabled
    case .fill: .hostFilled
    case .drain: .hostDrained
    case .evacuate: .hostEvacuated
    }
  }

  /// What happens on a real cloud instead, for `equivalent`.
  var realWorld: ShellMessageID {
    switch self {
    case .fail, .recover: .realWorldFail
    case .disable: .realWorldDisable
    case .enable: .realWorldEnable
    case .fill, .drain: .realWorldFill
    case .evacuate: .realWorldEvacuate
    }
  }
}
