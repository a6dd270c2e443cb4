/// What a word in a command line can be, for Tab completion.
package enum ValueKind: Sendable, Equatable {
  case policy, flavor, image, network, group, server, host, hostAction, format, nic, hint, onOff, setting, command
  /// Free text: nothing to offer.
  case text
}

/// The options and positional arguments of one command, as completion sees them.
package struct CompletionSpec: Sendable {
  /// Option names and the kind of value each takes (nil for flags).
  package var options: [(String, ValueKind?)]
  /// Kinds of the positional arguments in order; the last one repeats.
  package var positionals: [ValueKind]

  package init(options: [(String, ValueKind?)] = [], positionals: [ValueKind] = []) {
    self.options = options
    self.positionals = positionals
  }

  /// The value kind an option takes, or nil when it is a flag or unknown.
  func valueKind(of option: String) -> ValueKind? {
    options.first { $0.0 == option }?.1
  }

  static let output: [(String, ValueKind?)] = [
    ("-f", .format), ("--format", .format), ("-c", .text), ("--column", .text), ("--noindent", nil),
  ]
  static let help: [(String, ValueKind?)] = [("--help", nil)]

  /// The spec of every leaf command, by its path.
  package static let table: [String: CompletionSpec] = [
    "server group create": .init(
      options: [("--policy", .policy), ("--rule", .text)] + output + help, positionals: [.text]),
    "server group list": .init(
      options: [
        ("--all-projects", nil), ("--long", nil), ("--limit", .text), ("--offset", .text), ("--max-items", .text),
      ] + output + help),
    "server group show": .init(options: output + help, positionals: [.group]),
    "server group delete": .init(options: help, positionals: [.group]),
    "server create": .init(
      options: [
        ("--flavor", .flavor), ("--image", .image), ("--network", .network), ("--nic", .nic), ("--no-network", nil),
        ("--hint", .hint), ("--server-group", .group), ("--min", .text), ("--max", .text), ("--wait", nil),
      ] + output + help,
      positionals: [.text]),
    "server list": .init(options: [("--all-projects", nil), ("--long", nil)] + output + help),
    "server show": .init(options: output + help, positionals: [.server]),
    "server delete": .init(options: [("--wait", nil)] + help, positionals: [.server]),
    "server evacuate": .init(
      options: [("--wait", nil), ("--host", .host), ("--password", .text), ("--shared-storage", nil)] + output + help,
      positionals: [.server]),
    "flavor list": .init(options: [("--long", nil)] + output + help),
    "flavor show": .init(options: output + help, positionals: [.flavor]),
    "image list": .init(options: output + help),
    "network list": .init(options: output + help),
    "hypervisor list": .init(options: [("--long", nil)] + output + help),
    "hypervisor show": .init(options: output + help, positionals: [.host]),
    "hosts": .init(options: help),
    "why": .init(options: help, positionals: [.server]),
    "explain": .init(options: help, positionals: [.policy]),
    "host": .init(options: help, positionals: [.hostAction, .host]),
    "equivalent": .init(options: help, positionals: [.onOff]),
    "set": .init(options: help, positionals: [.setting, .onOff]),
    "reset": .init(options: help),
    "lessons": .init(options: help),
    "lesson": .init(options: help, positionals: [.text]),
    "next": .init(options: help),
    "back": .init(options: help),
    "hint": .init(options: help),
    "goal": .init(options: help),
    "solution": .init(options: help),
    "skip": .init(options: help),
    "progress": .init(options: help),
    "sandbox": .init(options: help),
    "help": .init(positionals: [.command]),
    "quit": .init(),
    "exit": .init(),
  ]
}
