import Foundation
import ServerGroupsCore
import Yams

/// A clouds.yaml, secure.yaml or clouds-public.yaml value as the loader needs it: YAML merge keys (`<<: *base`)
/// already applied, nulls kept apart from strings so `password: ~` means "no password".
package enum ConfigNode: Sendable, Equatable {
  case null
  case scalar(String)
  case list([ConfigNode])
  /// Keys in file order (a later duplicate wins when read as a dictionary).
  case map([(String, ConfigNode)])

  package static func == (lhs: ConfigNode, rhs: ConfigNode) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.scalar(let a), .scalar(let b)): a == b
    case (.list(let a), .list(let b)): a == b
    case (.map(let a), .map(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// The value at `key` of a mapping (the last one when a key repeats).
  package subscript(key: String) -> ConfigNode? {
    guard case .map(let pairs) = self else { return nil }
    return pairs.last { $0.0 == key }?.1
  }

  package var string: String? {
    if case .scalar(let text) = self { return text }
    return nil
  }

  package var pairs: [(String, ConfigNode)]? {
    if case .map(let pairs) = self { return pairs }
    return nil
  }

  package var items: [ConfigNode]? {
    if case .list(let items) = self { return items }
    return nil
  }

  /// Parses YAML (JSON is YAML too). A syntax error keeps the parser's own cause and position.
  /// - Parameter path: the file, for the message.
  package static func parse(_ text: String, path: String) throws(CloudConfigError) -> ConfigNode {
    // openstacksdk reads a .json file as JSON (where a tab is ordinary whitespace, unlike in YAML).
    if path.hasSuffix("json") {
      guard let value = JSONValue.parse(text) else { throw CloudConfigError("\(path) is not valid JSON") }
      return ConfigNode(json: value)
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw CloudConfigError("\(path) is not valid YAML: \(Self.cause(of: error, in: text))")
    } catch {
      throw CloudConfigError("\(path) is not valid YAML: \(Self.oneLine("\(error)"))")
    }
    return root.map(Self.init(node:)) ?? .null
  }

  /// `line 3, column 1: found character '\t' that cannot start any token (while scanning …)`.
  static func cause(of error: YamlError, in text: String) -> String {
    switch error {
    case .scanner(let context, var problem, let mark, _), .parser(let context, var problem, let mark, _),
      .composer(let context, var problem, let mark, _):
      // libyaml says "found character that cannot start any token"; name the character, as PyYAML does.
      if problem.hasPrefix("found character that"), let character = Self.character(at: mark, in: text) {
        problem = "found character '\(character)' that" + problem.dropFirst("found character that".count)
      }
      let during = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
      return "line \(mark.line), column \(mark.column): \(problem)\(during)"
    case .reader(let problem, _, _, _):
      return problem
    case .duplicatedKeysInMapping(let duplicates, _):
      return "a key appears twice in one mapping: \(duplicates.sorted().joined(separator: ", "))"
    default:
      return oneLine(error.description)
    }
  }

  /// The character at a 1-based line and column (counted in Unicode scalars), tab and the like escaped.
  static func character(at mark: Mark, in text: String) -> String? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard mark.line >= 1, mark.line <= lines.count else { return nil }
    let scalars = Array(lines[mark.line - 1].unicodeScalars)
    guard mark.column >= 1, mark.column <= scalars.count else { return nil }
    let scalar = scalars[mark.column - 1]
    switch scalar {
    case "\t": return "\\t"
    case "\r": return "\\r"
    default:
      return scalar.properties.generalCategory == .control
        ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
    }
  }

  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  init(json: JSONValue) {
    switch json {
    case .null: self = .null
    case .bool(let value): self = .scalar(value ? "true" : "false")
    case .int(let value): self = .scalar(String(value))
    case .bigInteger(let digits): self = .scalar(digits)
    case .double(let value): self = .scalar(String(value))
    case .string(let value): self = .scalar(value)
    case .array(let items): self = .list(items.map(ConfigNode.init(json:)))
    case .object(let pairs): self = .map(pairs.map { ($0.0, ConfigNode(json: $0.1)) })
    }
  }

  init(node: Node) {
    switch node {
    case .scalar(let scalar):
      if node.null != nil {
        self = .null
      } else if scalar.style == .plain, let boolean = Self.yaml11Booleans[scalar.string] {
        // PyYAML (YAML 1.1) reads plain yes/no/on/off as booleans; openstacksdk sees them so.
        self = .scalar(boolean ? "true" : "false")
      } else {
        self = .scalar(scalar.string)
      }
    case .sequence(let sequence):
      self = .list(sequence.map(ConfigNode.init(node:)))
    case .mapping(let mapping):
      self = .map(Self.merged(mapping))
    case .alias:
      self = .null
    }
  }

  static let yaml11Booleans: [String: Bool] = [
    "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true, "true": true, "True": true,
    "TRUE": true, "no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
    "false": false, "False": false, "FALSE": false,
  ]

  /// A mapping's pairs with `<<` merge keys applied as YAML 1.1 says: the mapping's own keys win over merged ones,
  /// and in `<<: [*a, *b]` an earlier source wins over a later one.
  private static func merged(_ mapping: Node.Mapping) -> [(String, ConfigNode)] {
    var own: [(String, ConfigNode)] = []
    var inherited: [(String, ConfigNode)] = []
    for (key, value) in mapping {
      if key.tag.rawValue == Tag.Name.merge.rawValue {
        let sources: [Node.Mapping] =
          switch value {
          case .mapping(let source): [source]
          case .sequence(let list): list.compactMap(\.mapping)
          default: []
          }
        for source in sources {
          for pair in merged(source) where !inherited.contains(where: { $0.0 == pair.0 }) {
            inherited.append(pair)
          }
        }
      } else if let name = key.string {
        own.append((name, ConfigNode(node: value)))
      }
    }
    return inherited.filter { pair in !own.contains { $0.0 == pair.0 } } + own
  }
}
