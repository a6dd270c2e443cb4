import LineEditing
import Testing

@Suite struct PromptEscapesTests {
  @Test(arguments: [
    ("sgtutor> ", "sgtutor> "),
    ("\u{1B}[1msgtutor\u{1B}[0m> ", "\u{1}\u{1B}[1m\u{1}sgtutor\u{1}\u{1B}[0m\u{1}> "),
    ("\u{1B}[38;5;33mx", "\u{1}\u{1B}[38;5;33m\u{1}x"),
    ("\u{1B}]0;title\u{7}> ", "\u{1}\u{1B}]0;title\u{7}\u{1}> "),
    ("a\u{1B}", "a\u{1}\u{1B}\u{1}"),
    // Already marked by the caller: left alone.
    ("\u{1}\u{1B}[1m\u{1}> ", "\u{1}\u{1B}[1m\u{1}> "),
  ])
  func marksEscapeSequences(_ prompt: String, _ marked: String) {
    #expect(PromptEscapes.marked(prompt) == marked)
  }
}
