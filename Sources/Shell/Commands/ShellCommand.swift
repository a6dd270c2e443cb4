import ArgumentParser

/// The root of the shell's command tree: openstackclient's commands plus the shell's and the tutor's own.
package struct ShellCommand: ParsableCommand {
  package static let configuration = CommandConfiguration(
    commandName: "",
    abstract: "Commands of the sgtutor shell.",
    subcommands: [
      ServerCommands.self, FlavorCommands.self, ImageCommands.self, NetworkCommands.self, HypervisorCommands.self,
      Hosts.self, Why.self, Explain.self, HostControl.self, EquivalentToggle.self, SetCommand.self, Reset.self,
      Cleanup.self,
      Help.self, Quit.self,
    ] + TutorCommands.all)

  package init() {}

  /// `server …`
  package struct ServerCommands: ParsableCommand {
    package static let configuration = CommandConfiguration(
      commandName: "server", abstract: "Servers (compute instances).",
      subcommands: [GroupCommands.self, Create.self, List.self, Show.self, Delete.self, Evacuate.self])
    package init() {}

    /// `server group …`
    package struct GroupCommands: ParsableCommand {
      package static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Server groups: a placement policy for the servers created into them.",
        subcommands: [Create.self, List.self, Show.self, Delete.self])
      package init() {}
    }
  }

  /// `flavor …`
  package struct FlavorCommands: ParsableCommand {
    package static let configuration = CommandConfiguration(
      commandName: "flavor", abstract: "Flavors: server sizes.", subcommands: [List.self, Show.self])
    package init() {}
  }

  /// `image …`
  package struct ImageCommands: ParsableCommand {
    package static let configuration = CommandConfiguration(
      commandName: "image", abstract: "Images servers boot from.", subcommands: [List.self])
    package init() {}
  }

  /// `network …`
  package struct NetworkCommands: ParsableCommand {
    package static let configuration = CommandConfiguration(
      commandName: "network", abstract: "Networks servers attach to.", subcommands: [List.self])
    package init() {}
  }

  /// `hypervisor …`
  package struct HypervisorCommands: ParsableCommand {
    package static let configuration = CommandConfiguration(
      commandName: "hypervisor", abstract: "Compute hosts as an administrator sees them.",
      subcommands: [List.self, Show.self])
    package init() {}
  }
}
