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

  /// What a name or ID typed in the shell finds, as the SDK's `find` would, with a real cloud's lessons in mind.
  /// An ID always finds its own object. Outside a lesson, exact names first, then names with a lesson prefix
  /// (`DB Cluster` finds `sgt-l2-DB Cluster`), the current lesson's first. In a lesson on a real cloud what the
  /// lessons made comes first and the learner's own object of that name is left alone: mentioned once when the
  /// lesson has its own, refused (with the ID to use) when it has none. The real name is recorded for
  /// `equivalent`.
  /// - Parameter kind: `.kindServerGroup` or `.kindServer`, for what is said.
  func matching<T>(
    _ items: [T], _ nameOrID: String, kind: MessageID, name: (T) -> String, id: (T) -> String
  ) throws(ShellError) -> [T] {
    let byID = items.filter { id($0) == nameOrID }
    let exact = items.filter { name($0) == nameOrID }
    guard controls == nil, LessonNames.prefix(of: nameOrID) == nil else { return byID.isEmpty ? exact : byID }
    if !byID.isEmpty { return byID }
    let prefixed = items.filter {
      LessonNames.prefix(of: name($0)) != nil && LessonNames.stripped(name($0)) == nameOrID
    }
    let current = prefixed.filter { item in namePrefix.map { name(item).hasPrefix($0) } ?? false }
    let lessonMade = current.isEmpty ? prefixed : current
    guard let prefix = namePrefix else {
      if !exact.isEmpty { return exact }
      if let first = lessonMade.first { log.substitute(nameOrID, with: name(first)) }
      return lessonMade
    }
    let lesson = String(prefix.dropFirst("sgt-l".count).dropLast())
    let kindWord = Messages.text(kind, in: language)
    if let first = lessonMade.first {
      log.substitute(nameOrID, with: name(first))
      for own in exact {
        notices.once(
          "\(kind.rawValue)/\(id(own))",
          Messages.text(
            .ownObjectLeftAlone, Tokenizer.quote(nameOrID), kindWord, lesson, id(own), Tokenizer.quote(name(first)),
            in: language))
      }
      return lessonMade
    }
    if let own = exact.first {
      throw .command(
        Messages.text(.ownObjectRefused, Tokenizer.quote(nameOrID), kindWord, lesson, id(own), in: language))
    }
    return []
  }

  /// While the tutor runs a step's solution on a real cloud in a lesson (`solution`, `skip`): the note to show
  /// instead of creating any of `typed` again when the lessons made one of them already; nil when it is to be made.
  func madeAlready(_ typed: [String], existing: [String]) -> Output? {
    guard replaysSolution, controls == nil, namePrefix != nil else { return nil }
    let made = existing.filter { LessonNames.prefix(of: $0) != nil }
    for name in typed {
      guard let found = made.first(where: { LessonNames.stripped($0) == name }) else { continue }
      return .note(
        Messages.text(.alreadyMadeByLesson, Tokenizer.quote(name), Tokenizer.quote(found), in: language))
    }
    return nil
  }
}
