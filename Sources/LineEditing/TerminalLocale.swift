#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sets the C locale from the environment so libedit reads and writes UTF-8.
///
/// libedit never calls setlocale itself and silently drops non-ASCII input in the C locale, so a group named
/// "Bådø klynge" could not be typed. When the user's locale is not installed, or it is C/POSIX, character
/// handling falls back to C.UTF-8 (what Python does for the C locale, PEP 538).
package enum TerminalLocale {
  /// What `configure()` ended up with, for messages and tests.
  package enum Outcome: Equatable, Sendable {
    /// The environment's locale is installed and uses UTF-8.
    case fromEnvironment
    /// The environment asked for a locale that is not installed; C.UTF-8 is used instead.
    case fellBackToCUTF8
    /// The environment's locale is C/POSIX or another non-UTF-8 one; characters use C.UTF-8.
    case charactersCoercedToCUTF8
    /// Not even C.UTF-8 exists here; non-ASCII input may be dropped.
    case noUTF8Locale
  }

  /// Applies the environment's locale with the fallbacks above; numbers keep the C format so output is stable.
  @discardableResult
  package static func configure() -> Outcome {
    var outcome = Outcome.fromEnvironment
    if setlocale(LC_ALL, "") == nil {
      outcome = setlocale(LC_ALL, "C.UTF-8") == nil ? .noUTF8Locale : .fellBackToCUTF8
    } else if !characterSetIsUTF8() {
      outcome = setlocale(LC_CTYPE, "C.UTF-8") == nil ? .noUTF8Locale : .charactersCoercedToCUTF8
    }
    // Decimal commas from a user's LC_NUMERIC must not leak into tables and JSON.
    setlocale(LC_NUMERIC, "C")
    return outcome
  }

  /// Whether LC_CTYPE's character set is UTF-8.
  static func characterSetIsUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
