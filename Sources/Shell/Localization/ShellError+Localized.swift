import LessonEngine

extension ShellError {
  /// The one line in `language`. sgtutor's own errors are told in the learner's language; what the openstack CLI
  /// or the cloud says (`No ServerGroup found for web`, Nova's faults) stays in their words, as on a real cloud.
  package func description(in language: Language) -> String {
    guard language != .en else { return description }
    let error = ShellMessages.template(.prefixError, in: language)
    switch self {
    case .unbalancedQuote(let quote):
      return error + ShellMessages.text(.unbalancedQuote, String(quote), in: language)
    case .unknownCommand(let words, let suggestion):
      let hint =
        suggestion.map { ShellMessages.text(.didYouMean, $0, in: language) }
        ?? ShellMessages.text(.unknownCommandHelp, in: language)
      return error + ShellMessages.text(.unknownCommand, words, hint, in: language)
    case .lineTooLong(let length):
      return error + ShellMessages.text(.lineTooLong, String(length), String(Repl.maxLineLength), in: language)
    case .controlCharacter(let value):
      let hex = String(value, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      return error + ShellMessages.text(.controlCharacter, padded, in: language)
    case .invalidUTF8:
      return error + ShellMessages.text(.invalidUTF8, in: language)
    case .simulatorOnly(let command):
      return ShellMessages.text(.simulatorOnly, command, in: language)
    case .usage(let message):
      return UsageText.localized(message, in: language)
    case .notFound, .ambiguous, .api, .command, .unknownColumns:
      return description
    }
  }
}
