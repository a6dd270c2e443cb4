import Foundation
import LessonEngine

/// How `sgtutor serve` offers the tutor to browsers: the lessons, the language, and the room's limits.
package struct BrowserTutorSetup: Sendable {
  /// Every lesson, in every language (parsed once; each session gets its own `Tutor` over it).
  package var library: LessonLibrary
  /// `--lang`: the language every page starts in (a participant may still pick the other on the sign-in form); nil
  /// lets each browser's Accept-Language choose.
  package var language: Language?
  /// A session with no line typed for this long ends.
  package var idleTimeout: TimeInterval
  /// Sessions a participant may have open at once; one more ends their oldest.
  package var sessionsPerParticipant: Int
  /// `--tutor-codes`: the room page shows each participant a one-time sign-in code, an alternative to the password.
  package var codes: Bool
  /// How long a one-time code can be used.
  package var codeLifetime: TimeInterval = 15 * 60
  /// Wrong codes a participant may type before their code is replaced by a new one.
  package var codeTries = 5

  package init(
    library: LessonLibrary, language: Language? = nil, idleTimeout: TimeInterval = 30 * 60,
    sessionsPerParticipant: Int = 3, codes: Bool = false
  ) {
    self.library = library
    self.language = language
    self.idleTimeout = idleTimeout
    self.sessionsPerParticipant = sessionsPerParticipant
    self.codes = codes
  }

  /// The language of a new session: the one picked on the sign-in form when there is one, else `--lang`, else
  /// the browser's (`language(acceptLanguage:)`).
  package func language(picked: Language?, acceptLanguage: String?) -> Language {
    picked ?? language(acceptLanguage: acceptLanguage)
  }

  /// The language for a browser: `--lang` when given, else the first of Accept-Language's languages the tutor
  /// speaks (`nb-NO,nb;q=0.9,en;q=0.8`), else English.
  package func language(acceptLanguage: String?) -> Language {
    if let language { return language }
    let ranked = (acceptLanguage ?? "").split(separator: ",").enumerated().compactMap {
      index, item -> (Double, Int, Language)? in
      let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let tag = parts.first, let language = Language(locale: tag.replacingOccurrences(of: "-", with: "_"))
      else { return nil }
      let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
      return quality > 0 ? (quality, index, language) : nil
    }
    return ranked.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.first?.2 ?? .en
  }
}
