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
    var out: [String] = []
    let name = "'\(trace.serverName)'"
    if let chosen = trace.chosenHost {
      out.append(ink.bold("Why \(name) is on \(chosen)"))
    } else {
      out.append(ink.bold("Why \(name) has no host"))
    }
    out.append(contentsOf: wrap(context(trace), width: style.columns))
    out.append("")
    out.append("The scheduler looked at \(trace.hosts.count) host\(trace.hosts.count == 1 ? "" : "s"):")
    let nameWidth = trace.hosts.map { TextWidth.of($0.host) }.max() ?? 0
    for verdict in trace.hosts {
      let label = "  " + TextWidth.pad(verdict.host, to: nameWidth) + "  "
      let indent = String(repeating: " ", count: nameWidth + 4)
      if let stage = verdict.removedBy {
        let text = ink.paint("ruled out", .red) + " by \(stage): \(verdict.reason)"
        out.append(contentsOf: wrap(text, width: style.columns, first: label, rest: indent))
      } else {
        let score = verdict.score.map { "weight " + decimal($0) } ?? "passed"
        let passed = ink.paint("passed every filter", .green) + ", \(score)"
        out.append(contentsOf: wrap(passed, width: style.columns, first: label, rest: indent))
        let terms = verdict.weights.filter { $0.contribution != 0 }
        if !terms.isEmpty {
          let parts = terms.map { "\($0.weigher) \(signed($0.contribution))" }.joined(separator: ", ")
          out.append(contentsOf: wrap("(" + parts + ")", width: style.columns, first: indent, rest: indent))
        }
      }
    }
    out.append("")
    out.append(contentsOf: wrap(verdictLine(trace), width: style.columns))
    return out.joined(separator: "\n") + "\n"
  }

  /// Who the server is: its group and its request.
  static func context(_ trace: SchedulingTrace) -> String {
    var text = ""
    if let group = trace.group {
      text =
        "\(trace.serverName) was created into group '\(group.name)', \(PolicyExplainer.summary(group.policy, maxServerPerHost: group.maxServerPerHost))."
    } else {
      text = "\(trace.serverName) was created into no server group, so only capacity and weights mattered."
    }
    if trace.requestSize > 1 {
      text += " It was server \(trace.position) of \(trace.requestSize) created by one request (--min/--max)."
    }
    return text
  }

  static func verdictLine(_ trace: SchedulingTrace) -> String {
    if let chosen = trace.chosenHost {
      let survivors = trace.hosts.filter { $0.removedBy == nil }
      if survivors.count > 1 {
        return "\(chosen) had the highest weight of the \(survivors.count) hosts left, so the scheduler chose it."
      }
      return "\(chosen) was the only host left, so the scheduler chose it."
    }
    let fault = trace.failure ?? Fault.noValidHostNotEnoughHosts
    if trace.failedWithRequest {
      return "A host was left for this server, but another server of the same request could not be placed. "
        + "A multi-create is all or nothing, so every server of it went to ERROR: \(fault)"
    }
    return "No host was left, so the server went to ERROR with the fault: \(fault)"
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
