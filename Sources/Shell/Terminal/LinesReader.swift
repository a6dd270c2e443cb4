import Foundation

/// A `LineReader` over lines already in memory: a script file for `sgtutor run FILE`.
package struct LinesReader: LineReader {
  private var lines: [String]
  private var next = 0

  package init(_ lines: [String]) { self.lines = lines }

  /// The lines of a file. Bytes that are not UTF-8 become U+FFFD, so the shell refuses those lines one by one.
  package init(contentsOf path: String) throws(ShellError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .command("sgtutor: cannot read \(path)")
    }
    var text = String(decoding: data, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    self.init(text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
  }

  package mutating func readLine(prompt: String) -> String? {
    guard next < lines.count else { return nil }
    defer { next += 1 }
    return lines[next]
  }

  package mutating func addHistory(_ line: String) {}
}
