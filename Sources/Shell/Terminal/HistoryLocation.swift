/// Where the shell keeps its history: `$XDG_STATE_HOME/sgtutor/history`, by default
/// `~/.local/state/sgtutor/history`.
package enum HistoryLocation {
  /// The history file's path, or nil when neither `XDG_STATE_HOME` nor `HOME` is set.
  package static func path(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/sgtutor/history"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/sgtutor/history"
  }
}
