import Shell
import Testing

@Suite struct TokenizerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var line: String
    var words: [String]?
    var testDescription: String { line.isEmpty ? "(empty)" : line }
  }

  static let cases: [Case] = [
    Case(line: "", words: []),
    Case(line: "   ", words: []),
    Case(line: "server group list", words: ["server", "group", "list"]),
    Case(line: "  server\tgroup   list  ", words: ["server", "group", "list"]),
    Case(
      line: #"server group create "DB Cluster" --policy anti-affinity"#,
      words: ["server", "group", "create", "DB Cluster", "--policy", "anti-affinity"]),
    Case(line: "server group show 'web tier'", words: ["server", "group", "show", "web tier"]),
    Case(line: #"show "say \"hi\"""#, words: ["show", #"say "hi""#]),
    Case(line: #"show "back\\slash""#, words: ["show", #"back\slash"#]),
    Case(line: #"show "keep \n as typed""#, words: ["show", #"keep \n as typed"#]),
    Case(line: #"show 'single \ is literal'"#, words: ["show", #"single \ is literal"#]),
    Case(line: #"show DB\ Cluster"#, words: ["show", "DB Cluster"]),
    Case(line: #"show it\'s"#, words: ["show", "it's"]),
    Case(line: #"show "it's""#, words: ["show", "it's"]),
    Case(line: #"show 'say "hi"'"#, words: ["show", #"say "hi""#]),
    Case(line: #"show db"-"1"#, words: ["show", "db-1"]),
    Case(line: #"show """#, words: ["show", ""]),
    Case(line: "show ''", words: ["show", ""]),
    Case(line: "show trailing\\", words: ["show", "trailing\\"]),
    Case(line: "server list # a comment", words: ["server", "list"]),
    Case(line: "# only a comment", words: []),
    Case(line: "show a#b", words: ["show", "a#b"]),
    Case(line: ##"show "#not a comment""##, words: ["show", "#not a comment"]),
    Case(line: "show Blåbær 数据库", words: ["show", "Blåbær", "数据库"]),
    Case(line: #"show "DB Cluster"#, words: nil),
    Case(line: "show 'web", words: nil),
    Case(line: #"show "a" "b"#, words: nil),
  ]

  @Test(arguments: cases)
  func splitsLikeAShell(_ testCase: Case) {
    let result = Result { try Tokenizer.split(testCase.line) }
    switch (result, testCase.words) {
    case (.success(let words), let expected?): #expect(words == expected)
    case (.failure(let error as ShellError), nil): #expect(error.description.contains("unbalanced"))
    default: Issue.record("unexpected result \(result) for \(testCase.line)")
    }
  }

  @Test func unbalancedQuoteIsOneClearLine() {
    #expect(throws: ShellError.unbalancedQuote("\"")) { try Tokenizer.split(#"server group show "DB Cl"#) }
    #expect(!ShellError.unbalancedQuote("\"").description.contains("\n"))
  }

  @Test func scanKeepsTheOpenWordForCompletion() {
    let scan = Tokenizer.scan(#"server group show "DB Cl"#)
    #expect(scan.words == ["server", "group", "show"])
    #expect(scan.partial == Tokenizer.Partial(text: "DB Cl", rawLength: 6, leadingQuote: "\""))
    #expect(scan.openQuote == "\"")
    #expect(Tokenizer.scan("server ").partial == nil)
  }

  @Test(arguments: ["web", "DB Cluster", #"say "hi""#, "it's", #"back\slash"#, "", "#1", "数据 库"])
  func quoteRoundTrips(_ word: String) throws {
    #expect(try Tokenizer.split("show " + Tokenizer.quote(word)) == ["show", word])
    #expect(try Tokenizer.split("show " + Tokenizer.quote(word, style: "'")) == ["show", word])
  }
}
