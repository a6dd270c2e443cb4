import LessonEngine

/// ArgumentParser's one-line verdicts on a command line (`Unexpected argument 'Cluster'`, `The value 'x' is
/// invalid for '--policy <policy>'. Please provide one of …`) in the learner's language: its English wording is
/// matched against the catalog's English texts and told again in the language's own.
package enum UsageText {
  /// The verdicts, the more specific before the ones they start like.
  static let verdicts: [ShellMessageID] = [
    .usageUnknownOptionSuggestion, .usageUnknownOption, .usageUnexpectedArgument, .usageUnexpectedArguments,
    .usageMissingValue, .usageMissingArgument, .usageMissingOneOf, .usageInvalidValue, .usageTakesNoValue,
    .usageKeyValue,
  ]

  /// `message` in `language`; as it is when it is no verdict the catalog knows (or the language is English).
  package static func localized(_ message: String, in language: Language) -> String {
    guard language != .en else { return message }
    for id in verdicts {
      guard var values = ShellMessages.arguments(of: message, in: ShellMessages.english(id)) else { continue }
      if id == .usageInvalidValue, values.count == 3 { values[2] = choices(values[2], in: language) }
      return ShellMessages.fill(ShellMessages.template(id, in: language), values)
    }
    return message
  }

  /// `. Please provide one of 'a', 'b' or 'c'.` in `language`; any other reason as it is.
  static func choices(_ reason: String, in language: Language) -> String {
    guard let list = ShellMessages.arguments(of: reason, in: ShellMessages.english(.usageChoices))?.first else {
      return reason
    }
    var said = list
    for joint in [ShellMessageID.choicesOr, .choicesAnd] {
      if let parts = ShellMessages.arguments(of: list, in: ShellMessages.english(joint)) {
        said = ShellMessages.fill(ShellMessages.template(joint, in: language), parts)
        break
      }
    }
    return ShellMessages.text(.usageChoices, said, in: language)
  }

  /// The shell's line prefixes (`error: `, `warning: `, `hint: `) at the start of each line of `text`, in
  /// `language`. `note: ` is written in the language where notes are drawn.
  package static func prefixes(_ text: String, in language: Language) -> String {
    guard language != .en else { return text }
    let ids: [ShellMessageID] = [.prefixError, .prefixWarning, .prefixHint]
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      for id in ids where line.hasPrefix(ShellMessages.english(id)) {
        return ShellMessages.template(id, in: language) + line.dropFirst(ShellMessages.english(id).count)
      }
      return String(line)
    }.joined(separator: "\n")
  }
}
