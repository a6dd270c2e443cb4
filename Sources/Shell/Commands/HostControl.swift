import ArgumentParser
import ServerGroupsCore

/// `host fail|recover|disable|enable|fill|drain <host>`: the simulator's ways to break and mend hosts.
package enum HostControl {
  /// The operations, with what each says and what a real operator would do instead.
  enum Action: String {
    case fail, recover, disable, enable, fill, drain

    var done: String {
      switch self {
      case .fail: "is DOWN: its servers are unreachable, and new servers skip it (ComputeFilter)."
      case .recover: "is UP again and takes new servers."
      case .disable: "is disabled: its servers keep running, but the scheduler sends it no new servers."
      case .enable: "is enabled again."
      case .fill: "is full: load from outside the project uses up its room, so nothing more fits (placement)."
      case .drain: "has its room back."
      }
    }

    var realWorld: String {
      switch self {
      case .fail, .recover: "On a real cloud a host fails on its own; nova-compute then reports DOWN."
      case .disable: "An administrator runs 'openstack compute service set --disable HOST nova-compute'."
      case .enable: "An administrator runs 'openstack compute service set --enable HOST nova-compute'."
      case .fill, .drain: "On a real cloud other projects' servers fill a host."
      }
    }
  }

  static func run(_ action: Action, host: String, _ ctx: inout ShellContext) async throws -> CommandResult {
    let controls = try ctx.requireControls("host \(action.rawValue)")
    try await ctx.simulator {
      switch action {
      case .fail: try await controls.failHost(host)
      case .recover: try await controls.recoverHost(host)
      case .disable: try await controls.disableHost(host)
      case .enable: try await controls.enableHost(host)
      case .fill: try await controls.fillHost(host)
      case .drain: try await controls.drainHost(host)
      }
    }
    return CommandResult([.text("\(host) \(action.done)")], changesPlacement: true)
  }

  /// `host fail <host>`
  package struct Fail: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Make a host fail: its service goes DOWN.")
    @Argument(help: "Host name, e.g. compute-1") var host: String
    package init() {}
    package static var origin: CommandOrigin { .simulator(Action.fail.realWorld) }
    package static var simulatorOnly: Bool { true }
    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      try await HostControl.run(.fail, host: host, &ctx)
    }
  }

  /// `host recover <host>`
  package struct Recover: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Bring a failed host back UP.")
    @Argument(help: "Host name") var host: String
    package init() {}
    package static var origin: CommandOrigin { .simulator(Action.recover.realWorld) }
    package static var simulatorOnly: Bool { true }
    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      try await HostControl.run(.recover, host: host, &ctx)
    }
  }

  /// `host disable <host>`
  package struct Disable: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Disable a host's compute service: no new servers go there.")
    @Argument(help: "Host name") var host: String
    package init() {}
    package static var origin: CommandOrigin { .simulator(Action.disable.realWorld) }
    package static var simulatorOnly: Bool { true }
    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      try await HostControl.run(.disable, host: host, &ctx)
    }
  }

  /// `host enable <host>`
  package struct Enable: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Enable a disabled host again.")
    @Argument(help: "Host name") var host: String
    package init() {}
    package static var origin: CommandOrigin { .simulator(Action.enable.realWorld) }
    package static var simulatorOnly: Bool { true }
    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      try await HostControl.run(.enable, host: host, &ctx)
    }
  }

  /// `host fill <host>`
  package struct Fill: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Use up a host's free capacity so nothing more fits.")
    @Argument(help: "Host name") var host: String
    package init() {}
    package static var origin: CommandOrigin { .simulator(Action.fill.realWorld) }
    package static var simulatorOnly: Bool { true }
    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      try await HostControl.run(.fill, host: host, &ctx)
    }
  }

  /// `host drain <host>`
  package struct Drain: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Give a filled host its capacity back.")
    @Argument(help: "Host name") var host: String
    package init() {}
    package static var origin: CommandOrigin { .simulator(Action.drain.realWorld) }
    package static var simulatorOnly: Bool { true }
    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      try await HostControl.run(.drain, host: host, &ctx)
    }
  }
}
