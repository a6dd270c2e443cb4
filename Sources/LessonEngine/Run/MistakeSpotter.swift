import ServerGroupsCore

/// Recognises a learner's mistake from the command they typed and what it did to the cloud, and says in the
/// domain's words what happened and how to undo it: first the step's own `wrong:` lines with a `because:`, then
/// the mistakes every lesson knows (a server made without its group, a group made twice, a group deleted instead
/// of its servers, the wrong host failed, a spaced name without quotes, `--hint group=` with a name).
package struct MistakeSpotter {
  let step: LessonStep
  let argv: [String]
  let succeeded: Bool
  /// The cloud before the command, and right after it.
  let before: CloudState
  let after: CloudState
  let language: Language
  /// The states the step's `wrong:` lines reach from its start, when the simulator rehearsed them.
  let rehearsal: MistakeRehearsal?

  package init(
    step: LessonStep, argv: [String], succeeded: Bool, before: CloudState, after: CloudState, language: Language,
    rehearsal: MistakeRehearsal? = nil
  ) {
    self.step = step
    self.argv = argv
    self.succeeded = succeeded
    self.before = before
    self.after = after
    self.language = language
    self.rehearsal = rehearsal
  }

  /// What to say, at most one message; nil when the command looks like no known mistake.
  package func message() -> String? {
    authorsMistake() ?? rehearsedMistake() ?? generalMistake()
  }

  /// The cloud now looks as a `wrong:` line leaves it from the step's start, whatever commands got it there
  /// (three `server create` without the group, or one with `--min 3 --max 3`). Only a command that changed the
  /// state is answered, and never with a state the step started in.
  private func rehearsedMistake() -> String? {
    guard let rehearsal, succeeded else { return nil }
    let now = StateShape(after)
    guard now != StateShape(before), now != rehearsal.start else { return nil }
    for (index, shape) in rehearsal.shapes.enumerated()
    where shape == now && step.wrongBecause.indices.contains(index) && !step.wrongBecause[index].isEmpty {
      return TextLayout.unwrap(step.wrongBecause[index].render(state: after, language: language))
    }
    return nil
  }

  // MARK: - The step's own `wrong:` lines

  private func authorsMistake() -> String? {
    let typed = CommandShape(argv)
    let solutions = step.solution.map { CommandShape(line: $0.render(state: before, language: language)) }
    // A line of the solution is never a mistake, even when a `wrong:` line is the solution's first half.
    guard !solutions.contains(typed) else { return nil }
    for (wrong, because) in zip(step.wrongCommands, step.wrongBecause) where !because.isEmpty {
      let shape = CommandShape(line: wrong.render(state: before, language: language))
      if shape == typed {
        return TextLayout.unwrap(because.render(state: after, language: language))
      }
    }
    return nil
  }

  // MARK: - Mistakes every lesson knows

  /// The groups the step's checks are about.
  private var groupNames: [String] {
    var names: [String] = []
    for check in step.checks {
      if let name = check.groupName, !names.contains(name) { names.append(name) }
    }
    return names
  }

  private var words: [String] { CommandWords.normalized(argv) }

  private func generalMistake() -> String? {
    unquotedName() ?? hintWithName() ?? groupMadeTwice() ?? serverWithoutGroup() ?? groupDeleted()
      ?? wrongHostFailed()
  }

  /// `server group show DB Cluster`: the words of a group's name, unquoted.
  private func unquotedName() -> String? {
    guard !succeeded else { return nil }
    let names = Set(groupNames + before.groups.map(\.name)).filter { $0.contains(" ") }
    for name in names.sorted() {
      let parts = name.split(separator: " ").map(String.init)
      guard parts.count <= words.count else { continue }
      for start in 0...(words.count - parts.count) where Array(words[start..<start + parts.count]) == parts {
        return say(.mistakeUnquoted, Self.cli(name), Messages.list(parts, in: language))
      }
    }
    return nil
  }

  /// `--hint group=DB Cluster`: the scheduler hint takes the group's ID.
  private func hintWithName() -> String? {
    guard let index = words.firstIndex(of: "--hint"), index + 1 < words.count else { return nil }
    let value = words[index + 1]
    guard value.hasPrefix("group=") else { return nil }
    let name = String(value.dropFirst("group=".count))
    guard !before.groups.contains(where: { $0.id.rawValue == name }) else { return nil }
    let group = before.group(named: name)
    return say(
      .mistakeHintName, Self.cli(name), group.map { $0.id.rawValue } ?? "<ID>")
  }

  /// A second group with a name that was already taken.
  private func groupMadeTwice() -> String? {
    guard succeeded, words.starts(with: ["server", "group", "create"]) else { return nil }
    for name in Set(after.groups.map(\.name)).sorted() {
      let now = after.groups.filter { $0.name == name }
      let then = before.groups.filter { $0.name == name }
      guard now.count > 1, now.count > then.count,
        let newest = now.first(where: { group in !then.contains { $0.id == group.id } })
      else { continue }
      return say(.mistakeGroupTwice, String(now.count), quote(name), newest.id.rawValue)
    }
    return nil
  }

  /// A server created without `--server-group` in a step about a group.
  private func serverWithoutGroup() -> String? {
    guard succeeded, words.starts(with: ["server", "create"]), !words.contains("--server-group"),
      !words.contains(where: { $0.hasPrefix("--hint") }), let group = groupNames.first,
      step.solution.contains(where: { $0.source.contains("--server-group") })
    else { return nil }
    let made = after.servers.filter { server in
      !before.servers.contains { $0.id == server.id } && server.serverGroups.isEmpty
    }
    guard !made.isEmpty else { return nil }
    let names = made.map(\.name).sorted()
    return say(
      .mistakeNoGroup, Messages.list(names, in: language), names.joined(separator: " "), Self.cli(group))
  }

  /// A group deleted while its servers remain, when the step wanted something else.
  private func groupDeleted() -> String? {
    guard succeeded, words.starts(with: ["server", "group", "delete"]) else { return nil }
    for group in before.groups where !after.groups.contains(where: { $0.id == group.id }) {
      let left = group.members.compactMap { after.server(id: $0) }.map(\.name).sorted()
      guard !left.isEmpty else { continue }
      return say(
        .mistakeGroupDeleted, quote(group.name), Messages.list(left, in: language),
        group.policy.rawValue, Self.cli(group.name))
    }
    return nil
  }

  /// `host fail H` where H holds no member of the step's group, in a step about failing a host.
  private func wrongHostFailed() -> String? {
    guard succeeded, words.starts(with: ["host", "fail"]), words.count > 2,
      step.solution.contains(where: { $0.source.hasPrefix("host fail") }),
      let name = groupNames.first, let group = after.group(named: name)
    else { return nil }
    let host = words[2]
    let holding = after.members(of: group).compactMap { after.hostName(of: $0) }
    guard !holding.contains(host) else { return nil }
    var hosts: [String] = []
    for candidate in holding where !hosts.contains(candidate) && after.isHostUp(candidate) {
      hosts.append(candidate)
    }
    return say(.mistakeWrongHost, host, quote(name), Messages.list(hosts, in: language))
  }

  // MARK: - Words

  private func say(_ id: MessageID, _ arguments: String...) -> String {
    Messages.text(id, arguments: arguments, in: language)
  }

  private func quote(_ name: String) -> String { Messages.quoted(name, in: language) }

  /// A name as the command line needs it: in double quotes when it holds a space.
  static func cli(_ name: String) -> String { name.contains(" ") ? "\"\(name)\"" : name }
}

