import Foundation

/// Lesson text with placeholders (`{placement of DB Cluster}`, `{why db-3}`) that are filled from the learner's
/// own cloud when the text is shown. `{{` writes a literal `{`.
package struct Template: Sendable, Equatable {
  /// Literal text or a placeholder.
  package enum Piece: Sendable, Equatable {
    case text(String)
    case placeholder(Placeholder)
  }

  package var pieces: [Piece]

  package init(pieces: [Piece]) { self.pieces = pieces }

  /// Text with no placeholders.
  package init(literal text: String) { pieces = text.isEmpty ? [] : [.text(text)] }

  package static let empty = Template(pieces: [])

  package var isEmpty: Bool { pieces.isEmpty }

  /// The text with placeholders written back in their source form (for tests and for authors).
  package var source: String {
    pieces.map { piece in
      switch piece {
      case .text(let text): text.replacingOccurrences(of: "{", with: "{{")
      case .placeholder(let placeholder): "{\(placeholder.source)}"
      }
    }.joined()
  }

  /// Parses text, failing on the first placeholder that is not understood.
  package static func parse(_ text: String) throws(TemplateError) -> Template {
    var pieces: [Piece] = []
    var literal = ""
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "{", index + 1 < characters.count, characters[index + 1] == "{" {
        literal.append("{")
        index += 2
        continue
      }
      // Only `{` directly followed by a lower-case letter opens a placeholder, so JSON (`{"a": 1}`) stays text.
      guard character == "{", index + 1 < characters.count, characters[index + 1].isLowercase,
        let end = characters[(index + 1)...].firstIndex(where: { $0 == "}" || $0 == "\n" }),
        characters[end] == "}"
      else {
        literal.append(character)
        index += 1
        continue
      }
      let content = String(characters[(index + 1)..<end])
      let placeholder = try Placeholder.parse(content)
      if !literal.isEmpty { pieces.append(.text(literal)) }
      literal = ""
      pieces.append(.placeholder(placeholder))
      index = end + 1
    }
    if !literal.isEmpty { pieces.append(.text(literal)) }
    return Template(pieces: pieces)
  }
}

/// A placeholder in lesson text that is not understood, with a lower-case message and a suggestion.
package struct TemplateError: Error, Equatable {
  package var message: String
  init(_ message: String) { self.message = message }
}

/// Which server a placeholder means: by name, or by its place in a group.
package enum ServerSelector: Sendable, Equatable {
  /// A position within a group's members.
  package enum Position: String, Sendable, Equatable, CaseIterable {
    case first, last, error
  }

  case named(String)
  case member(Position, group: String)

  var source: String {
    switch self {
    case .named(let name): name
    case .member(let position, let group): "\(position.rawValue) of \(group)"
    }
  }

  static func parse(_ text: String) -> ServerSelector {
    for position in Position.allCases where text.hasPrefix(position.rawValue + " of ") {
      return .member(position, group: String(text.dropFirst(position.rawValue.count + 4)))
    }
    return .named(text)
  }
}

