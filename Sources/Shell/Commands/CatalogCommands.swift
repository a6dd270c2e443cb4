import ArgumentParser
import ServerGroupsCore

extension ShellCommand.FlavorCommands {
  /// `flavor list [--long]`
  package struct List: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "List flavors.")
    @Flag(help: "List additional fields in output") var long = false
    @OptionGroup var output: FormatOptions
    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let flavors = try await ctx.freshCatalog(.flavors) { try await $0.listFlavors() }
      return CommandResult([try .list(Flavor.listing(flavors, long: long), output)])
    }
  }

  /// `flavor show <flavor>`
  package struct Show: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Display flavor details.")
    @Argument(help: ArgumentHelp("Flavor to display (name or ID)", valueName: "flavor")) var flavor: String
    @OptionGroup var output: FormatOptions
    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      CommandResult([try .show(try await Finder.flavor(flavor, ctx).record, output)])
    }
  }
}

extension ShellCommand.ImageCommands {
  /// `image list`
  package struct List: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "List available images.")
    @OptionGroup var output: FormatOptions
    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let images = try await ctx.freshCatalog(.images) { try await $0.listImages() }
      return CommandResult([try .list(Image.listing(images), output)])
    }
  }
}

extension ShellCommand.NetworkCommands {
  /// `network list`
  package struct List: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "List networks.")
    @OptionGroup var output: FormatOptions
    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let networks = try await ctx.freshCatalog(.networks) { try await $0.listNetworks() }
      return CommandResult([try .list(Network.listing(networks), output)])
    }
  }
}

extension ShellCommand.HypervisorCommands {
  /// `hypervisor list [--long]` (admin only on a real cloud)
  package struct List: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "List hypervisors (admin only).")
    @Flag(help: "List additional fields in output") var long = false
    @OptionGroup var output: FormatOptions
    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let cloud = ctx.cloud
      let hypervisors = try await ctx.api { try await cloud.listHypervisors() }
      return CommandResult([try .list(Hypervisor.listing(hypervisors, long: long), output)])
    }
  }

  /// `hypervisor show <hypervisor>`
  package struct Show: ShellRunnable {
    package static let configuration = CommandConfiguration(abstract: "Display hypervisor details (admin only).")
    @Argument(help: ArgumentHelp("Hypervisor to display (name or ID)", valueName: "hypervisor")) var hypervisor: String
    @OptionGroup var output: FormatOptions
    package init() {}

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      CommandResult([try .show(try await Finder.hypervisor(hypervisor, ctx).record, output)])
    }
  }
}
