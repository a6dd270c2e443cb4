import LessonEngine
import ServerGroupsCore

/// `explain` with no policy: the four policies side by side, one row each: hard or soft, what happens to the
/// member that finds no free host, and what one host failure costs the group.
package enum PolicyComparison {
  /// `hosts` is the number of compute hosts in the simulated region, or nil on a real cloud.
  package static func render(hosts: Int?, style: RenderStyle) -> String {
    let language = style.language
    func say(_ id: ShellMessageID, _ arguments: String...) -> String {
      ShellMessages.fill(ShellMessages.template(id, in: language), arguments)
    }
    // English counts the member in words ("the 5th"), Norwegian by number ("medlem nr. 5").
    let next = hosts.map {
      say(.compareNext, language == .en ? ordinal($0 + 1) : String($0 + 1), String($0))
    }
    let header = [say(.comparePolicy), say(.compareKind), next ?? say(.compareNextUnknown), say(.compareFailure)]
    let rows: [[String]] = [
      ["affinity", say(.compareHard), say(.compareAffinityNext), say(.compareAffinityFailure)],
      ["anti-affinity", say(.compareHard), say(.compareAntiAffinityNext), say(.compareAntiAffinityFailure)],
      ["soft-affinity", say(.compareSoft), say(.compareSoftAffinityNext), say(.compareSoftAffinityFailure)],
      [
        "soft-anti-affinity", say(.compareSoft), say(.compareSoftAntiAffinityNext),
        say(.compareSoftAntiAffinityFailure),
      ],
    ]
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { TextWidth.of($0[column]) }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - TextWidth.of(cell))
      }.joined(separator: "  ")
    }
    let ink = Ink(colors: style.colors)
    var out = [say(.compareTitle), ""]
    if style.plain {
      // For a screen reader a row is a sentence: each value after its column's name.
      out += rows.map { row in
        row[0] + ": " + (1..<row.count).map { header[$0] + ": " + row[$0] }.joined(separator: "; ") + "."
      }.flatMap { TraceRenderer.wrap($0, width: style.columns, rest: "  ") }
    } else {
      out.append(ink.bold(line(header)))
      out += rows.map(line)
    }
    out.append("")
    out += TraceRenderer.wrap(say(.compareFooter), width: style.columns)
    return out.joined(separator: "\n") + "\n"
  }

  /// 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st.
  static func ordinal(_ number: Int) -> String {
    let suffix =
      (11...13).contains(number % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
    return String(number) + suffix
  }
}
