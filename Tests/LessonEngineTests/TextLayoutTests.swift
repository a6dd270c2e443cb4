import LessonEngine
import Testing

@Suite struct TextLayoutTests {
  @Test func joinsParagraphLinesAndKeepsBlocks() {
    let text = """
      One paragraph
      on two lines.

      - an item
        that goes on
      - another

          {fault}
      ```
      code stays
      as is
      ```
      """
    #expect(
      TextLayout.unwrap(text) == """
        One paragraph on two lines.

        - an item that goes on
        - another

            {fault}
            code stays
            as is
        """)
  }

  @Test func noMarkdownFenceOrHeadingMarkReachesTheScreen() {
    let text = "Look:\n\n```text\nopenstack server list\n```\n\n### Later\nMore."
    let shown = TextLayout.unwrap(text)
    #expect(shown == "Look:\n\n    openstack server list\n\nLater\nMore.")
    #expect(!shown.contains("```") && !shown.contains("#"))
  }

  @Test func wrapsToTheWidthWithAHangingIndentForItems() {
    let text =
      "alpha beta gamma delta epsilon zeta eta theta\n- one two three four five six seven eight"
    #expect(
      TextLayout.wrap(text, columns: 24) == """
        alpha beta gamma delta
        epsilon zeta eta theta
        - one two three four
          five six seven eight
        """)
    #expect(
      TextLayout.wrap("    a long indented line is never wrapped at all", columns: 20)
        == "    a long indented line is never wrapped at all")
  }
}

extension TextLayoutTests {
  @Test func keepsCodeSpansWholeAndDropsBoldMarkers() {
    #expect(TextLayout.unwrap("A **server group** is\na name.") == "A server group is a name.")
    #expect(
      TextLayout.wrap("please try `why pack-2` now", columns: 20) == "please try\n`why pack-2` now")
    #expect(
      TextLayout.wrap("it says \"No valid host\" here", columns: 20) == "it says\n\"No valid host\" here")
    #expect(TextLayout.wrap("gruppen heter «Web Pair» nå", columns: 20) == "gruppen heter\n«Web Pair» nå")
  }
}
