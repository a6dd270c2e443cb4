import ServerGroupsCore

/// The names of what a lesson creates on a real cloud: `db-1` typed in lesson 3 becomes `sgt-l3-db-1`, so the
/// project's other users (and the learner, in Horizon) see what came from which lesson. Checks and lesson text
/// use the names without the prefix, as the learner typed them.
package enum LessonNames {
  /// `sgt-l3-` for lesson 3.
  package static func prefix(lesson number: Int) -> String { "sgt-l\(number)-" }

  /// The name's lesson prefix (`sgt-l3-`), if it has one.
  package static func prefix(of name: String) -> String? {
    guard name.hasPrefix("sgt-l") else { return nil }
    let rest = name.dropFirst("sgt-l".count)
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, rest.dropFirst(digits.count).first == "-" else { return nil }
    return "sgt-l" + digits + "-"
  }

  /// The name without its lesson prefix: `sgt-l3-db-1` → `db-1`; any other name as it is.
  package static func stripped(_ name: String) -> String {
    guard let prefix = prefix(of: name), name.count > prefix.count else { return name }
    return String(name.dropFirst(prefix.count))
  }
}

extension CloudState {
  /// The state with every lesson prefix taken off the groups' and servers' names.
  package func withoutLessonPrefixes() -> CloudState {
    var state = self
    state.groups = groups.map { group in
      var renamed = group
      renamed.name = LessonNames.stripped(group.name)
      return renamed
    }
    state.servers = servers.map { server in
      var renamed = server
      renamed.name = LessonNames.stripped(server.name)
      return renamed
    }
    return state
  }
}

extension CloudState {
  /// Only what the lessons made (names with a lesson prefix), the prefixes taken off. When two lessons made
  /// something of the same name, the current lesson's (`prefix`) is kept and the other left out.
  package func lessonMade(current prefix: String?) -> CloudState {
    func kept<T>(_ items: [T], name: (T) -> String) -> [T] {
      let made = items.filter { LessonNames.prefix(of: name($0)) != nil }
      guard let prefix else { return made }
      let current = Set(made.filter { name($0).hasPrefix(prefix) }.map { LessonNames.stripped(name($0)) })
      return made.filter { name($0).hasPrefix(prefix) || !current.contains(LessonNames.stripped(name($0))) }
    }
    var state = self
    state.groups = kept(groups, name: \.name)
    state.servers = kept(servers, name: \.name)
    return state.withoutLessonPrefixes()
  }
}
