import ServerGroupsCore

/// Every check a lesson may name, with its arguments, and the parser for `check:` lines.
package enum CheckCatalog {
  /// The kind of value an argument takes.
  enum ValueKind: Sendable {
    case text, policy, count, counts, words
  }

  /// One argument of a check.
  struct Parameter: Sendable {
    var name: String
    var kind: ValueKind
    var required: Bool
  }

  /// A check's signature and how to build it from its arguments.
  struct Entry: Sendable {
    var name: String
    var parameters: [Parameter]
    var build: @Sendable (Arguments) -> Check
  }

  /// Parsed argument values by name.
  struct Arguments {
    var text: [String: String] = [:]
    var policies: [String: Policy] = [:]
    var counts: [String: Int] = [:]
    var lists: [String: [Int]] = [:]
    var words: [String: [String]] = [:]
  }

  private static func required(_ name: String, _ kind: ValueKind) -> Parameter {
    Parameter(name: name, kind: kind, required: true)
  }

  private static func optional(_ name: String, _ kind: ValueKind) -> Parameter {
    Parameter(name: name, kind: kind, required: false)
  }

  static let entries: [Entry] = [
    Entry(
      name: "groupExists",
      parameters: [
        required("name", .text), optional("policy", .policy), optional("maxServerPerHost", .count),
      ]
    ) {
      .groupExists(
        name: $0.text["name"] ?? "", policy: $0.policies["policy"],
        maxServerPerHost: $0.counts["maxServerPerHost"])
    },
    Entry(name: "groupAbsent", parameters: [required("name", .text)]) {
      .groupAbsent(name: $0.text["name"] ?? "")
    },
    Entry(name: "activeMembers", parameters: [required("group", .text), required("count", .count)]) {
      .activeMembers(group: $0.text["group"] ?? "", count: $0.counts["count"] ?? 0)
    },
    Entry(
      name: "membersOnDistinctHosts",
      parameters: [required("group", .text), required("count", .count)]
    ) {
      .membersOnDistinctHosts(group: $0.text["group"] ?? "", count: $0.counts["count"] ?? 0)
    },
    Entry(
      name: "membersOnOneHost", parameters: [required("group", .text), required("count", .count)]
    ) {
      .membersOnOneHost(group: $0.text["group"] ?? "", count: $0.counts["count"] ?? 0)
    },
    Entry(name: "memberInError", parameters: [required("group", .text)]) {
      .memberInError(group: $0.text["group"] ?? "")
    },
    Entry(name: "errorMembers", parameters: [required("group", .text), required("count", .count)]) {
      .errorMembers(group: $0.text["group"] ?? "", count: $0.counts["count"] ?? 0)
    },
    Entry(
      name: "membersOnUpHosts", parameters: [required("group", .text), required("count", .count)]
    ) {
      .membersOnUpHosts(group: $0.text["group"] ?? "", count: $0.counts["count"] ?? 0)
    },
    Entry(
      name: "membersOnDownHosts", parameters: [required("group", .text), required("count", .count)]
    ) {
      .membersOnDownHosts(group: $0.text["group"] ?? "", count: $0.counts["count"] ?? 0)
    },
    Entry(
      name: "placementCounts", parameters: [required("group", .text), required("counts", .counts)]
    ) {
      .placementCounts(group: $0.text["group"] ?? "", counts: $0.lists["counts"] ?? [])
    },
    Entry(
      name: "maxPerHost",
      parameters: [required("group", .text), required("max", .count), required("count", .count)]
    ) {
      .maxPerHost(
        group: $0.text["group"] ?? "", max: $0.counts["max"] ?? 1, count: $0.counts["count"] ?? 0)
    },
    Entry(name: "groupHostFull", parameters: [required("group", .text)]) {
      .groupHostFull(group: $0.text["group"] ?? "")
    },
    Entry(name: "hostDown", parameters: [optional("host", .text)]) {
      .hostDown(host: $0.text["host"])
    },
    Entry(name: "allHostsUp", parameters: []) { _ in .allHostsUp },
    Entry(name: "activeServers", parameters: [required("count", .count)]) {
      .activeServers(count: $0.counts["count"] ?? 0)
    },
    Entry(name: "nothingLeft", parameters: []) { _ in .nothingLeft },
    Entry(name: "ran", parameters: [required("command", .words)]) {
      .ran(command: $0.words["command"] ?? [])
    },
  ]

  /// The names of all checks, for suggestions and the format documentation.
  package static var names: [String] { entries.map(\.name) }

  /// Parses the text after `check:` (`membersOnDistinctHosts(group: "DB Cluster", count: 3)`).
  /// Throws a lower-case message with a suggestion when the call is wrong.
  package static func parse(_ source: String) throws(CheckSyntaxError) -> Check {
    var scanner = CallScanner(source)
    let name = scanner.identifier()
    guard !name.isEmpty else {
      throw CheckSyntaxError(
        "expected a check name after `check:`, such as `groupExists(name: \"DB Cluster\")`")
    }
    guard let entry = entries.first(where: { $0.name == name }) else {
      throw CheckSyntaxError("unknown check `\(name)`\(Suggestion.didYouMean(name, in: names))")
    }
    let pairs = try scanner.arguments(of: name)
    var arguments = Arguments()
    var seen: Set<String> = []
    for (key, value) in pairs {
      guard let parameter = entry.parameters.first(where: { $0.name == key }) else {
        let known = entry.parameters.map(\.name)
        let suggestion = Suggestion.didYouMean(key, in: known)
        let list =
          known.isEmpty
          ? "it takes none" : "it takes " + known.map { "`\($0)`" }.joined(separator: ", ")
        throw CheckSyntaxError(
          "unknown argument `\(key)` for check `\(name)`\(suggestion.isEmpty ? "; \(list)" : suggestion)"
        )
      }
      guard seen.insert(key).inserted else {
        throw CheckSyntaxError("argument `\(key)` given twice in check `\(name)`")
      }
      try store(value, for: parameter, of: name, into: &arguments)
    }
    for parameter in entry.parameters where parameter.required && !seen.contains(parameter.name) {
      throw CheckSyntaxError("check `\(name)` needs the argument `\(parameter.name)`")
    }
    return entry.build(arguments)
  }

  private static func store(
    _ value: String, for parameter: Parameter, of check: String, into arguments: inout Arguments
  ) throws(CheckSyntaxError) {
    let key = parameter.name
    switch parameter.kind {
    case .text:
      guard !value.isEmpty else {
        throw CheckSyntaxError("argument `\(key)` of check `\(check)` is empty")
      }
      arguments.text[key] = value
    case .policy:
      guard let policy = Policy(rawValue: value) else {
        let names = Policy.allCases.map(\.rawValue)
        let suggestion = Suggestion.didYouMean(value, in: names)
        throw CheckSyntaxError(
          "unknown policy `\(value)`\(suggestion.isEmpty ? "; use one of " + names.map { "`\($0)`" }.joined(separator: ", ") : suggestion)"
        )
      }
      arguments.policies[key] = policy
    case .count:
      guard let number = Int(value), number >= 0 else {
        throw CheckSyntaxError(
          "argument `\(key)` of check `\(check)` must be a whole number, not `\(value)`")
      }
      arguments.counts[key] = number
    case .counts:
      let parts = value.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
      guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) > 0 }) else {
        throw CheckSyntaxError(
          "argument `\(key)` of check `\(check)` must look like `3/1/1/1`, not `\(value)`")
      }
      let numbers = parts.compactMap { $0 }
      guard numbers == numbers.sorted(by: >) else {
        let sorted = numbers.sorted(by: >).map(String.init).joined(separator: "/")
        throw CheckSyntaxError(
          "argument `\(key)` of check `\(check)` lists the largest count first; write `\(sorted)`")
      }
      arguments.lists[key] = numbers
    case .words:
      let words = value.split(separator: " ").map(String.init)
      guard !words.isEmpty else {
        throw CheckSyntaxError("argument `\(key)` of check `\(check)` is empty")
      }
      arguments.words[key] = words.first == "openstack" ? Array(words.dropFirst()) : words
    }
  }
}

