import ArgumentParser
import ServerGroupsCore

/// The policies `--policy` accepts (argparse `choices` in openstackclient).
package enum PolicyChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
  case affinity
  case antiAffinity = "anti-affinity"
  case softAffinity = "soft-affinity"
  case softAntiAffinity = "soft-anti-affinity"
}

extension ShellCommand.ServerCommands.GroupCommands {
  /// `server group create [--policy <policy>] [--rule <key=value>] <name>`
  package struct Create: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Create a new server group.",
      discussion: """
        Without --policy the group gets 'affinity' (openstackclient's default). The policy is an option, \
        not a positional argument: 'server group create web anti-affinity' is refused.
        Example: server group create "DB Cluster" --policy anti-affinity --rule max_server_per_host=2
        """)

    @Option(
      help: ArgumentHelp(
        "Add a policy to <name>.",
        valueName: "policy"))
    var policy: PolicyChoice = .affinity

    @Option(
      help: ArgumentHelp(
        "A rule for the policy. Currently, only the 'max_server_per_host' rule is supported for the 'anti-affinity' policy.",
        valueName: "key=value"))
    var rule: [String] = []

    @Argument(help: "New server group name")
    var name: String

    @OptionGroup var output: FormatOptions

    package init() {}

    package func validate() throws {
      for text in rule where !text.contains("=") {
        throw ValidationError("argument --rule: Expected 'key=value' type, but got: \(text)")
      }
    }

    /// The rules as openstackclient sends them: a dict of strings, the last value of a key winning.
    var rules: [(String, JSONValue)] {
      var pairs: [(String, JSONValue)] = []
      for text in rule {
        let key = String(text.prefix { $0 != "=" })
        let value = String(text.dropFirst(key.count + 1))
        pairs.removeAll { $0.0 == key }
        pairs.append((key, .string(value)))
      }
      return pairs
    }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let version = ctx.serverGroupMicroversion
      let cloud = ctx.cloud
      if ctx.replaysSolution, ctx.controls == nil {
        let groups = try await ctx.api { try await cloud.listServerGroups(ServerGroupListQuery()) }
        if let note = ctx.madeAlready([name], existing: groups.map(\.name)) { return CommandResult([note]) }
      }
      let created = ctx.creationName(name)
      let request = ServerGroupCreateRequest(
        name: created, policy: policy.rawValue, rules: rules, microversion: version)
      let group = try await ctx.api {
        try await cloud.createServerGroup(request)
      }
      let notes = ctx.prefixNote(typed: name, created: created)
      return CommandResult([try .show(group.record(at: version), output)] + notes)
    }
  }
}
