/// Marks terminal escape sequences in a prompt so libedit does not count them as columns.
///
/// libedit (EL_PROMPT_ESC) prints characters between two `marker`s but gives them no width; without this, a
/// coloured prompt puts the cursor in the wrong column.
package enum PromptEscapes {
  /// The marker character handed to libedit.
  package static let marker: Character = "\u{1}"

  /// The prompt with each ANSI escape sequence (CSI `ESC [ … final`, OSC `ESC ] … BEL|ESC \`, or a two-character
  /// `ESC x`) wrapped in markers. A prompt that already contains markers is returned unchanged.
  package static func marked(_ prompt: String) -> String {
    guard prompt.unicodeScalars.contains("\u{1B}"), !prompt.contains(marker) else { return prompt }
    let scalars = Array(prompt.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "\u{1B}" else {
        result.append(scalars[index])
        index += 1
        continue
      }
      let end = endOfEscape(scalars, from: index)
      result.append("\u{1}")
      result.append(contentsOf: scalars[index..<end])
      result.append("\u{1}")
      index = end
    }
    return String(result)
  }

  /// The index just past the escape sequence that starts at `start` (which holds ESC).
  private static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    let next = start + 1
    guard next < scalars.count else { return next }
    switch scalars[next] {
    case "[":
      var index = next + 1
      while index < scalars.count {
        // Parameter and intermediate bytes are 0x20–0x3F; the final byte is 0x40–0x7E.
        if (0x40...0x7E).contains(scalars[index].value) { return index + 1 }
        index += 1
      }
      return index
    case "]":
      var index = next + 1
      while index < scalars.count {
        if scalars[index] == "\u{7}" { return index + 1 }
        if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 }
        index += 1
      }
      return index
    default:
      return next + 1
    }
  }
}
