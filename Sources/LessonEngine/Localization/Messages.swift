/// The tutor's own sentences in every language, with English as the fallback for any text a language lacks.
package enum Messages {
  /// The text for `id` in `language`, with `{1}`, `{2}`, … replaced by `arguments`.
  package static func text(_ id: MessageID, _ arguments: String..., in language: Language) -> String {
    text(id, arguments: arguments, in: language)
  }

  /// The text for `id` in `language`, with `{1}`, `{2}`, … replaced by `arguments`.
  package static func text(_ id: MessageID, arguments: [String], in language: Language) -> String {
    var result = template(id, in: language)
    // Replace from the highest number down so `{1}` never eats the start of `{10}`.
    for (index, argument) in arguments.enumerated().reversed() {
      result = result.replacing("{\(index + 1)}", with: argument)
    }
    return result
  }

  /// The raw text with its `{n}` markers, falling back to English.
  package static func template(_ id: MessageID, in language: Language) -> String {
    switch language {
    case .en: english(id)
    case .nb: norwegian[id] ?? english(id)
    }
  }

  /// Whether a language has its own text for `id` (English always has).
  package static func hasOwnText(_ id: MessageID, in language: Language) -> Bool {
    switch language {
    case .en: true
    case .nb: norwegian[id] != nil
    }
  }

  /// `a`, `a and b`, `a, b and c` in the language's own words.
  package static func list(_ items: [String], in language: Language) -> String {
    switch items.count {
    case 0: return text(.nothing, in: language)
    case 1: return items[0]
    default:
      let head = items.dropLast().joined(separator: ", ")
      return text(.listAnd, head, items[items.count - 1], in: language)
    }
  }

  /// A group name in the language's quotation marks.
  package static func quoted(_ name: String, in language: Language) -> String {
    switch language {
    case .en: "\"\(name)\""
    case .nb: "«\(name)»"
    }
  }

  /// Whether an answer to a yes/no question means yes, in any of the tutor's languages (`y`, `yes`, `j`, `ja`).
  package static func isYes(_ answer: String) -> Bool {
    let word = String(answer.lowercased().filter { $0 != " " && $0 != "\t" })
    return ["y", "yes", "j", "ja"].contains(word)
  }
}
