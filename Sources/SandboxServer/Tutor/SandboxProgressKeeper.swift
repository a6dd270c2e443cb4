import Foundation
import LessonEngine

/// A browser participant's tutor progress, kept by the sandbox: in memory, and in the `--state` store when there
/// is one, so a closed tab or a restarted sandbox goes on where the participant was.
struct SandboxProgressKeeper: ProgressKeeper {
  let userID: String
  let tutor: BrowserTutor
  let store: StateStore?
  /// How the tutor names the place (`progressSavedOnQuit`).
  let path: String

  func save(_ progress: LessonEngine.Progress) async throws(ProgressStoreError) {
    tutor.setProgress(progress, userID: userID)
    guard let store else { return }
    do {
      try await store.saveTutorProgress(try JSONEncoder().encode(progress), userID: userID)
    } catch {
      throw ProgressStoreError(path: path, reason: "the sandbox could not save it: \(error)")
    }
  }

  /// The progress to start a session with: memory first, then the store, else a fresh start.
  static func load(userID: String, tutor: BrowserTutor, store: StateStore?) async -> LessonEngine.Progress {
    if let kept = tutor.progress(userID: userID) { return kept }
    guard let store, let data = try? await store.tutorProgress(userID: userID),
      let progress = try? JSONDecoder().decode(Progress.self, from: data)
    else { return Progress() }
    tutor.setProgress(progress, userID: userID)
    return progress
  }
}