/// A value filled in from the cloud's state when lesson text is shown.
package enum Placeholder: Sendable, Equatable {
  /// `{host of db-1}`: the server's host.
  case host(ServerSelector)
  /// `{why db-3}`: a sentence saying why the scheduler put the server where it is, or refused it.
  case why(ServerSelector)
  /// `{fault of last of DB Cluster}`: the server's fault message.
  case fault(ServerSelector)
  /// `{placement of DB Cluster}`: each member and its host.
  case placement(group: String)
  /// `{hosts of DB Cluster}`: the hosts holding ACTIVE members.
  case hosts(group: String)
  /// `{counts of Spread}`: ACTIVE members per host, largest first (`2/2/1/1`).
  case counts(group: String)
  /// `{members of DB Cluster}`: the members' names.
  case members(group: String)
  /// `{survivors of DB Cluster}`: ACTIVE members on hosts that are up.
  case survivors(group: String)
  /// `{lost of DB Cluster}`: members on hosts that are down.
  case lost(group: String)
  /// `{empty hosts of DB Cluster}`: up hosts holding no member of the group.
  case emptyHosts(group: String)
  /// `{policy of DB Cluster}`: the group's policy.
  case policy(group: String)
  /// `{down hosts}`: the hosts that are down.
  case downHosts
  /// `{host count}`: how many compute hosts the region has (`4`).
  case hostCount
  /// `{host names}`: the region's hosts, `compute-1 to compute-4` when they are numbered in a row.
  case hostNames
  /// `{host size}`: what a host offers, `4 vCPUs, 7680 MB of RAM and 1028 GB of disk`.
  case hostSize
  /// `{host ram}`: the most RAM one host offers, in MB (`7680 MB`).
  case hostRAM
  /// `{survivor count of DB Cluster}`: how many members are ACTIVE on hosts that are up (`2`).
  case survivorCount(group: String)
  /// `{status of db-5}`: the server's status (`ACTIVE`, `ERROR`).
  case status(ServerSelector)

  /// Each placeholder's leading words, longest first so `empty hosts of` wins over `hosts of`.
  static let kinds: [(prefix: String, make: @Sendable (String) -> Placeholder)] = [
    ("survivor count of ", { .survivorCount(group: $0) }),
    ("empty hosts of ", { .emptyHosts(group: $0) }),
    ("placement of ", { .placement(group: $0) }),
    ("survivors of ", { .survivors(group: $0) }),
    ("members of ", { .members(group: $0) }),
    ("counts of ", { .counts(group: $0) }),
    ("policy of ", { .policy(group: $0) }),
    ("hosts of ", { .hosts(group: $0) }),
    ("fault of ", { .fault(.parse($0)) }),
    ("status of ", { .status(.parse($0)) }),
    ("host of ", { .host(.parse($0)) }),
    ("lost of ", { .lost(group: $0) }),
    ("why ", { .why(.parse($0)) }),
  ]

  /// The names authors write, for suggestions and the format documentation.
  package static let names = kinds.map { $0.prefix.trimmingTrailingSpaces() } + regionWide.map(\.text)

  /// The placeholders that take no argument: the region's own facts.
  static let regionWide: [(text: String, placeholder: Placeholder)] = [
    ("down hosts", .downHosts), ("host count", .hostCount), ("host names", .hostNames), ("host size", .hostSize),
    ("host ram", .hostRAM),
  ]

  static func parse(_ content: String) throws(TemplateError) -> Placeholder {
    let text = content.trimmingTrailingSpaces()
    if let wide = regionWide.first(where: { $0.text == text }) { return wide.placeholder }
    for kind in kinds where text.hasPrefix(kind.prefix) {
      let argument = String(text.dropFirst(kind.prefix.count))
      guard !argument.isEmpty, argument.first != " " else { break }
      return kind.make(argument)
    }
    if let kind = kinds.first(where: { text == $0.prefix.trimmingTrailingSpaces() }) {
      let isServer = ["why ", "host of ", "fault of ", "status of "].contains(kind.prefix)
      let what = isServer ? "a server name or `last of GROUP`" : "a group name"
      let example = isServer ? "db-1" : "DB Cluster"
      throw TemplateError(
        "placeholder `{\(text)}` needs \(what) after it, like `{\(kind.prefix)\(example)}`")
    }
    // Suggest on the leading words, which is where a typo usually is.
    let words = text.split(separator: " ")
    let guess = words.count > 1 && words[1] == "of" ? "\(words[0]) of" : String(words.first ?? "")
    throw TemplateError("unknown placeholder `{\(text)}`\(Suggestion.didYouMean(guess, in: names))")
  }

  var source: String {
    switch self {
    case .host(let server): "host of \(server.source)"
    case .why(let server): "why \(server.source)"
    case .fault(let server): "fault of \(server.source)"
    case .placement(let group): "placement of \(group)"
    case .hosts(let group): "hosts of \(group)"
    case .counts(let group): "counts of \(group)"
    case .members(let group): "members of \(group)"
    case .survivors(let group): "survivors of \(group)"
    case .lost(let group): "lost of \(group)"
    case .emptyHosts(let group): "empty hosts of \(group)"
    case .policy(let group): "policy of \(group)"
    case .downHosts: "down hosts"
    case .hostCount: "host count"
    case .hostNames: "host names"
    case .hostSize: "host size"
    case .hostRAM: "host ram"
    case .survivorCount(let group): "survivor count of \(group)"
    case .status(let server): "status of \(server.source)"
    }
  }
}
