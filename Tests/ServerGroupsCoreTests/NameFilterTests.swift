import Testing

@testable import ServerGroupsCore

/// `name=` on server lists: Python `re.search` meaning, linear work, unsupported patterns as literal text.
@Suite struct NameFilterTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var pattern: String
    var name: String
    var matches: Bool
    var testDescription: String { "\(pattern) ~ \(name)" }
  }

  static let cases: [Case] = [
    Case(pattern: "web", name: "my-web-1", matches: true),
    Case(pattern: "^web", name: "my-web-1", matches: false),
    Case(pattern: "^my", name: "my-web-1", matches: true),
    Case(pattern: "1$", name: "my-web-1", matches: true),
    Case(pattern: "^web-\\d+$", name: "web-12", matches: true),
    Case(pattern: "^web-\\d+$", name: "web-1a", matches: false),
    Case(pattern: "w.b", name: "wxb", matches: true),
    Case(pattern: "a.b", name: "a\nb", matches: false),
    Case(pattern: "^(db|web)-[0-9]{2}$", name: "db-07", matches: true),
    Case(pattern: "^(db|web)-[0-9]{2}$", name: "db-007", matches: false),
    Case(pattern: "^x{2,3}$", name: "xxx", matches: true),
    Case(pattern: "^x{2,3}$", name: "xxxx", matches: false),
    Case(pattern: "^x{,2}$", name: "xx", matches: true),
    Case(pattern: "^x{2,}$", name: "xxxxx", matches: true),
    Case(pattern: "[^a-c]", name: "abc", matches: false),
    Case(pattern: "[^a-c]", name: "abcd", matches: true),
    Case(pattern: "[]x]", name: "]", matches: true),
    Case(pattern: "[a-]", name: "-", matches: true),
    Case(pattern: "\\w+\\s\\w+", name: "web tier", matches: true),
    Case(pattern: "\\bweb\\b", name: "the web tier", matches: true),
    Case(pattern: "\\bweb\\b", name: "webby", matches: false),
    Case(pattern: "colou?r", name: "color", matches: true),
    Case(pattern: "a+?b", name: "aab", matches: true),
    Case(pattern: "(?:ab)+$", name: "xabab", matches: true),
    Case(pattern: "(?P<n>ab)c", name: "abc", matches: true),
    Case(pattern: "\\.", name: "a.b", matches: true),
    Case(pattern: "\\.", name: "ab", matches: false),
    Case(pattern: "x{", name: "ax{", matches: true),
    Case(pattern: "é+$", name: "café", matches: true),
    Case(pattern: "", name: "anything", matches: true),
    // Python refuses these, or they lie outside the subset: matched as literal text.
    Case(pattern: "*a", name: "x*a", matches: true),
    Case(pattern: "(a)\\1", name: "aa", matches: false),
    Case(pattern: "(a)\\1", name: "x(a)\\1", matches: true),
    Case(pattern: "a(?=b)", name: "ab", matches: false),
    Case(pattern: "[z-a]", name: "[z-a]", matches: true),
    Case(pattern: "(", name: "f(x)", matches: true),
    Case(pattern: "a**", name: "a**", matches: true),
  ]

  @Test(arguments: cases)
  func matchesAsPythonSearchDoes(_ c: Case) {
    #expect(NameFilter(c.pattern).matches(c.name) == c.matches)
  }

  @Test func unsupportedPatternsAreLiteralText() {
    #expect(!NameFilter("(a)\\1").isRegularExpression)
    #expect(!NameFilter("a(?=b)").isRegularExpression)
    #expect(NameFilter("^(a+)+b$").isRegularExpression)
  }

  /// The pattern: exponential for a backtracking engine, a few thousand steps here.
  @Test func nestedQuantifiersDoNotBacktrack() {
    let filter = NameFilter("^(a+)+b$")
    let name = String(repeating: "a", count: 30)
    #expect(!filter.matches(name))
    #expect(filter.matches(name + "b"))
    let long = String(repeating: "a", count: 5_000)
    #expect(!NameFilter("(a*)*(a|aa)*(x+x+)+y").matches(long))
  }

  @Test func hugeRepeatCountsAreLiteralTextNotHugePrograms() {
    #expect(!NameFilter("(a{100}){100}").isRegularExpression)
    #expect(!NameFilter("a{99999999999999999999}").isRegularExpression)
    #expect(NameFilter("a{1000}").isRegularExpression)
  }
}
