/// A language the tutor speaks. English is the fallback for any text missing in another language.
package enum Language: String, CaseIterable, Sendable, Codable, Comparable {
  case en
  case nb

  /// The language named by a `--lang` value: exactly `en` or `nb` (`no` is accepted for Norwegian).
  package init?(flag: String) {
    switch flag.lowercased() {
    case "en": self = .en
    case "nb", "no": self = .nb
    default: return nil
    }
  }

  /// The language of a POSIX locale name such as `nb_NO.UTF-8`, `no_NO`, `nn_NO` or `en_GB.UTF-8`;
  /// nil for `C`, `POSIX`, empty values and languages the tutor does not have.
  package init?(locale: String) {
    let language = locale.prefix { $0.isLetter }.lowercased()
    switch language {
    case "en": self = .en
    // Nynorsk readers understand Bokmål far better than they would the English fallback.
    case "nb", "no", "nn": self = .nb
    default: return nil
    }
  }

  /// Picks the language: the `--lang` flag if given, else the first of `LC_ALL`, `LC_MESSAGES` and
  /// `LANG` that is set and not empty (the POSIX order), else English.
  package static func pick(flag: Language?, environment: [String: String]) -> Language {
    if let flag { return flag }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      // The first variable that is set decides, even when it names a language we lack.
      return Language(locale: value) ?? .en
    }
    return .en
  }

  package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
