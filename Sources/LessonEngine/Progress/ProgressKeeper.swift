/// Where a learner's progress is kept: `progress.json` for the terminal (`ProgressStore`), the workshop sandbox's
/// store for a session in the browser.
package protocol ProgressKeeper: Sendable {
  /// Where the progress is, as the tutor names it to the learner (`~/.local/state/sgtutor/progress.json`).
  var path: String { get }
  /// Writes the progress; the tutor reports a failure once and goes on.
  func save(_ progress: Progress) async throws(ProgressStoreError)
}

extension ProgressStore: ProgressKeeper {}
