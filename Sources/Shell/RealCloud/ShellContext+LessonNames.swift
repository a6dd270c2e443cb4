import LessonEngine
import ServerGroupsCore

extension ShellContext {
  /// The name to create `typed` under: on a real cloud in a lesson, with the lesson's prefix (`db-1` becomes
  /// `sgt-l3-db-1`), so the project shows what came from sgtutor. `equivalent` then shows the real name.
  func creationName(_ typed: String) -> String {
    guard let prefix = namePrefix, !typed.hasPrefix(prefix) else { return typed }
    log.substitute(typed, with: prefix + typed)
    return prefix + typed
  }

  /// Once a session, after the first thing created under a lesson's prefix: the note that says so.
  mutating func prefixNote(typed: String, created: String) -> [Output] {
    guard typed != created, !settings.prefixNoteShown else { return [] }
    settings.prefixNoteShown = true
    return [
      .note(
        "in a lesson on a real cloud sgtutor names what you create with the lesson's prefix, so you can tell it "
          + "apart in your project: \(Tokenizer.quote(typed)) is created as \(Tokenizer.quote(created)). The shell "
          + "still finds it as \(Tokenizer.quote(typed)); the openstack CLI needs \(Tokenizer.quote(created)).")
    ]
  }

  /// Exact matches by name or ID; failing those, on a real cloud, names with a lesson prefix (`DB Cluster` finds
  /// `sgt-l2-DB Cluster`), the current lesson's first. The real name is recorded for `equivalent`.
  func matching<T>(_ items: [T], _ nameOrID: String, name: (T) -> String, id: (T) -> String) -> [T] {
    let exact = items.filter { name($0) == nameOrID || id($0) == nameOrID }
    guard exact.isEmpty, controls == nil else { return exact }
    let prefixed = items.filter {
      LessonNames.prefix(of: name($0)) != nil && LessonNames.stripped(name($0)) == nameOrID
    }
    let current = prefixed.filter { item in namePrefix.map { name(item).hasPrefix($0) } ?? false }
    let chosen = current.isEmpty ? prefixed : current
    if let first = chosen.first { log.substitute(nameOrID, with: name(first)) }
    return chosen
  }
}
