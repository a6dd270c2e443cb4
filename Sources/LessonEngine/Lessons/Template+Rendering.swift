import ServerGroupsCore

extension Template {
  /// The text with every placeholder filled from `state` (`…` for each when there is no state yet).
  package func render(state: CloudState?, language: Language) -> String {
    pieces.map { piece in
      switch piece {
      case .text(let text): text
      case .placeholder(let placeholder):
        state.map { placeholder.value(in: $0, language: language) } ?? "…"
      }
    }.joined()
  }
}

extension Placeholder {
  /// The placeholder's value in `state`, in words of `language`.
  package func value(in state: CloudState, language: Language) -> String {
    let unknown = Messages.text(.unknownValue, in: language)
    let list = { (items: [String]) in Messages.list(items, in: language) }
    switch self {
    case .host(let selector):
      guard let server = selector.resolve(in: state) else { return unknown }
      return state.hostName(of: server) ?? (server.status == .error ? "ERROR" : unknown)
    case .why(let selector):
      guard let server = selector.resolve(in: state) else { return unknown }
      return PlacementExplainer.why(server, in: state, language: language)
    case .fault(let selector):
      return selector.resolve(in: state)?.fault?.message ?? unknown
    case .status(let selector):
      return selector.resolve(in: state)?.status.rawValue ?? unknown
    case .survivorCount(let name):
      guard let group = state.group(named: name) else { return unknown }
      return String(state.members(of: group).filter { $0.status == .active && !state.isOnDownHost($0) }.count)
    case .placement(let name):
      guard let group = state.group(named: name) else { return unknown }
      return list(state.members(of: group).map { placed($0, state, language) })
    case .hosts(let name):
      guard let group = state.group(named: name) else { return unknown }
      return list(state.activeMembersPerHost(of: group).map(\.host))
    case .counts(let name):
      guard let group = state.group(named: name) else { return unknown }
      let counts = state.activeMembersPerHost(of: group).map(\.servers.count).sorted(by: >)
      return counts.isEmpty
        ? Messages.text(.nothing, in: language) : counts.map(String.init).joined(separator: "/")
    case .members(let name):
      guard let group = state.group(named: name) else { return unknown }
      return list(state.members(of: group).map(\.name))
    case .survivors(let name):
      guard let group = state.group(named: name) else { return unknown }
      let alive = state.members(of: group).filter {
        $0.status == .active && !state.isOnDownHost($0)
      }
      return list(alive.map { placed($0, state, language) })
    case .lost(let name):
      guard let group = state.group(named: name) else { return unknown }
      return list(
        state.members(of: group).filter(state.isOnDownHost).map { placed($0, state, language) })
    case .emptyHosts(let name):
      guard let group = state.group(named: name) else { return unknown }
      let used = Set(state.members(of: group).compactMap { state.hostName(of: $0) })
      return list(state.hosts.filter { $0.isUp && !used.contains($0.name) }.map(\.name))
    case .policy(let name):
      return state.group(named: name)?.policy.rawValue ?? unknown
    case .downHosts:
      return list(state.downHosts)
    case .hostCount:
      return state.hosts.isEmpty ? unknown : String(state.hosts.count)
    case .hostNames:
      return state.hosts.isEmpty ? unknown : Self.range(state.hosts.map(\.name), language)
    case .hostSize:
      var sizes: [String] = []
      for host in state.hosts {
        let size = Messages.text(.hostSize, String(host.vcpus), String(host.ramMB), String(host.diskGB), in: language)
        if !sizes.contains(size) { sizes.append(size) }
      }
      guard let first = sizes.first else { return unknown }
      return sizes.dropFirst().reduce(first) { Messages.text(.hostSizeOr, $0, $1, in: language) }
    case .hostRAM:
      return state.hosts.map(\.ramMB).max().map { "\($0) MB" } ?? unknown
    }
  }

  /// `compute-1 to compute-4` when the names are one stem numbered 1, 2, 3, … in order; else the list.
  static func range(_ names: [String], _ language: Language) -> String {
    guard names.count > 2, let first = names.first, let last = names.last else {
      return Messages.list(names, in: language)
    }
    let stem = String(first.prefix { !$0.isNumber })
    let inRow = names.enumerated().allSatisfy { index, name in name == stem + String(index + 1) }
    return inRow ? Messages.text(.hostRange, first, last, in: language) : Messages.list(names, in: language)
  }

  private func placed(_ server: Server, _ state: CloudState, _ language: Language) -> String {
    if let host = state.hostName(of: server) {
      return Messages.text(.placementOn, server.name, host, in: language)
    }
    return Messages.text(.placementError, server.name, in: language)
  }
}

extension ServerSelector {
  /// The server meant, if it exists.
  package func resolve(in state: CloudState) -> Server? {
    switch self {
    case .named(let name): state.server(named: name)
    case .member(let position, let group): state.member(position, of: group)
    }
  }
}