/// A mistake in a `check:` line, with the lower-case message the parser reports.
package struct CheckSyntaxError: Error, Equatable {
  package var message: String
  init(_ message: String) { self.message = message }
}

/// Reads `name(key: value, key: "quoted value")`.
private struct CallScanner {
  private let characters: [Character]
  private var index = 0

  init(_ source: String) { characters = Array(source.trimmingTrailingSpaces()) }

  private var current: Character? { index < characters.count ? characters[index] : nil }

  private mutating func skipSpaces() {
    while let character = current, character == " " || character == "\t" { index += 1 }
  }

  mutating func identifier() -> String {
    skipSpaces()
    var name = ""
    while let character = current, character.isLetter || character.isNumber || character == "_" {
      name.append(character)
      index += 1
    }
    return name
  }

  mutating func arguments(of check: String) throws(CheckSyntaxError) -> [(String, String)] {
    skipSpaces()
    guard let opening = current else { return [] }
    guard opening == "(" else {
      throw CheckSyntaxError("expected `(` after the check name `\(check)`, found `\(opening)`")
    }
    index += 1
    var pairs: [(String, String)] = []
    skipSpaces()
    if current == ")" {
      index += 1
      return try finished(pairs, check)
    }
    while true {
      let key = identifier()
      guard !key.isEmpty else {
        throw CheckSyntaxError("expected an argument name in check `\(check)`, like `group:`")
      }
      skipSpaces()
      guard current == ":" else {
        throw CheckSyntaxError("expected `:` after the argument name `\(key)` in check `\(check)`")
      }
      index += 1
      skipSpaces()
      pairs.append((key, try value(in: check)))
      skipSpaces()
      switch current {
      case ",": index += 1
      case ")":
        index += 1
        return try finished(pairs, check)
      default:
        throw CheckSyntaxError(
          "expected `,` or `)` after the value of `\(key)` in check `\(check)`")
      }
    }
  }

  private func finished(_ pairs: [(String, String)], _ check: String) throws(CheckSyntaxError) -> [(
    String, String
  )] {
    guard index == characters.count else {
      throw CheckSyntaxError("unexpected text after `)` in check `\(check)`")
    }
    return pairs
  }

  private mutating func value(in check: String) throws(CheckSyntaxError) -> String {
    if current == "\"" {
      index += 1
      var text = ""
      while let character = current {
        index += 1
        if character == "\"" { return text }
        if character == "\\", let escaped = current {
          text.append(escaped)
          index += 1
        } else {
          text.append(character)
        }
      }
      throw CheckSyntaxError("missing closing `\"` in check `\(check)`")
    }
    var text = ""
    while let character = current, character != ",", character != ")" {
      text.append(character)
      index += 1
    }
    return text.trimmingTrailingSpaces()
  }
}

extension String {
  /// The string without trailing spaces and tabs.
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
    return copy
  }
}
