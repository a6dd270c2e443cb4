import Foundation
import ServerGroupsCore

/// `sgtutor room`: the instructor's room in the terminal, drawn from `GET /sgtutor/v1/room`'s JSON. Each
/// participant gets a heading (lesson, step, time on it, stuck, ERROR) and the same placement diagram as `hosts`;
/// with `compact`, one line each. Stuck participants and those with servers in ERROR come first.
package enum RoomRenderer {
  package static func render(_ room: JSONValue, style: RenderStyle, now: Date, compact: Bool = false) -> String {
    let participants = sorted(list(room["participants"]), now: now, stuckAfter: int(room["stuck_after_seconds"]) ?? 600)
    let stuck = participants.filter { isStuck($0, now: now, stuckAfter: int(room["stuck_after_seconds"]) ?? 600) }
    let errors = participants.filter { errorCount($0) > 0 }
    var out =
      "Room: \(plural(participants.count, "participant")), \(stuck.count) stuck, "
      + "\(errors.count) with servers in ERROR\n"
    let hosts = list(room["hosts"]).compactMap { host -> String? in
      guard let name = host["name"]?.stringValue else { return nil }
      let up = bool(host["up"]) ?? true
      let enabled = bool(host["enabled"]) ?? true
      return up && enabled ? nil : name + " " + (up ? "disabled" : enabled ? "DOWN" : "DOWN, disabled")
    }
    if !hosts.isEmpty { out += "Hosts: " + hosts.joined(separator: "; ") + "\n" }
    if let text = room["message"]?["text"]?.stringValue { out += "Message to everyone: \(text)\n" }
    let stuckAfter = int(room["stuck_after_seconds"]) ?? 600
    for participant in participants {
      out += compact ? "" : "\n"
      out += heading(participant, now: now, stuckAfter: stuckAfter) + "\n"
      guard !compact else { continue }
      out += "  last request " + (date(participant["last_request"]).map { ago($0, now: now) } ?? "never") + "\n"
      if let problem = participant["error"]?.stringValue { out += "  error: \(problem)\n" }
      out += PlacementRenderer.render(placement(participant), style: style)
    }
    return out
  }

  /// `participant-1  lesson 2 (DB Cluster), step 3: … · 12:03 on it · STUCK · 1 ERROR`.
  static func heading(_ participant: JSONValue, now: Date, stuckAfter: Int) -> String {
    var parts = [participant["name"]?.stringValue ?? "?"]
    if let lesson = participant["lesson"]?.stringValue {
      var text = "lesson \(lesson)"
      if let title = participant["lesson_title"]?.stringValue, !title.isEmpty { text += " (\(title))" }
      if let step = int(participant["step"]) { text += ", step \(step)" }
      if let title = participant["step_title"]?.stringValue, !title.isEmpty { text += ": \(title)" }
      if let started = date(participant["step_started"]) {
        text += ", " + duration(now.timeIntervalSince(started)) + " on it"
      }
      parts.append(text)
    } else {
      parts.append("not using sgtutor's lessons")
    }
    parts.append(plural(list(participant["servers"]).count, "server"))
    if isStuck(participant, now: now, stuckAfter: stuckAfter) { parts.append("STUCK") }
    let errors = errorCount(participant)
    if errors > 0 { parts.append("\(errors) ERROR") }
    if bool(participant["on_down_host"]) == true { parts.append("on a DOWN host") }
    return parts.joined(separator: " · ")
  }

  /// The participant's hosts and servers as the `hosts` diagram's picture (letters by group, in list order).
  package static func placement(_ participant: JSONValue) -> Placement {
    let groups = list(participant["groups"])
    var groupOf: [String: Int] = [:]
    for (index, group) in groups.enumerated() {
      for member in list(group["members"]).compactMap(\.stringValue) where groupOf[member] == nil {
        groupOf[member] = index
      }
    }
    var entries: [String: Placement.Entry] = [:]
    for server in list(participant["servers"]) {
      guard let id = server["id"]?.stringValue else { continue }
      let status = server["status"]?.stringValue.flatMap(ServerStatus.init(rawValue:)) ?? .error
      entries[id] = Placement.Entry(name: server["name"]?.stringValue ?? id, status: status, group: groupOf[id])
    }
    var placed: Set<String> = []
    let hosts = list(participant["hosts"]).map { host in
      let ids = list(host["servers"]).compactMap(\.stringValue)
      placed.formUnion(ids)
      return Placement.Host(
        name: host["name"]?.stringValue ?? "?", isUp: bool(host["up"]) ?? true,
        isEnabled: bool(host["enabled"]) ?? true,
        isFilled: bool(host["full"]) ?? false, vcpus: int(host["vcpus"]) ?? 0, vcpusUsed: int(host["vcpus_used"]) ?? 0,
        ramMB: int(host["ram_mb"]) ?? 0, ramUsedMB: int(host["ram_used_mb"]) ?? 0,
        servers: ids.compactMap { entries[$0] })
    }
    let unplaced = list(participant["servers"]).compactMap { server -> Placement.Entry? in
      guard let id = server["id"]?.stringValue, !placed.contains(id) else { return nil }
      return entries[id]
    }
    let keys = groups.map { group in
      Placement.GroupKey(
        name: group["name"]?.stringValue ?? "?",
        policy: group["policy"]?.stringValue.flatMap(Policy.init(rawValue:)) ?? .antiAffinity,
        maxServerPerHost: int(group["rules"]?["max_server_per_host"]))
    }
    return Placement(hosts: hosts, unplaced: unplaced, groups: keys)
  }

  static func sorted(_ participants: [JSONValue], now: Date, stuckAfter: Int) -> [JSONValue] {
    participants.enumerated().sorted { left, right in
      let a = rank(left.element, now: now, stuckAfter: stuckAfter)
      let b = rank(right.element, now: now, stuckAfter: stuckAfter)
      return a != b ? a < b : left.offset < right.offset
    }.map(\.element)
  }

  private static func rank(_ participant: JSONValue, now: Date, stuckAfter: Int) -> Int {
    (isStuck(participant, now: now, stuckAfter: stuckAfter) ? 0 : 2) + (errorCount(participant) > 0 ? 0 : 1)
  }

  static func isStuck(_ participant: JSONValue, now: Date, stuckAfter: Int) -> Bool {
    guard let started = date(participant["step_started"]) else { return false }
    return Int(now.timeIntervalSince(started)) >= stuckAfter
  }

  static func errorCount(_ participant: JSONValue) -> Int {
    list(participant["servers"]).filter { $0["status"]?.stringValue == "ERROR" }.count
  }

  static func duration(_ interval: TimeInterval) -> String {
    let seconds = max(0, Int(interval))
    let (hours, minutes) = (seconds / 3600, seconds / 60 % 60)
    let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return hours > 0 ? "\(hours):\(two(minutes)):\(two(seconds % 60))" : "\(minutes):\(two(seconds % 60))"
  }

  static func ago(_ date: Date, now: Date) -> String {
    let seconds = now.timeIntervalSince(date)
    return seconds < 5 ? "just now" : duration(seconds) + " ago"
  }

  /// `1 server`, `2 servers`.
  static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)" + (count == 1 ? "" : "s") }

  /// A count in an answer (0 when missing).
  package static func count(_ value: JSONValue?) -> Int { int(value) ?? 0 }

  // Small readers (the shell does not depend on the wire module).
  static func list(_ value: JSONValue?) -> [JSONValue] {
    if case .array(let items)? = value { return items }
    return []
  }

  static func int(_ value: JSONValue?) -> Int? {
    switch value {
    case .int(let number)?: number
    case .double(let number)?: Int(exactly: number)
    default: nil
    }
  }

  static func bool(_ value: JSONValue?) -> Bool? {
    if case .bool(let flag)? = value { return flag }
    return nil
  }

  static func date(_ value: JSONValue?) -> Date? {
    guard let text = value?.stringValue else { return nil }
    return try? Date(text, strategy: Date.ISO8601FormatStyle())
  }
}
