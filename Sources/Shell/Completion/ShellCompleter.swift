import ServerGroupsCore

/// Tab completion for the shell: commands, subcommands, options, policy names and the cloud's names
/// (from a `NameCache`), quoting names that need it (`"DB Cl` completes to `"DB Cluster"`).
package struct ShellCompleter: LineCompleter {
  package let names: NameCache

  package init(names: NameCache) { self.names = names }

  package func complete(_ lineBeforeCursor: String) -> Completion {
    let scan = Tokenizer.scan(lineBeforeCursor)
    let partial = scan.partial ?? Tokenizer.Partial(text: "", rawLength: 0, leadingQuote: nil)
    var words = scan.words
    if words.first == "openstack" { words.removeFirst() }
    let candidates = self.candidates(words: words, typed: partial.text)
    let matching = candidates.filter { $0.hasPrefix(partial.text) }
    let chosen =
      matching.isEmpty ? candidates.filter { $0.lowercased().hasPrefix(partial.text.lowercased()) } : matching
    guard !chosen.isEmpty else { return .none }
    var seen: Set<String> = []
    let quoted = chosen.filter { seen.insert($0).inserted }.map { Tokenizer.quote($0, style: partial.leadingQuote) }
    return Completion(replacing: partial.rawLength, candidates: quoted)
  }

  /// Every word that may come next after `words` (unfiltered).
  func candidates(words: [String], typed: String) -> [String] {
    if words.first == "help" { return commandCandidates(Array(words.dropFirst())) }
    let (command, consumed) = CommandTree.resolve(words)
    if !CommandTree.children(of: command).isEmpty {
      return consumed == words.count ? commandCandidates(words) : []
    }
    let path = words.prefix(consumed).joined(separator: " ")
    guard let spec = CompletionSpec.table[path] else { return [] }
    let rest = Array(words.dropFirst(consumed))
    if let last = rest.last, last.hasPrefix("-"), let kind = spec.valueKind(of: last) {
      return values(kind, typed: typed)
    }
    if typed.hasPrefix("-") { return spec.options.map(\.0) }
    var position = 0
    var index = 0
    while index < rest.count {
      if rest[index].hasPrefix("-") {
        index += spec.valueKind(of: rest[index]) == nil ? 1 : 2
      } else {
        position += 1
        index += 1
      }
    }
    guard !spec.positionals.isEmpty else { return [] }
    return values(spec.positionals[min(position, spec.positionals.count - 1)], typed: typed)
  }

  /// The subcommand names at the point `words` lead to.
  func commandCandidates(_ words: [String]) -> [String] {
    let (command, consumed) = CommandTree.resolve(words)
    guard consumed == words.count else { return [] }
    return CommandTree.children(of: command).flatMap(CommandTree.names(of:))
  }

  /// The values `kind` takes; the cloud's names are read now when they are not current (see `NameCache`).
  func values(_ kind: ValueKind, typed: String) -> [String] {
    switch kind {
    case .policy: return PolicyChoice.allCases.map(\.rawValue)
    case .flavor: return names.current(.flavors)
    case .image: return names.current(.images)
    case .network: return names.current(.networks)
    case .group: return names.current(.groups)
    case .server: return names.current(.servers)
    case .host: return names.current(.hosts)
    case .hostAction: return HostAction.allCases.map(\.rawValue)
    case .format: return OutputFormat.allCases.map(\.rawValue)
    case .nic: return ["auto", "none"] + names.current(.networks).map { "net-id=" + $0 }
    case .hint: return names.current(.groups).map { "group=" + $0 }
    case .onOff: return ["on", "off"]
    case .setting: return ShellCommand.SetCommand.Setting.allCases.map(\.rawValue)
    case .command, .text: return []
    }
  }
}
