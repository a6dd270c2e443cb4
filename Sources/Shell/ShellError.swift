import ServerGroupsCore

/// Everything that can go wrong with one shell line. Each case renders as one line, in openstackclient's words
/// where the real CLI would say the same thing.
package enum ShellError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A quote was opened and never closed.
  case unbalancedQuote(Character)
  /// The first word(s) name no command; `suggestion` is the nearest known one.
  case unknownCommand(String, suggestion: String?)
  /// The line is longer than the shell accepts.
  case lineTooLong(Int)
  /// The line holds a control character (other than tab).
  case controlCharacter(UInt32)
  /// The line was not valid UTF-8 (the reader replaced bytes with U+FFFD).
  case invalidUTF8
  /// The SDK's `find` found nothing: `No ServerGroup found for web`.
  case notFound(resource: String, String)
  /// The SDK's `find` found several by that name.
  case ambiguous(resource: String, String)
  /// The cloud refused a request; `url` is the request's URL, as the SDK prints it.
  case api(CloudError, url: String)
  /// openstackclient's `CommandError`: the message alone.
  case command(String)
  /// A simulator-only command on a cloud that is not the simulator.
  case simulatorOnly(String)
  /// ArgumentParser's message for a bad command line, already one line.
  case usage(String)
  /// `-c` named no column the command has (cliff's wording).
  case unknownColumns(requested: [String], known: [String])

  package var description: String {
    switch self {
    case .unbalancedQuote(let quote):
      return "error: unbalanced \(quote) quote: close it (names with spaces go in quotes: \"DB Cluster\")"
    case .unknownCommand(let words, let suggestion):
      let hint = suggestion.map { " Did you mean '\($0)'?" } ?? " Type 'help' for the list of commands."
      return "error: unknown command '\(words)'.\(hint)"
    case .lineTooLong(let length):
      return
        "error: the line is \(length) characters long; the shell takes lines of up to \(Repl.maxLineLength) characters"
    case .controlCharacter(let value):
      let hex = String(value, radix: 16, uppercase: true)
      return
        "error: the line holds a control character (U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)); type plain text"
    case .invalidUTF8:
      return "error: the line holds bytes that are not UTF-8 text; type plain text"
    case .notFound(let resource, let name):
      return "No \(resource) found for \(name)"
    case .ambiguous(let resource, let name):
      return "More than one \(resource) exists with the name '\(name)'."
    case .api(let error, let url):
      return Self.sdkMessage(error, url: url)
    case .command(let message), .usage(let message):
      return message
    case .simulatorOnly(let command):
      return "'\(command)' works only on the simulator: a real cloud does not offer this."
    case .unknownColumns(let requested, let known):
      let asked = "[" + requested.map(PythonRepr.string).joined(separator: ", ") + "]"
      let have = "(" + known.map(PythonRepr.string).joined(separator: ", ") + (known.count == 1 ? ",)" : ")")
      return "No recognized column names in \(asked). Recognized columns are \(have)."
    }
  }

  /// openstacksdk's exception text: `BadRequestException: 400: Client Error for url: …, <Nova's message>`.
  static func sdkMessage(_ error: CloudError, url: String) -> String {
    let name: String
    switch error {
    case .transport(let message), .unsupported(let message): return message
    case .badRequest: name = "BadRequestException"
    case .forbidden: name = "ForbiddenException"
    case .notFound: name = "NotFoundException"
    case .conflict: name = "ConflictException"
    default: name = "HttpException"
    }
    let side = error.status >= 500 ? "Server Error" : "Client Error"
    return "\(name): \(error.status): \(side) for url: \(url), \(error.message)"
  }
}
