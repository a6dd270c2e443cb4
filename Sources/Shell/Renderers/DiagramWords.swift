import LessonEngine

/// The placement diagram's own words (host states, legend, notes) in the tutor's language. Nova's words (ACTIVE,
/// ERROR, policy names) and the units (vCPU, RAM, GB) stay as the API and the CLI print them.
package struct DiagramWords: Sendable, Equatable {
  var up: String
  var full: String
  var down: String
  var disabled: String
  var downDisabled: String
  var empty: String
  var noHosts: String
  var onNoHost: String
  var groups: String
  var noGroupsYet: String
  var noGroup: String
  /// `, max {1} per host` after a group's policy.
  var maxPerHost: String
  /// What a project's own picture of a real cloud shows and leaves out.
  var noProjectHosts: String
  var projectHostIDs: String
  /// The legend's line for servers on a DOWN host.
  var unreachable = ""
  /// The decimal separator of the language's numbers (`7.5 GB`, `7,5 GB`).
  var decimalSeparator = "."

  /// The words for `language`.
  package static func of(_ language: Language) -> DiagramWords {
    switch language {
    case .en: english
    case .nb: norwegian
    }
  }

  static let english = DiagramWords(
    up: "up", full: "full", down: "DOWN", disabled: "disabled", downDisabled: "DOWN, disabled", empty: "(empty)",
    noHosts: "No compute hosts.", onNoHost: "On no host", groups: "Groups",
    noGroupsYet: "none yet (- = server in no group)",
    noGroup: "- = no group", maxPerHost: ", max {1} per host",
    noProjectHosts: "None of your servers is on a host yet, so there is no host to draw.",
    projectHostIDs:
      "Only the hosts your servers run on, with what your servers use there. A project sees a host only as a hostId, so they are called Host A, Host B, …",
    unreachable: "! = unreachable: its host is DOWN")

  static let norwegian = DiagramWords(
    up: "oppe", full: "full", down: "NEDE", disabled: "deaktivert", downDisabled: "NEDE, deaktivert", empty: "(tom)",
    noHosts: "Ingen verter.", onNoHost: "På ingen vert", groups: "Grupper",
    noGroupsYet: "ingen ennå (- = server uten gruppe)", noGroup: "- = ingen gruppe", maxPerHost: ", maks {1} per vert",
    noProjectHosts: "Ingen av serverne dine er på en vert ennå, så det er ingen vert å tegne.",
    projectHostIDs:
      "Bare vertene serverne dine kjører på, med det serverne dine bruker der. Et prosjekt ser en vert bare som en hostId, så de heter Host A, Host B, …",
    unreachable: "! = utilgjengelig: verten er NEDE", decimalSeparator: ",")
}
