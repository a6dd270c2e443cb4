/// Keeps secrets out of the history file: `--os-password VALUE` and `--os-password=VALUE` become
/// `--os-password ***`.
package enum HistoryRedaction {
  /// The option whose value never reaches the history file.
  static let option = "--os-password"
  /// What the value is replaced with.
  static let mask = "***"

  /// The line with every `--os-password` value masked; other text is kept byte for byte.
  /// The value is one shell word: quotes and backslashes are honoured, so `--os-password "a b"` hides all of it.
  package static func redact(_ line: String) -> String {
    guard line.contains(option) else { return line }
    let characters = Array(line)
    let optionCharacters = Array(option)
    var result = ""
    var index = 0
    while index < characters.count {
      let atWordStart = index == 0 || characters[index - 1].isWhitespace
      guard atWordStart, characters[index...].starts(with: optionCharacters) else {
        result.append(characters[index])
        index += 1
        continue
      }
      let afterOption = index + optionCharacters.count
      if afterOption == characters.count {
        // A trailing `--os-password` with no value yet: nothing to hide.
        result += option
        index = afterOption
      } else if characters[afterOption] == "=" {
        result += option + " " + mask
        index = endOfWord(characters, from: afterOption + 1)
      } else if characters[afterOption].isWhitespace {
        var valueStart = afterOption
        while valueStart < characters.count, characters[valueStart].isWhitespace { valueStart += 1 }
        if valueStart == characters.count {
          result += String(characters[index..<valueStart])
          index = valueStart
        } else {
          result += option + " " + mask
          index = endOfWord(characters, from: valueStart)
        }
      } else {
        // Another option that merely starts with the same letters (`--os-password-file`): keep it.
        result.append(characters[index])
        index += 1
      }
    }
    return result
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
}
