import LessonEngine

/// ArgumentParser's help screens in the learner's language. ArgumentParser lays a screen out in English; each
/// text on it (a command's abstract and discussion, an option's or argument's help, its own headers) is looked
/// up by its English wording, as gettext does, and the words of its layout are replaced.
package enum HelpText {
  /// Where ArgumentParser starts an entry's text (two spaces, then a 24-column label).
  static let textColumn = 26

  /// `help` (unwrapped, as ArgumentParser writes it) in `language`; English as it is.
  package static func localized(_ help: String, in language: Language) -> String {
    guard language == .nb else { return help }
    return help.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      translate(String(line))
    }.joined(separator: "\n")
  }

  /// The texts of an English help screen a language must have: the abstract, each discussion line and each
  /// entry's text (without ArgumentParser's `(values: …; default: …)`).
  package static func texts(of help: String) -> [String] {
    var texts: [String] = []
    var inDiscussion = false
    for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("OVERVIEW: ") {
        texts.append(String(line.dropFirst("OVERVIEW: ".count)))
        inDiscussion = true
      } else if line.hasPrefix("USAGE:") {
        inDiscussion = false
      } else if inDiscussion, !line.isEmpty {
        texts.append(line)
      } else if let entry = entryText(line) {
        texts.append(withoutValues(entry))
      }
    }
    return texts.filter { !$0.isEmpty }
  }

  /// Texts the table lacks on an English help screen (for the test that every text has its twin).
  package static func untranslated(in help: String) -> [String] {
    texts(of: help).filter { norwegian[$0] == nil }
  }

  private static let headers: [(String, String)] = [
    ("OVERVIEW: ", "OVERSIKT: "), ("USAGE: ", "BRUK: "), ("ARGUMENTS:", "ARGUMENTER:"), ("OPTIONS:", "VALG:"),
    ("SUBCOMMANDS:", "UNDERKOMMANDOER:"),
  ]

  private static func translate(_ line: String) -> String {
    for (english, norwegian) in headers where line.hasPrefix(english) {
      let rest = String(line.dropFirst(english.count))
      return norwegian + (english == "OVERVIEW: " ? (Self.norwegian[rest] ?? rest) : rest)
    }
    if line.hasPrefix("  See '"), line.hasSuffix("' for detailed help.") {
      return "  Se '" + line.dropFirst("  See '".count).dropLast("' for detailed help.".count) + "' for mer hjelp."
    }
    if let text = entryText(line) {
      let plain = withoutValues(text)
      let values = String(text.dropFirst(plain.count)).replacing("(values: ", with: "(verdier: ")
      let said = (norwegian[plain] ?? plain) + values.replacing("default: ", with: "standard: ")
      return String(line.prefix(line.count - text.count)) + said
    }
    return norwegian[line] ?? line
  }

  /// The text of an entry line (`  --policy <policy>       Add a policy …`, `  create    Create …`, or the text
  /// alone under a label too long for its column), or nil.
  private static func entryText(_ line: String) -> String? {
    let indent = String(repeating: " ", count: textColumn)
    if line.hasPrefix(indent) {
      let text = line.drop { $0 == " " }
      return text.isEmpty ? nil : String(text)
    }
    guard line.hasPrefix("  "), !line.hasPrefix("   "), let gap = line.dropFirst(2).firstRange(of: "  ") else {
      return nil
    }
    let text = line[gap.upperBound...].drop { $0 == " " }
    return text.isEmpty ? nil : String(text)
  }

  /// An entry's text without ArgumentParser's `(values: …; default: …)` or `(default: …)` after it.
  private static func withoutValues(_ text: String) -> String {
    for marker in [" (values: ", " (default: ", "(values: ", "(default: "] {
      if let range = text.firstRange(of: marker), text.hasSuffix(")") {
        return String(text[..<range.lowerBound])
      }
    }
    return text
  }
}
