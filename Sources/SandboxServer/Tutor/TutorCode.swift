import Foundation

/// A one-time sign-in code for the browser tutor (`serve --tutor-codes`): six letters and digits the instructor's
/// room page shows, typed by the participant instead of their password. It signs in once, until it expires, and a
/// few wrong guesses replace it.
struct TutorCode: Sendable, Equatable {
  /// Six characters without look-alikes (no I, L, O, 0 or 1), so a code read off a projector is typed right.
  static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
  static let length = 6

  /// The code as typed and compared: upper case, no separator.
  var value: String
  var expires: Date
  /// Wrong codes still allowed before this one is replaced.
  var triesLeft: Int

  static func make(lifetime: TimeInterval, tries: Int, now: Date, using random: inout some RandomNumberGenerator)
    -> TutorCode
  {
    let value = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    return TutorCode(value: value, expires: now.addingTimeInterval(lifetime), triesLeft: tries)
  }

  /// As the room shows it: `K7M-P2Q`.
  var shown: String { String(value.prefix(3)) + "-" + String(value.dropFirst(3)) }

  /// What a participant typed, as a code: spaces and dashes dropped, upper case (`k7m p2q` → `K7MP2Q`).
  static func normalized(_ typed: String) -> String {
    String(typed.uppercased().filter { !$0.isWhitespace && $0 != "-" })
  }
}
