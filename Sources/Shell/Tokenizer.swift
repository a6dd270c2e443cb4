/// Splits a shell line into words the way a POSIX shell would for plain text: whitespace separates words,
/// `'…'` is literal, `"…"` allows `\"` and `\\`, a backslash outside quotes escapes the next character, and an
/// unquoted `#` at the start of a word begins a comment.
package enum Tokenizer {
  /// The words of a complete line.
  package static func split(_ line: String) throws(ShellError) -> [String] {
    let scan = scan(line)
    if let quote = scan.openQuote { throw .unbalancedQuote(quote) }
    var words = scan.words
    if let partial = scan.partial { words.append(partial.text) }
    return words
  }

  /// Scans a line that may be unfinished (for Tab completion): the finished words, and the word under the
  /// cursor with its opening quote still open. Never fails.
  package static func scan(_ line: String) -> Scan {
    var state = ScanState()
    for character in line {
      if state.inComment { break }
      state.consume(character)
    }
    return state.finish()
  }

  /// What `scan` found.
  package struct Scan: Equatable, Sendable {
    /// Words that are finished (followed by unquoted whitespace).
    package var words: [String]
    /// The word the line ends in, if it does not end in whitespace.
    package var partial: Partial?
    /// The quote still open at the end of the line, if any.
    package var openQuote: Character?
  }

  /// The unfinished last word of a line.
  package struct Partial: Equatable, Sendable {
    /// The word's text with quotes and escapes removed.
    package var text: String
    /// How many characters of the line the word spans, quotes and backslashes included.
    package var rawLength: Int
    /// The quote character the word started with (`"` or `'`), if it did.
    package var leadingQuote: Character?

    package init(text: String, rawLength: Int, leadingQuote: Character?) {
      self.text = text
      self.rawLength = rawLength
      self.leadingQuote = leadingQuote
    }
  }

  /// A word as the shell must write it so that `split` gives it back: bare when safe, else in double quotes.
  package static func quote(_ word: String, style: Character? = nil) -> String {
    let special: Set<Character> = [" ", "\t", "\"", "'", "\\", "#", "\n"]
    if style == nil, !word.isEmpty, !word.contains(where: { special.contains($0) }) { return word }
    if style == "'", !word.contains("'") { return "'" + word + "'" }
    var out = "\""
    for character in word {
      if character == "\"" || character == "\\" { out.append("\\") }
      out.append(character)
    }
    return out + "\""
  }
}

/// The tokenizer's running state, one character at a time.
private struct ScanState {
  var words: [String] = []
  var current = ""
  var inWord = false
  var quote: Character?
  var escaping = false
  var inComment = false
  var rawLength = 0
  var leadingQuote: Character?

  mutating func consume(_ character: Character) {
    if inWord { rawLength += 1 }
    if escaping {
      escaping = false
      // Inside double quotes only \" and \\ are escapes; any other backslash stays as typed.
      if quote == "\"", character != "\"", character != "\\" { current.append("\\") }
      current.append(character)
      return
    }
    if let open = quote {
      if character == open {
        quote = nil
      } else if character == "\\" && open == "\"" {
        escaping = true
      } else {
        current.append(character)
      }
      return
    }
    switch character {
    case " ", "\t", "\n", "\r":
      endWord()
    case "#" where !inWord:
      inComment = true
    case "\\":
      startWord(character)
      escaping = true
    case "\"", "'":
      startWord(character)
      quote = character
    default:
      startWord(character)
      current.append(character)
    }
  }

  private mutating func startWord(_ character: Character) {
    guard !inWord else { return }
    inWord = true
    rawLength = 1
    leadingQuote = character == "\"" || character == "'" ? character : nil
  }

  private mutating func endWord() {
    guard inWord else { return }
    words.append(current)
    current = ""
    inWord = false
    rawLength = 0
    leadingQuote = nil
  }

  func finish() -> Tokenizer.Scan {
    var text = current
    // A trailing lone backslash is kept as typed.
    if escaping { text.append("\\") }
    let partial = inWord ? Tokenizer.Partial(text: text, rawLength: rawLength, leadingQuote: leadingQuote) : nil
    return Tokenizer.Scan(words: words, partial: partial, openQuote: quote)
  }
}
