import LessonEngine
import ServerGroupsCore

/// The placement diagram as sentences, for screen readers and `TERM=dumb` (`--plain`): one line per host, no box
/// drawing: "compute-1, up: db-1 of DB Cluster, web-1 in no group." A server on a DOWN host is called unreachable.
package enum PlainPlacement {
  package static func render(_ placement: Placement, style: RenderStyle) -> String {
    let words = DiagramWords.of(style.language)
    let extra = style.language == .nb ? norwegian : english
    guard !placement.hosts.isEmpty || !placement.unplaced.isEmpty else { return words.noHosts + "\n" }
    var lines: [String] = []
    for host in placement.hosts {
      var state: [String] = []
      if !host.usageOnly {
        state.append(host.isUp ? words.up : words.down)
        if !host.isEnabled { state.append(words.disabled) }
        if host.isFilled { state.append(words.full) }
      }
      let head = ([host.name] + state).joined(separator: ", ")
      let servers =
        host.servers.isEmpty
        ? extra.noServers
        : host.servers.map { describe($0, placement, extra, unreachable: !host.usageOnly && !host.isUp) }
          .joined(separator: ", ")
      lines.append(head + ": " + servers + ".")
    }
    if !placement.unplaced.isEmpty {
      let servers = placement.unplaced.map { describe($0, placement, extra, unreachable: false) }
      lines.append(words.onNoHost + ": " + servers.joined(separator: ", ") + ".")
    }
    for group in placement.groups {
      var rule = ""
      if let max = group.maxServerPerHost { rule = words.maxPerHost.replacing("{1}", with: String(max)) }
      lines.append(group.name + ": " + group.policy.rawValue + rule + ".")
    }
    return lines.map { TraceRenderer.wrap($0, width: style.columns, rest: "  ").joined(separator: "\n") }
      .joined(separator: "\n") + "\n"
  }

  private static func describe(_ entry: Placement.Entry, _ placement: Placement, _ extra: Words, unreachable: Bool)
    -> String
  {
    var text = entry.name
    if let index = entry.group, placement.groups.indices.contains(index) {
      text += " " + extra.of + " " + placement.groups[index].name
    } else {
      text += " " + extra.noGroup
    }
    if entry.status != .active { text += " (" + entry.status.rawValue + ")" }
    if unreachable { text += " (" + extra.unreachable + ")" }
    return text
  }

  struct Words {
    var of: String
    var noGroup: String
    var noServers: String
    var unreachable: String
  }

  static let english = Words(of: "of", noGroup: "in no group", noServers: "no servers", unreachable: "unreachable")
  static let norwegian = Words(
    of: "i", noGroup: "uten gruppe", noServers: "ingen servere", unreachable: "utilgjengelig")
}
