import ServerGroupsCore

/// Draws hosts side by side, each server inside its host and marked with its group's letter. With colours
/// off it uses only ASCII, so it reads the same in a pipe, a log or a `TERM=dumb` terminal. Its own words
/// (host states, legend) are in the style's language.
package enum PlacementRenderer {
  package static func render(_ placement: Placement, style: RenderStyle) -> String {
    let words = DiagramWords.of(style.language)
    let ink = Ink(colors: style.colors)
    guard !placement.hosts.isEmpty else {
      // A project on a real cloud sees hosts only through its servers; it may still have some to list.
      guard case .project = placement.view else { return words.noHosts + "\n" }
      return words.noProjectHosts + "\n" + legend(placement, ink: ink, width: style.columns, words: words)
    }
    let count = placement.hosts.count
    let perRow = max(1, min(count, (style.columns + 1) / 17))
    let boxWidth = min(30, max(16, (style.columns - (perRow - 1)) / perRow))
    var out = ""
    var start = 0
    while start < count {
      let row = Array(placement.hosts[start..<min(count, start + perRow)])
      let boxes = row.map { box($0, width: boxWidth, ink: ink, words: words) }
      let height = boxes.map(\.count).max() ?? 0
      for line in 0..<height {
        let parts = boxes.map { line < $0.count ? $0[line] : String(repeating: " ", count: boxWidth) }
        out += trimTrailing(parts.joined(separator: " ")) + "\n"
      }
      start += perRow
    }
    out += legend(placement, ink: ink, width: style.columns, words: words)
    return out
  }

  /// One host's box, every line exactly `width` columns wide.
  static func box(_ host: Placement.Host, width: Int, ink: Ink, words: DiagramWords = .english) -> [String] {
    let inner = width - 4
    let state: String
    switch (host.isUp, host.isEnabled) {
    case (true, true): state = host.isFilled ? words.full : words.up
    case (false, true): state = words.down
    case (true, false): state = words.disabled
    case (false, false): state = words.downDisabled
    }
    let stateInk: Ink.Color? = !host.isUp ? .red : !host.isEnabled || host.isFilled ? .yellow : nil
    let title = TextWidth.truncate(TerminalSafe.plain(host.name), to: inner, ellipsis: ink.ellipsis)
    let name = ink.side(ink.bold(TextWidth.pad(title, to: inner)))
    var lines: [String] = [ink.top(width), name]
    if host.usageOnly {
      // Only the project's own servers are known: what they use, with no state and no size.
      lines.append(ink.side(TextWidth.pad("vCPU \(host.vcpusUsed)", to: inner)))
      let ram = "RAM " + gigabytes(host.ramUsedMB, separator: words.decimalSeparator) + " GB"
      lines.append(ink.side(TextWidth.pad(TextWidth.truncate(ram, to: inner), to: inner)))
    } else {
      let separator = words.decimalSeparator
      let ram =
        "RAM " + gigabytes(host.ramUsedMB, separator: separator) + "/" + gigabytes(host.ramMB, separator: separator)
        + " GB"
      lines.append(ink.side(ink.paint(TextWidth.pad(TextWidth.truncate(state, to: inner), to: inner), stateInk)))
      lines.append(ink.side(TextWidth.pad("vCPU \(host.vcpusUsed)/\(host.vcpus)", to: inner)))
      lines.append(ink.side(TextWidth.pad(TextWidth.truncate(ram, to: inner), to: inner)))
    }
    lines.append(ink.divider(width))
    if host.servers.isEmpty { lines.append(ink.side(TextWidth.pad(words.empty, to: inner))) }
    for server in host.servers {
      // A server on a DOWN host still says ACTIVE in the API, but nobody can reach it.
      lines.append(ink.side(entry(server, width: inner, ink: ink, unreachable: !host.usageOnly && !host.isUp)))
    }
    lines.append(ink.bottom(width))
    return lines
  }

  /// `A web-1` (group A), `- web-2` (no group), `A db-3 ERROR`, padded to `width`.
  static func entry(_ server: Placement.Entry, width: Int, ink: Ink, unreachable: Bool = false) -> String {
    let mark = server.group.map(Placement.mark) ?? "-"
    let suffix = (server.status == .active ? "" : " " + server.status.rawValue) + (unreachable ? " !" : "")
    // Made visible before measuring, so a name holding control characters keeps the box square.
    let visible = TerminalSafe.plain(server.name)
    let name = TextWidth.truncate(visible, to: max(1, width - 2 - suffix.count), ellipsis: ink.ellipsis)
    let plain = TextWidth.pad(mark + " " + name + suffix, to: width)
    guard ink.colors else { return plain }
    let color = server.group.map { Ink.groupColors[$0 % Ink.groupColors.count] }
    let tail = String(repeating: " ", count: max(0, width - TextWidth.of(mark + " " + name + suffix)))
    return ink.paint(mark, color) + " " + ink.paint(name, color)
      + ink.paint(suffix, server.status == .error ? .red : .yellow) + tail
  }

  static func legend(_ placement: Placement, ink: Ink, width: Int, words: DiagramWords = .english) -> String {
    var out = ""
    if !placement.unplaced.isEmpty {
      let names = placement.unplaced.map { server in
        (server.group.map { Placement.mark($0) + " " } ?? "") + TerminalSafe.plain(server.name) + " "
          + server.status.rawValue
      }
      out += wrap(words.onNoHost + ": " + names.joined(separator: ", "), width: width, ink: ink, color: .red)
    }
    if placement.groups.isEmpty {
      out += words.groups + ": " + words.noGroupsYet + "\n"
    } else {
      let keys = placement.groups.enumerated().map { index, group in
        let rule = group.maxServerPerHost.map { words.maxPerHost.replacing("{1}", with: String($0)) } ?? ""
        return ink.paint(Placement.mark(index), Ink.groupColors[index % Ink.groupColors.count]) + " = "
          + TerminalSafe.plain(group.name)
          + " (" + group.policy.rawValue + rule + ")"
      }
      out += wrap(
        words.groups + ": " + keys.joined(separator: "; ") + "; " + words.noGroup, width: width, ink: ink, color: nil)
    }
    if placement.hosts.contains(where: { !$0.isUp && !$0.usageOnly && !$0.servers.isEmpty }) {
      out += wrap(words.unreachable, width: width, ink: ink, color: .red)
    }
    if case .project(namedByHostID: true) = placement.view, !placement.hosts.isEmpty {
      out += wrap(words.projectHostIDs, width: width, ink: ink, color: nil)
    }
    return out
  }

  /// Wraps a legend line at spaces to `width` columns (colour codes count as zero width).
  static func wrap(_ text: String, width: Int, ink: Ink, color: Ink.Color?) -> String {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      let candidate = current.isEmpty ? word : current + " " + word
      if !current.isEmpty && Ink.visibleWidth(candidate) > width {
        lines.append(current)
        current = "  " + word
      } else {
        current = candidate
      }
    }
    lines.append(current)
    return lines.map { ink.paint($0, color) + "\n" }.joined()
  }

  /// Megabytes as gigabytes to one decimal, written with the language's decimal separator.
  static func gigabytes(_ megabytes: Int, separator: String = ".") -> String {
    let tenths = megabytes.clampedMultiplied(by: 10).clampedAdding(512) / 1024  // a real cloud may say anything
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10)\(separator)\(tenths % 10)"
  }

  static func trimTrailing(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
