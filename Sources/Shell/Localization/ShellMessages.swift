import LessonEngine

/// The shell's own sentences in every language the tutor speaks, English being the fallback.
package enum ShellMessages {
  /// The text for `id` in `language`, with `{1}`, `{2}`, … replaced by `arguments`.
  package static func text(_ id: ShellMessageID, _ arguments: String..., in language: Language) -> String {
    fill(template(id, in: language), arguments)
  }

  /// The raw text with its `{n}` markers, falling back to English.
  package static func template(_ id: ShellMessageID, in language: Language) -> String {
    switch language {
    case .en: english(id)
    case .nb: norwegian[id] ?? english(id)
    }
  }

  /// Whether a language has its own text for `id` (English always has).
  package static func hasOwnText(_ id: ShellMessageID, in language: Language) -> Bool {
    language == .en || norwegian[id] != nil
  }

  /// `template` with `{1}`, `{2}`, … replaced, the highest number first so `{1}` never eats the start of `{10}`.
  static func fill(_ template: String, _ arguments: [String]) -> String {
    var result = template
    for (index, argument) in arguments.enumerated().reversed() {
      result = result.replacing("{\(index + 1)}", with: argument)
    }
    return result
  }

  /// The arguments that make `template` read `text`, or nil when it does not fit. Each `{n}` takes as little as
  /// it can, the last one what is left, so `Unknown option '{1}'` does not match a line with a suggestion after it.
  static func arguments(of text: String, in template: String) -> [String]? {
    var literals: [String] = []
    var markers: [Int] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
      let number = Int(rest[rest.index(after: open)..<close])
    {
      literals.append(String(rest[..<open]))
      markers.append(number)
      rest = rest[rest.index(after: close)...]
    }
    literals.append(String(rest))
    guard text.hasPrefix(literals[0]) else { return nil }
    guard let values = match(Substring(text.dropFirst(literals[0].count)), Array(literals.dropFirst())) else {
      return nil
    }
    var ordered = Array(repeating: "", count: markers.max() ?? 0)
    for (marker, value) in zip(markers, values) { ordered[marker - 1] = value }
    return ordered
  }

  /// Values for the markers between `literals` (each literal follows one marker), trying the shortest first.
  private static func match(_ text: Substring, _ literals: [String]) -> [String]? {
    guard let literal = literals.first else { return text.isEmpty ? [] : nil }
    if literals.count == 1 {
      return text.hasSuffix(literal) ? [String(text.dropLast(literal.count))] : nil
    }
    var start = text.startIndex
    while let found = text[start...].firstRange(of: literal) {
      if let more = match(text[found.upperBound...], Array(literals.dropFirst())) {
        return [String(text[..<found.lowerBound])] + more
      }
      guard found.lowerBound < text.endIndex else { break }
      start = text.index(after: found.lowerBound)
    }
    return nil
  }
}
