import ServerGroupsCore

/// On a real cloud, what the lesson supposes happened in the steps that need the simulator's powers (a real
/// cloud does not let a project fail a host): later text is filled from the learner's real servers as if those
/// hosts were down, so "db-1 on Host A went with it" names what the learner really has.
struct Imagined: Sendable, Equatable {
  /// Hosts supposed down, by the names lesson text uses (`Host A`, or a host name for an admin).
  private(set) var downHosts: [String] = []

  /// Takes in one solution line of such a step, as filled in (`host fail Host A`).
  mutating func suppose(_ line: String) {
    let words = line.split(separator: " ").map(String.init)
    guard words.count > 2, words[0] == "host" else { return }
    let host = words.dropFirst(2).joined(separator: " ")
    switch words[1] {
    case "fail": if !downHosts.contains(host) { downHosts.append(host) }
    case "recover": downHosts.removeAll { $0 == host }
    default: break
    }
  }

  /// The state with the supposed failures in it: the servers of a host supposed down report it DOWN.
  func applied(to state: CloudState) -> CloudState {
    guard !downHosts.isEmpty else { return state }
    var supposed = state
    supposed.servers = state.servers.map { server in
      guard let host = state.hostName(of: server), downHosts.contains(host) else { return server }
      var down = server
      down.hostStatus = .down
      return down
    }
    return supposed
  }
}

extension LessonStep {
  /// Whether the step's solution uses a power only the simulator has (`host fail`, `host evacuate`, `why`,
  /// …). On a real cloud such a step is explained instead of done.
  package var needsSimulator: Bool {
    solution.contains { SimulatorCommands.isSimulatorOnly($0) }
  }
}

/// The shell's commands that only the simulator offers, as lesson solutions spell them.
package enum SimulatorCommands {
  /// `host fail|recover|disable|enable|fill|drain|evacuate` and `why` (`server evacuate` is the openstack CLI's).
  package static func isSimulatorOnly(_ line: Template) -> Bool {
    // The command's own words come before any placeholder.
    guard case .text(let text)? = line.pieces.first else { return false }
    let words = CommandWords.normalized(text.split(separator: " ").map(String.init))
    switch words.first {
    case "host": return words.count > 1 && hostActions.contains(words[1])
    case "why": return true
    default: return false
    }
  }

  static let hostActions = Set(HostAction.allCases.map(\.rawValue))
}
