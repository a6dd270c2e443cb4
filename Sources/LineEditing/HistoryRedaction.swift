/// Keeps secrets out of the history file: the values of `--os-password`, `--os-token` and
/// `--os-application-credential-secret` become `***`, whether given as `--opt VALUE` or `--opt=VALUE`, quoted or not,
/// and also when the option is abbreviated the way the openstack client (argparse) accepts it, e.g. `--os-pass`.
package enum HistoryRedaction {
  /// The options whose values never reach the history file.
  static let secretOptions = ["--os-password", "--os-token", "--os-application-credential-secret"]
  /// The other `--os-*` options sgtutor takes (as the openstack client does). argparse accepts any prefix of a long
  /// option that matches only that option, so a prefix counts as a secret option when it matches one of
  /// `secretOptions` and none of these.
  static let otherOptions = [
    "--os-cloud", "--os-auth-url", "--os-auth-type", "--os-username", "--os-user-id", "--os-project-name",
    "--os-project-id", "--os-user-domain-name", "--os-user-domain-id", "--os-project-domain-name",
    "--os-project-domain-id", "--os-application-credential-id", "--os-application-credential-name",
    "--os-region-name", "--os-interface", "--os-cacert", "--os-compute-api-version",
  ]
  /// What a value is replaced with.
  static let mask = "***"

  /// The line with every secret value masked; other text is kept character for character. A value is one shell word:
  /// quotes and backslashes are honoured, so `--os-password "a b"` hides all of it. `--opt=VALUE` is stored as
  /// `--opt ***`.
  package static func redact(_ line: String) -> String {
    guard line.contains("--") else { return line }
    let characters = Array(line)
    var result = ""
    var index = 0
    var valueFollows = false
    // Whitespace after a secret option: it becomes one space when a value follows, and stays as typed otherwise.
    var gap = ""
    while index < characters.count {
      guard !characters[index].isWhitespace else {
        if valueFollows { gap.append(characters[index]) } else { result.append(characters[index]) }
        index += 1
        continue
      }
      let end = endOfWord(characters, from: index)
      let word = characters[index..<end]
      let text = unquoted(word)
      index = end
      if let equals = text.firstIndex(of: "="), isSecretOption(text[..<equals]) {
        result += gap + String(text[..<equals]) + " " + mask
        valueFollows = false
      } else if isSecretOption(text[...]) {
        // A secret option right after another one: argparse reads it as an option, so it is not the value.
        result += gap + String(word)
        valueFollows = true
      } else if valueFollows {
        result += " " + mask
        valueFollows = false
      } else {
        result += String(word)
      }
      gap = ""
    }
    return result + gap
  }

  /// Whether `name` is a secret option, written out or abbreviated. An abbreviation that could also be another
  /// option (`--os-p`: password or project) is hidden too: the client refuses it, but the value typed after it may
  /// still be a password, and a masked typo costs less than a stored secret. `--os-` alone names nothing.
  static func isSecretOption(_ name: Substring) -> Bool {
    guard name.hasPrefix("--os-"), name.count > 5 else { return false }
    if otherOptions.contains(where: { $0 == name }) { return false }
    return secretOptions.contains { $0.hasPrefix(name) }
  }

  /// The index just past the shell word starting at `start` (stops at unquoted whitespace).
  private static func endOfWord(_ characters: [Character], from start: Int) -> Int {
    var index = start
    var quote: Character? = nil
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if character == "\\" && open == "\"" {
          index += 1
        } else if character == open {
          quote = nil
        }
      } else if character.isWhitespace {
        break
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "\\" {
        index += 1
      }
      index += 1
    }
    return min(index, characters.count)
  }

  /// The word as the shell sees it: quotes removed, backslash escapes resolved.
  private static func unquoted(_ word: ArraySlice<Character>) -> String {
    var text = ""
    var quote: Character? = nil
    var escaped = false
    for character in word {
      if escaped {
        text.append(character)
        escaped = false
      } else if character == "\\" && quote != "'" {
        escaped = true
      } else if let open = quote {
        if character == open { quote = nil } else { text.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
      } else {
        text.append(character)
      }
    }
    return text
  }
}
