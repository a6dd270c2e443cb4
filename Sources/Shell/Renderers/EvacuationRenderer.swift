import ServerGroupsCore

/// Says, server by server, where an evacuated host's servers went.
package enum EvacuationRenderer {
  package static func render(host: String, _ outcomes: [EvacuationOutcome]) -> String {
    guard !outcomes.isEmpty else { return "\(host) had no servers to evacuate.\n" }
    var out = "Evacuated \(host):\n"
    for outcome in outcomes {
      if let target = outcome.toHost {
        out += "  \(outcome.serverName): \(outcome.fromHost) -> \(target)\n"
      } else {
        out += "  \(outcome.serverName): no host qualified; it is ERROR and stays on \(outcome.fromHost)"
        out += outcome.message.map { " (\($0))" } ?? ""
        out += "\n"
      }
    }
    return out
  }
}
