import LessonEngine
import ServerGroupsCore

/// `why SERVER`: the scheduler's decision for one server, host by host, in words a newcomer can follow. The
/// sentence that sums it up is `PlacementExplainer`'s, the same the lessons' debriefs use.
package enum TraceRenderer {
  /// - Parameter why: the server's placement in one sentence (`PlacementExplainer.why`).
  package static func render(_ trace: SchedulingTrace, why: String, style: RenderStyle) -> String {
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
    let language = style.language
    let say = { (id: MessageID, arguments: [String]) in Messages.text(id, arguments: arguments, in: language) }
    let ink = Ink(colors: style.colors)
    var out: [String] = []
    if let chosen = trace.chosenHost {
      out.append(ink.bold(say(.traceTitlePlaced, [trace.serverName, chosen])))
    } else {
      out.append(ink.bold(say(.traceTitleNoHost, [trace.serverName])))
    }
    out.append(contentsOf: wrap(context(trace, language: language), width: style.columns))
    out.append("")
    let looked = trace.hosts.count
    out.append(looked == 1 ? say(.traceLookedAtOne, []) : say(.traceLookedAt, [String(looked)]))
    let nameWidth = trace.hosts.map { TextWidth.of($0.host) }.max() ?? 0
    for verdict in trace.hosts {
      let label = "  " + TextWidth.pad(verdict.host, to: nameWidth) + "  "
      let indent = String(repeating: " ", count: nameWidth + 4)
      if let stage = verdict.removedBy {
        let text = say(
          .traceRuledOut, [ink.paint(say(.traceRuledOutWord, []), .red), stage, reason(verdict.reason, in: language)])
        out.append(contentsOf: wrap(text, width: style.columns, first: label, rest: indent))
      } else {
        let passed = ink.paint(say(.tracePassedWord, []), .green)
        let text = verdict.score.map { say(.tracePassedWeight, [passed, PlacementExplainer.number($0, language)]) }
        out.append(contentsOf: wrap(text ?? passed, width: style.columns, first: label, rest: indent))
        let terms = verdict.weights.filter { $0.contribution != 0 }
        if !terms.isEmpty {
          let parts = terms.map { "\($0.weigher) \(signed($0.contribution, language))" }.joined(separator: ", ")
          out.append(contentsOf: wrap("(" + parts + ")", width: style.columns, first: indent, rest: indent))
        }
      }
    }
    out.append("")
    var summary = TerminalSafe.plain(why) + "."
    if trace.chosenHost == nil {
      summary += " " + say(.traceFault, [trace.failure ?? Fault.noValidHostNotEnoughHosts])
    }
    out.append(contentsOf: wrap(summary, width: style.columns))
    return out.joined(separator: "\n") + "\n"
  }

  /// Who the server is: its group and its request.
  static func context(_ trace: SchedulingTrace, language: Language) -> String {
    var text: String
    if let group = trace.group {
      let policy = policySummary(group.policy, maxServerPerHost: group.maxServerPerHost, language: language)
      text = Messages.text(
        .traceInGroup, trace.serverName, Messages.quoted(group.name, in: language), policy, in: language)
    } else {
      text = Messages.text(.traceNoGroup, trace.serverName, in: language)
    }
    if trace.requestSize > 1 {
      text +=
        " " + Messages.text(.traceRequestPosition, String(trace.position), String(trace.requestSize), in: language)
    }
    return text
  }

  /// What the group's policy asks, in one clause.
  static func policySummary(_ policy: Policy, maxServerPerHost: Int?, language: Language) -> String {
    switch policy {
    case .affinity: return Messages.text(.policySummaryAffinity, in: language)
    case .antiAffinity:
      let most = maxServerPerHost ?? 1
      let members =
        most == 1
        ? Messages.text(.countMember, in: language) : Messages.text(.countMembers, String(most), in: language)
      return Messages.text(.policySummaryAntiAffinity, members, in: language)
    case .softAffinity: return Messages.text(.policySummarySoftAffinity, in: language)
    case .softAntiAffinity: return Messages.text(.policySummarySoftAntiAffinity, in: language)
    }
  }

  /// The simulated scheduler's reasons, which it words in English, matched against the catalog's English
  /// texts and told in `language`; a reason the catalog does not know stays as it is.
  static func reason(_ reason: String, in language: Language) -> String {
    guard language != .en else { return reason }
    let reasons: [ShellMessageID] = [
      .reasonDisabled, .reasonNoRoom, .reasonEvacuated, .reasonNotRequested, .reasonDown, .reasonHoldsMember,
      .reasonHoldsMembers, .reasonAffinityElsewhere, .reasonCapabilityFound, .reasonCapabilityMissing, .reasonImage,
    ]
    for id in reasons {
      if let values = ShellMessages.arguments(of: reason, in: ShellMessages.english(id)) {
        return ShellMessages.fill(ShellMessages.template(id, in: language), values)
      }
    }
    return reason
  }

  /// A weigher's contribution with its sign, as `+1.00` or `-0.50`.
  static func signed(_ value: Double, _ language: Language) -> String {
    let number = PlacementExplainer.number(value, language)
    return number.hasPrefix("-") ? number : "+" + number
  }

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
