import LessonEngine
import ServerGroupsCore

/// `explain POLICY`: what a server group policy does, when it fails, and how to ask for it.
package enum PolicyExplainer {
  /// - Parameter hosts: how many hosts the cloud has (the simulator's region), or nil when a project cannot know.
  package static func render(_ policy: Policy, hosts: Int? = nil, style: RenderStyle) -> String {
    let ink = Ink(colors: style.colors)
    let language = style.language
    let title = ShellMessages.text(policy.isSoft ? .explainSoft : .explainHard, policy.rawValue, in: language)
    var out = [ink.bold(title)]
    for paragraph in paragraphs(policy, hosts: hosts, language: language) {
      out.append(contentsOf: TraceRenderer.wrap(paragraph, width: style.columns))
      out.append("")
    }
    let rule = policy == .antiAffinity ? " [--rule max_server_per_host=2]" : ""
    out.append(
      contentsOf: TraceRenderer.wrap(
        ShellMessages.text(.explainTry, policy.rawValue, rule, in: language), width: style.columns,
        rest: "     "))
    return out.joined(separator: "\n") + "\n"
  }

  static func paragraphs(_ policy: Policy, hosts: Int?, language: Language = .en) -> [String] {
    let ids: [ShellMessageID] =
      switch policy {
      case .affinity: [.explainAffinity1, .explainAffinity2, .explainAffinity3]
      case .antiAffinity: [.explainAntiAffinity1, .explainAntiAffinity2, .explainAntiAffinity3]
      case .softAffinity: [.explainSoftAffinity1, .explainSoftAffinity2]
      case .softAntiAffinity: [.explainSoftAntiAffinity1, .explainSoftAntiAffinity2]
      }
    return ids.map { id in
      id == .explainAntiAffinity2
        ? ShellMessages.text(id, fullGroup(hosts: hosts, language: language), in: language)
        : ShellMessages.text(id, in: language)
    }
  }

  /// Which member no longer fits, counted from the cloud's own hosts.
  private static func fullGroup(hosts: Int?, language: Language) -> String {
    guard let hosts, hosts > 0 else { return ShellMessages.text(.explainFullUnknown, in: language) }
    if hosts == 1 { return ShellMessages.text(.explainFullOneHost, in: language) }
    return ShellMessages.text(.explainFullHosts, String(hosts), String(hosts + 1), in: language)
  }
}
