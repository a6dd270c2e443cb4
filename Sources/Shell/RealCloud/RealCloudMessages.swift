import LessonEngine
import ServerGroupsCore

/// What the shell says about safety on a real cloud, in the user's language (texts in `ShellMessages`).
package enum RealCloudMessages {
  static func noConsentWithoutTerminal(_ language: Language) -> String {
    ShellMessages.text(.consentNoTerminal, in: language)
  }

  /// The group ledger's file could not be written.
  static func ledgerUnwritten(path: String, reason: String, _ language: Language) -> String {
    ShellMessages.text(.ledgerUnwritten, path, reason, in: language)
  }

  /// A group was created but could not be noted for `cleanup`.
  static func groupNotInLedger(name: String, id: String, problem: String, _ language: Language) -> String {
    ShellMessages.text(.groupNotInLedger, name, id, problem, in: language)
  }

  static func declined(_ language: Language) -> String { ShellMessages.text(.consentDeclined, in: language) }

  /// The once-per-session question before the first server.
  static func question(
    cloud: String, count: Int, flavor: Flavor?, flavorID: FlavorID, limits: Limits?, _ language: Language
  ) -> String {
    let size =
      flavor.map { "\($0.name) (\($0.vcpus) vCPU, \($0.ramMB) MB RAM, \($0.diskGB) GB disk)" }
      ?? flavorID.rawValue
    var lines = [
      count == 1
        ? ShellMessages.text(.consentAboutOne, size, cloud, in: language)
        : ShellMessages.text(.consentAbout, String(count), size, cloud, in: language)
    ]
    if let limits {
      lines.append(
        ShellMessages.text(
          .consentQuota, String(limits.instancesUsed), String(limits.maxInstances), String(limits.coresUsed),
          String(limits.maxCores), in: language))
    }
    lines.append(ShellMessages.text(.consentCost, in: language))
    lines.append(ShellMessages.text(.consentAsk, in: language))
    return lines.joined(separator: "\n")
  }

  /// Asked when the project can use several networks and owns none of them.
  static func networkQuestion(_ names: [String], _ language: Language) -> String {
    ShellMessages.text(.networkQuestion, names.joined(separator: ", "), in: language)
  }

  static func unknownNetwork(_ answer: String, _ names: [String], _ language: Language) -> String {
    let choices = names.joined(separator: ", ")
    return answer.isEmpty
      ? ShellMessages.text(.networkNoneChosen, choices, in: language)
      : ShellMessages.text(.networkUnknown, answer, choices, in: language)
  }
}
