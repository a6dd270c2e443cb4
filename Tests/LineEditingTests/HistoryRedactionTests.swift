import LineEditing
import Testing

@Suite struct HistoryRedactionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let line: String
    let stored: String
    var testDescription: String { line }
  }

  static let cases: [Case] = [
    Case(line: "server list", stored: "server list"),
    Case(line: "server list --os-password secret", stored: "server list --os-password ***"),
    Case(line: "server list --os-password=secret", stored: "server list --os-password ***"),
    Case(line: "--os-password secret server list", stored: "--os-password *** server list"),
    Case(line: "server list --os-password   secret -f json", stored: "server list --os-password *** -f json"),
    Case(line: "x --os-password \"two words\" -f json", stored: "x --os-password *** -f json"),
    Case(line: "x --os-password='it''s' y", stored: "x --os-password *** y"),
    Case(line: "x --os-password \"a \\\" b\" y", stored: "x --os-password *** y"),
    Case(line: "x --os-password a\\ b y", stored: "x --os-password *** y"),
    Case(line: "x --os-password \"never closed", stored: "x --os-password ***"),
    Case(line: "x --os-password= y", stored: "x --os-password *** y"),
    Case(line: "x --os-password=a --os-password b", stored: "x --os-password *** --os-password ***"),
    Case(line: "x --os-password pässwørd ✓", stored: "x --os-password *** ✓"),
    // The token and the application credential's secret, in every form.
    Case(line: "server list --os-token secret", stored: "server list --os-token ***"),
    Case(line: "server list --os-token=secret -f json", stored: "server list --os-token *** -f json"),
    Case(line: "x --os-token 'secret with spaces' y", stored: "x --os-token *** y"),
    Case(line: "x --os-token=\"secret b\" y", stored: "x --os-token *** y"),
    Case(line: "x --os-application-credential-secret secret", stored: "x --os-application-credential-secret ***"),
    Case(
      line: "x --os-application-credential-secret='secret b' y",
      stored: "x --os-application-credential-secret *** y"),
    Case(
      line: "x --os-application-credential-id abc --os-application-credential-secret secret",
      stored: "x --os-application-credential-id abc --os-application-credential-secret ***"),
    // The option itself quoted or escaped: the shell sees the same word.
    Case(line: "x \"--os-password\" secret y", stored: "x \"--os-password\" *** y"),
    Case(line: "x '--os-token=secret' y", stored: "x --os-token *** y"),
    Case(line: #"x --os-pass\word secret"#, stored: #"x --os-pass\word ***"#),
    // Unambiguous abbreviations, as argparse takes them.
    Case(line: "server list --os-pass secret", stored: "server list --os-pass ***"),
    Case(line: "server list --os-pass=secret", stored: "server list --os-pass ***"),
    Case(line: "x --os-pa 'secret b' y", stored: "x --os-pa *** y"),
    Case(line: "x --os-passwor secret", stored: "x --os-passwor ***"),
    Case(line: "x --os-tok secret", stored: "x --os-tok ***"),
    Case(line: "x --os-t=secret", stored: "x --os-t ***"),
    Case(line: "x --os-application-credential-s secret", stored: "x --os-application-credential-s ***"),
    Case(line: "x --os-application-credential-sec=secret y", stored: "x --os-application-credential-sec *** y"),
    // A secret option where a value was expected is an option, not the value.
    Case(line: "x --os-password --os-token secret", stored: "x --os-password --os-token ***"),
    // Nothing to hide yet.
    Case(line: "x --os-password", stored: "x --os-password"),
    Case(line: "x --os-password   ", stored: "x --os-password   "),
    // Other options and words that only contain the text.
    Case(line: "x --os-password-file f", stored: "x --os-password-file f"),
    Case(line: "x no--os-password y", stored: "x no--os-password y"),
    Case(line: "x --os-username demo", stored: "x --os-username demo"),
    Case(line: "x --os-tokens demo", stored: "x --os-tokens demo"),
    Case(line: "x --os-application-credential-id demo", stored: "x --os-application-credential-id demo"),
    Case(line: "x --os-application-credential-name demo", stored: "x --os-application-credential-name demo"),
    // Ambiguous abbreviations (argparse refuses them) are hidden all the same: --os-p may have been a password.
    Case(line: "x --os-p demo", stored: "x --os-p ***"),
    Case(line: "x --os-a demo", stored: "x --os-a ***"),
    Case(line: "x --os-application-credential- demo", stored: "x --os-application-credential- ***"),
    Case(line: "x --os- demo", stored: "x --os- demo"),
    Case(line: "x -- demo", stored: "x -- demo"),
  ]

  @Test(arguments: cases)
  func storesRedactedLine(_ example: Case) {
    #expect(HistoryRedaction.redact(example.line) == example.stored)
  }

  @Test func secretNeverSurvives() {
    for example in Self.cases {
      // Every value called "secret…" must be gone; only the option name --os-application-credential-secret may stay.
      let stored = HistoryRedaction.redact(example.line).replacing("credential-secret", with: "credential-")
      #expect(!stored.contains("secret"), "\(example.line)")
    }
  }
}
