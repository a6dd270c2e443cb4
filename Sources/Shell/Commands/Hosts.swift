import ArgumentParser
import LessonEngine
import ServerGroupsCore

extension ShellCommand {
  /// `hosts`: the placement diagram.
  package struct Hosts: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Draw the hosts and the servers on each.",
      discussion: """
        Each server is marked with its group's letter (- for no group). DOWN hosts have failed, disabled hosts \
        take no new servers, full hosts have no room left. Servers that could not be placed are listed under \
        the hosts. The diagram is also drawn after each command that moves servers ('set diagram off' stops that). \
        On a real cloud only the hosts your servers run on are drawn, with what your servers use there; a \
        project sees a host only as its servers' hostId, so hosts are called Host A, Host B, … (an admin sees \
        their names).
        """)
    package init() {}
    package static var origin: CommandOrigin { .shell }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      CommandResult([.placement(try await Placement.current(ctx))])
    }
  }

  /// `why <server>`: the scheduler's reasons.
  package struct Why: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Explain why the scheduler put a server where it did, or why it found no host (simulator only).")
    @Argument(help: ArgumentHelp("Server to explain (name or ID)", valueName: "server")) var server: String
    package init() {}
    package static var origin: CommandOrigin { .shell }
    package static var simulatorOnly: Bool { true }
    package static func isOffered(by context: ShellContext) -> Bool { context.schedulingExplainer != nil }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      guard let explainer = ctx.schedulingExplainer else { throw ShellError.simulatorOnly("why") }
      let found = try await Finder.server(server, ctx)
      let (trace, state) = try await ctx.simulator {
        let trace = try await explainer.schedulingTrace(for: found.id)
        // The debriefs' sentence reads the group's other members and their hosts from the state.
        let state = CloudState(
          groups: try await ctx.cloud.listServerGroups(ServerGroupListQuery()),
          servers: try await ctx.cloud.listServers(ServerListQuery()),
          hosts: await ctx.controls?.hostSnapshots() ?? [], traces: [found.id: trace])
        return (trace, state)
      }
      let why = PlacementExplainer.why(found, in: state, language: ctx.language)
      return CommandResult([.trace(trace, why: why)])
    }
  }

  /// `explain <policy>`
  package struct Explain: ShellRunnable {
    package static let configuration = CommandConfiguration(
      abstract: "Explain what a server group policy does; without one, compare the four.")
    @Argument(help: ArgumentHelp("affinity, anti-affinity, soft-affinity or soft-anti-affinity", valueName: "policy"))
    var policy: PolicyChoice?
    package init() {}
    package static var origin: CommandOrigin { .shell }

    package func run(_ ctx: inout ShellContext) async throws -> CommandResult {
      let hosts = await ctx.controls?.hostSnapshots().count
      guard let policy else {
        return CommandResult([.text(PolicyComparison.render(hosts: hosts, style: ctx.style))])
      }
      return CommandResult([.policy(Policy(rawValue: policy.rawValue) ?? .affinity, hosts: hosts)])
    }
  }
}
