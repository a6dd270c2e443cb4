import LessonEngine
import ServerGroupsCore

/// Says, server by server, where an evacuated host's servers went.
package enum EvacuationRenderer {
  package static func render(host: String, _ outcomes: [EvacuationOutcome], language: Language = .en) -> String {
    guard !outcomes.isEmpty else { return ShellMessages.text(.evacuatedNothing, host, in: language) + "\n" }
    var out = ShellMessages.text(.evacuatedHeader, host, in: language) + "\n"
    for outcome in outcomes {
      if let target = outcome.toHost {
        out += "  " + ShellMessages.text(.evacuatedMoved, outcome.serverName, outcome.fromHost, target, in: language)
      } else {
        out += "  " + ShellMessages.text(.evacuatedStuck, outcome.serverName, outcome.fromHost, in: language)
        out += outcome.message.map { " (\($0))" } ?? ""
      }
      out += "\n"
    }
    return out
  }
}