/// The shapes a step's `wrong:` lines leave the cloud in, rehearsed on the simulator from the step's start.
package struct MistakeRehearsal: Sendable, Equatable {
  /// The step's starting state: a mistake that changes nothing cannot be told by its state.
  let start: StateShape
  /// By `wrong:` line; nil for a line not rehearsed, or one that left the cloud as it was.
  private(set) var shapes: [StateShape?] = []

  package init(start: StateShape) { self.start = start }

  mutating func record(_ states: [CloudState?]) {
    shapes = states.map { state in
      guard let state else { return nil }
      let shape = StateShape(state)
      return shape == start ? nil : shape
    }
  }
}

/// A command line reduced to what makes it the same mistake: its command words, its options with their values
/// (in any order) and its other arguments, except the name of a server being created, which learners choose.
struct CommandShape: Equatable {
  var words: [String] = []
  var options: [String] = []
  var arguments: [String] = []

  init(line: String) {
    self.init(LineWords.split(line))
  }

  init(_ argv: [String]) {
    let tokens = CommandWords.normalized(argv)
    let length = Self.commandLength(tokens)
    words = Array(tokens.prefix(length))
    var index = length
    while index < tokens.count {
      let token = tokens[index]
      // An option takes the next word as its value, unless that is the last word (the name comes last).
      if token.hasPrefix("-"), !token.contains("="), index + 2 < tokens.count, !tokens[index + 1].hasPrefix("-") {
        options.append(token + "=" + tokens[index + 1])
        index += 2
        continue
      }
      if token.hasPrefix("-") { options.append(token) } else { arguments.append(token) }
      index += 1
    }
    options.sort()
    if words == ["server", "create"] { arguments = [] }
  }

  /// How many leading words name the command: `server group create`, `host fail`, `hosts`.
  private static func commandLength(_ tokens: [String]) -> Int {
    if tokens.starts(with: ["server", "group"]) { return min(3, tokens.count) }
    let families = ["server", "host", "flavor", "image", "network", "hypervisor"]
    if let first = tokens.first, families.contains(first) { return min(2, tokens.count) }
    return min(1, tokens.count)
  }
}

/// Splits a command line into words as the shell does, for lines the tutor renders itself: double and single
/// quotes group words.
enum LineWords {
  static func split(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in line {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character == " " || character == "\t" {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}
