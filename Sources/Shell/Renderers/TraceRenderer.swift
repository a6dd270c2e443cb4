import LessonEngine
import ServerGroupsCore

/// `why SERVER`: the scheduler's decision for one server, host by host, in words a newcomer can follow.
package enum TraceRenderer {
  package static func render(_ trace: SchedulingTrace, style: RenderStyle) -> String {
    // Names and reasons come from the cloud: every control character visible, colour codes included.
    var trace = trace
    trace.serverName = TerminalSafe.plain(trace.serverName)
    if let group = trace.group { trace.group?.name = TerminalSafe.plain(group.name) }
    trace.chosenHost = trace.chosenHost.map(TerminalSafe.plain)
    trace.failure = trace.failure.map(TerminalSafe.plain)
    for index in trace.hosts.indices {
      trace.hosts[index].host = TerminalSafe.plain(trace.hosts[index].host)
      trace.hosts[index].reason = TerminalSafe.plain(trace.hosts[index].reason)
    }
    let ink = Ink(colors: style.colors)
    let language = style.language
    func say(_ id: ShellMessageID, _ arguments: String...) -> String {
      ShellMessages.fill(ShellMessages.template(id, in: language), arguments)
    }
    var out: [String] = []
    let name = "'\(trace.serverName)'"
    if let chosen = trace.chosenHost {
      out.append(ink.bold(say(.whyOn, name, chosen)))
    } else {
      out.append(ink.bold(say(.whyNoHost, name)))
    }
    out.append(contentsOf: wrap(context(trace, language: language), width: style.columns))
    out.append("")
    out.append(trace.hosts.count == 1 ? say(.traceLookedOne) : say(.traceLooked, String(trace.hosts.count)))
    let nameWidth = trace.hosts.map { TextWidth.of($0.host) }.max() ?? 0
    for verdict in trace.hosts {
      let label = "  " + TextWidth.pad(verdict.host, to: nameWidth) + "  "
      let indent = String(repeating: " ", count: nameWidth + 4)
      if let stage = verdict.removedBy {
        let text = ink.paint(say(.traceRuledOut), .red) + say(.traceBy, stage, reason(verdict.reason, in: language))
        out.append(contentsOf: wrap(text, width: style.columns, first: label, rest: indent))
      } else {
        let score = verdict.score.map { say(.traceWeight, decimal($0)) } ?? say(.tracePassedNoScore)
        let passed = ink.paint(say(.tracePassed), .green) + ", \(score)"
        out.append(contentsOf: wrap(passed, width: style.columns, first: label, rest: indent))
        let terms = verdict.weights.filter { $0.contribution != 0 }
        if !terms.isEmpty {
          let parts = terms.map { "\($0.weigher) \(signed($0.contribution))" }.joined(separator: ", ")
          out.append(contentsOf: wrap("(" + parts + ")", width: style.columns, first: indent, rest: indent))
        }
      }
    }
    out.append("")
    out.append(contentsOf: wrap(verdictLine(trace, language: language), width: style.columns))
    return out.joined(separator: "\n") + "\n"
  }

  /// Who the server is: its group and its request.
  static func context(_ trace: SchedulingTrace, language: Language = .en) -> String {
    var text = ""
    if let group = trace.group {
      let summary = PolicyExplainer.summary(group.policy, maxServerPerHost: group.maxServerPerHost, language: language)
      text = ShellMessages.text(.traceInGroup, trace.serverName, group.name, summary, in: language)
    } else {
      text = ShellMessages.text(.traceNoGroup, trace.serverName, in: language)
    }
    if trace.requestSize > 1 {
      text += ShellMessages.text(.traceRequest, String(trace.position), String(trace.requestSize), in: language)
    }
    return text
  }

  static func verdictLine(_ trace: SchedulingTrace, language: Language = .en) -> String {
    if let chosen = trace.chosenHost {
      let survivors = trace.hosts.filter { $0.removedBy == nil }
      if survivors.count > 1 {
        return ShellMessages.text(.traceChose, chosen, String(survivors.count), in: language)
      }
      return ShellMessages.text(.traceOnly, chosen, in: language)
    }
    let fault = trace.failure ?? Fault.noValidHostNotEnoughHosts
    if trace.failedWithRequest { return ShellMessages.text(.traceRequestFailed, fault, in: language) }
    return ShellMessages.text(.traceNoHost, fault, in: language)
  }

  /// The simulated scheduler's reasons, which it words in English, matched against the catalog's English
  /// texts and told in `language`; a reason the catalog does not know stays as it is.
  static func reason(_ reason: String, in language: Language) -> String {
    guard language != .en else { return reason }
    let reasons: [ShellMessageID] = [
      .reasonDisabled, .reasonNoRoom, .reasonEvacuated, .reasonNotRequested, .reasonDown, .reasonHoldsMember,
      .reasonHoldsMembers, .reasonAffinityElsewhere,
    ]
    for id in reasons {
      if let values = ShellMessages.arguments(of: reason, in: ShellMessages.english(id)) {
        return ShellMessages.fill(ShellMessages.template(id, in: language), values)
      }
    }
    return reason
  }

  /// Two decimals, the way a person reads a weight.
  static func decimal(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }  // never a trap on a strange weight
    let hundredths = Int((abs(value) * 100).rounded())
    let text = "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
    return value < 0 && hundredths != 0 ? "-" + text : text
  }

  static func signed(_ value: Double) -> String { value >= 0 ? "+" + decimal(value) : decimal(value) }

  /// Wraps at spaces to `width` columns; `first` starts the first line and `rest` the others.
  static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
    var lines: [String] = []
    var current = first
    var empty = true
    for word in text.split(separator: " ").map(String.init) {
      let candidate = empty ? current + word : current + " " + word
      if !empty && Ink.visibleWidth(candidate) > width {
        lines.append(current)
        current = rest + word
      } else {
        current = candidate
      }
      empty = false
    }
    lines.append(current)
    return lines
  }
}
