import ServerGroupsCore

/// The placement a step wants, beside the learner's own, host by host: which members of the step's groups each
/// host should hold, which hosts should be down, and which members should be in ERROR. Drawn by `goal` from the
/// step's `goal` block, or derived from its checks; hosts that differ are marked.
package struct GoalPicture: Sendable, Equatable {
  /// One host: the marks of the step's groups' ACTIVE members on it (`A A`), and whether it is down.
  package struct Row: Sendable, Equatable {
    package var host: String
    package var marks: [String]
    package var isDown: Bool

    package init(host: String, marks: [String] = [], isDown: Bool = false) {
      self.host = host
      self.marks = marks
      self.isDown = isDown
    }
  }

  /// The learner's hosts now, and what each should be.
  package var now: [Row]
  package var target: [Row]
  /// Marks of members in ERROR (on no host), now and wanted.
  package var errorsNow: [String]
  package var errorsWanted: [String]
  /// Each mark and its group, in order (`A` = "DB Cluster").
  package var legend: [(mark: String, group: String)]

  package init(
    now: [Row], target: [Row], errorsNow: [String] = [], errorsWanted: [String] = [],
    legend: [(mark: String, group: String)]
  ) {
    self.now = now
    self.target = target
    self.errorsNow = errorsNow
    self.errorsWanted = errorsWanted
    self.legend = legend
  }

  package static func == (lhs: GoalPicture, rhs: GoalPicture) -> Bool {
    lhs.now == rhs.now && lhs.target == rhs.target && lhs.errorsNow == rhs.errorsNow
      && lhs.errorsWanted == rhs.errorsWanted && lhs.legend.map(\.mark) == rhs.legend.map(\.mark)
      && lhs.legend.map(\.group) == rhs.legend.map(\.group)
  }

  /// Whether host `index` differs from the target.
  package func differs(_ index: Int) -> Bool {
    guard now.indices.contains(index), target.indices.contains(index) else { return true }
    return now[index].marks.sorted() != target[index].marks.sorted() || now[index].isDown != target[index].isDown
  }

  package var errorsDiffer: Bool { errorsNow.sorted() != errorsWanted.sorted() }

  /// True when nothing differs.
  package var isReached: Bool { !errorsDiffer && !now.indices.contains(where: differs) }

  // MARK: - What a step wants

  /// What a step wants, as counts: per group (by mark) the ACTIVE members per host, largest first; how many of
  /// those hosts should be down; members in ERROR; hosts that should be down by name.
  package struct Wanted: Sendable, Equatable {
    package var counts: [String: [Int]] = [:]
    package var downMembers: [String: Int] = [:]
    package var errors: [String: Int] = [:]
    package var downHosts: [String] = []
    package var anyHostDown = false
    package var allUp = false
    package var empty = false

    package init() {}
  }

  /// The marks of the step's groups: A for the first group its checks name, B for the next, ….
  package static func marks(for step: LessonStep) -> [(mark: String, group: String)] {
    var names: [String] = []
    for check in step.checks {
      if let name = check.groupName, !names.contains(name) { names.append(name) }
    }
    return names.enumerated().map { (letter($0.offset), $0.element) }
  }

  static func letter(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return String(letters[index % letters.count])
  }

  /// The placement a step's checks ask for, or nil when they ask for none (only a group to exist, a command
  /// to be run). A group whose checks give no arrangement keeps the arrangement it has now.
  package static func wanted(by step: LessonStep, in state: CloudState) -> Wanted? {
    let legend = Self.marks(for: step)
    func mark(_ group: String) -> String { legend.first { $0.group == group }?.mark ?? "?" }
    var wanted = Wanted()
    var placed = false
    var totals: [String: Int] = [:]
    for check in step.checks {
      switch check {
      case .membersOnDistinctHosts(let group, let count):
        wanted.counts[mark(group)] = Array(repeating: 1, count: count)
      case .membersOnOneHost(let group, let count):
        wanted.counts[mark(group)] = count > 0 ? [count] : []
      case .placementCounts(let group, let counts):
        wanted.counts[mark(group)] = counts.sorted(by: >)
      case .maxPerHost(let group, let max, let count) where max > 0:
        wanted.counts[mark(group)] =
          Array(repeating: max, count: count / max) + (count % max > 0 ? [count % max] : [])
      case .activeMembers(let group, let count), .membersOnUpHosts(let group, let count):
        totals[mark(group), default: 0] = Swift.max(totals[mark(group)] ?? 0, count)
        continue
      case .membersOnDownHosts(let group, let count):
        wanted.downMembers[mark(group)] = count
      case .memberInError(let group):
        wanted.errors[mark(group)] = Swift.max(wanted.errors[mark(group)] ?? 0, 1)
      case .errorMembers(let group, let count):
        wanted.errors[mark(group)] = count
      case .hostDown(let host):
        if let host { wanted.downHosts.append(host) } else { wanted.anyHostDown = true }
      case .allHostsUp:
        wanted.allUp = true
      case .activeServers(let count) where count == 0:
        wanted.empty = true
      case .nothingLeft:
        wanted.empty = true
      default:
        continue
      }
      placed = true
    }
    guard placed else { return nil }
    // A group with members on down hosts, or only a count, keeps its arrangement as it is now.
    for (mark, group) in legend where wanted.counts[mark] == nil && !wanted.empty {
      let current = currentCounts(of: group, in: state)
      let total = current.reduce(0, +)
      let needed = (totals[mark] ?? 0) + (wanted.downMembers[mark] ?? 0)
      if total == needed || (totals[mark] == nil && wanted.downMembers[mark] != nil) { wanted.counts[mark] = current }
    }
    return wanted
  }

  /// A group's members that are not in ERROR, per host, largest first.
  static func currentCounts(of group: String, in state: CloudState) -> [Int] {
    guard let found = state.group(named: group) else { return [] }
    var perHost: [String: Int] = [:]
    for member in state.members(of: found) where member.status != .error {
      if let host = state.hostName(of: member) { perHost[host, default: 0] += 1 }
    }
    return perHost.values.sorted(by: >)
  }

  // MARK: - Drawing the two side by side

  /// The learner's hosts with what they hold now, and the wanted placement laid onto the same hosts: each
  /// group's largest count goes to the host holding most of its members now, so the two pictures line up.
  package init(wanted: Wanted, step: LessonStep, state: CloudState) {
    legend = Self.marks(for: step)
    var hostNames = state.hosts.map(\.name)
    for server in state.servers {
      if let host = state.hostName(of: server), !hostNames.contains(host) { hostNames.append(host) }
    }
    var now = hostNames.map { Row(host: $0, isDown: !state.isHostUp($0)) }
    var errorsNow: [String] = []
    var held: [String: [String: Int]] = [:]
    for (mark, group) in legend {
      guard let found = state.group(named: group) else { continue }
      for member in state.members(of: found) {
        if member.status == .error {
          errorsNow.append(mark)
        } else if let host = state.hostName(of: member), let index = hostNames.firstIndex(of: host) {
          now[index].marks.append(mark)
          held[mark, default: [:]][host, default: 0] += 1
        }
      }
    }
    var target = hostNames.map { Row(host: $0) }
    if !wanted.empty {
      for (mark, _) in legend {
        guard let counts = wanted.counts[mark] else {
          // No arrangement asked for: the group's members stay where they are.
          for index in now.indices { target[index].marks += now[index].marks.filter { $0 == mark } }
          continue
        }
        let order = hostNames.indices.sorted { a, b in
          let (heldA, heldB) = (held[mark]?[hostNames[a]] ?? 0, held[mark]?[hostNames[b]] ?? 0)
          return heldA != heldB ? heldA > heldB : a < b
        }
        for (count, index) in zip(counts, order) {
          target[index].marks += Array(repeating: mark, count: count)
        }
        // The hosts that should be down: those holding this group's members, the ones down now first.
        if var down = wanted.downMembers[mark], down > 0 {
          let holding = order.prefix(counts.count).sorted { a, b in
            now[a].isDown != now[b].isDown ? now[a].isDown : a < b
          }
          for index in holding where down > 0 {
            let here = target[index].marks.filter { $0 == mark }.count
            guard here <= down else { continue }
            target[index].isDown = true
            down -= here
          }
        }
      }
    }
    for name in wanted.downHosts {
      if let index = hostNames.firstIndex(of: name) { target[index].isDown = true }
    }
    if wanted.anyHostDown, !target.contains(where: \.isDown) {
      let index = now.firstIndex(where: \.isDown) ?? 0
      if target.indices.contains(index) { target[index].isDown = true }
    }
    if !wanted.allUp && wanted.downHosts.isEmpty && !wanted.anyHostDown && wanted.downMembers.isEmpty {
      // Nothing said about hosts being up or down: they stay as they are.
      for index in target.indices { target[index].isDown = now[index].isDown }
    }
    var errorsWanted: [String] = []
    for (mark, _) in legend {
      errorsWanted += Array(repeating: mark, count: wanted.errors[mark] ?? errorsNow.filter { $0 == mark }.count)
    }
    if wanted.empty { errorsWanted = [] }
    self.now = now
    self.target = target
    self.errorsNow = errorsNow
    self.errorsWanted = errorsWanted
  }

  /// From an author's `goal` block: one line per host that should hold something, largest first (`A A A`),
  /// `down` for a host that should be down, `-` for an empty one, and `error: A` for a member in ERROR.
  package static func wanted(fromBlock lines: [String], step: LessonStep) -> Wanted {
    var wanted = Wanted()
    var downSeen: [String: Int] = [:]
    for line in lines {
      let words = line.split(separator: " ").map(String.init)
      if words.first == "error:" {
        for mark in words.dropFirst() { wanted.errors[mark, default: 0] += 1 }
        continue
      }
      let isDown = words.contains("down")
      let marks = words.filter { $0 != "down" && $0 != "-" }
      for mark in Set(marks) {
        let count = marks.filter { $0 == mark }.count
        wanted.counts[mark, default: []].append(count)
        if isDown { downSeen[mark, default: 0] += count }
      }
      if isDown && marks.isEmpty { wanted.anyHostDown = true }
    }
    for mark in wanted.counts.keys { wanted.counts[mark]?.sort(by: >) }
    wanted.downMembers = downSeen
    wanted.allUp = downSeen.isEmpty && !wanted.anyHostDown
    return wanted
  }

  /// Reports what a `goal` block line cannot mean; nil when it is fine.
  package static func problem(inBlockLine line: String) -> String? {
    let words = line.split(separator: " ").map(String.init)
    for (offset, word) in words.enumerated() {
      let isMark = word.count == 1 && word.first.map { $0.isUppercase && $0.isASCII } == true
      if isMark || word == "down" || word == "-" || (word == "error:" && offset == 0) { continue }
      return "`\(word)` in a `goal` block; write group letters (`A A`), `down`, `-` or `error: A`, one host a line"
    }
    return nil
  }
}
