import ServerGroupsCore

/// `explain POLICY`: what a server group policy does, when it fails, and how to ask for it.
package enum PolicyExplainer {
  /// - Parameter hosts: how many hosts the cloud has (the simulator's region), or nil when a project cannot know.
  package static func render(_ policy: Policy, hosts: Int? = nil, style: RenderStyle) -> String {
    let ink = Ink(colors: style.colors)
    var out = [ink.bold(policy.rawValue + (policy.isSoft ? " (soft: a preference)" : " (hard: a rule)"))]
    for paragraph in paragraphs(policy, hosts: hosts) {
      out.append(contentsOf: TraceRenderer.wrap(paragraph, width: style.columns))
      out.append("")
    }
    let rule = policy == .antiAffinity ? " [--rule max_server_per_host=2]" : ""
    out.append(
      contentsOf: TraceRenderer.wrap(
        "Try: server group create --policy \(policy.rawValue)\(rule) NAME", width: style.columns, rest: "     "))
    return out.joined(separator: "\n") + "\n"
  }

  static func paragraphs(_ policy: Policy, hosts: Int?) -> [String] {
    switch policy {
    case .affinity:
      return [
        "Every server of the group goes on the same host. The first member may land on any host; from then on ServerGroupAffinityFilter keeps only the hosts that already hold a member.",
        "When that host is full, down or disabled, the next member is not placed elsewhere: it goes to ERROR with 'No valid host was found. There are not enough hosts available.' Members of an affinity group cannot be migrated either.",
        "Use it for servers that talk to each other a lot. It is also openstackclient's default when --policy is left out.",
      ]
    case .antiAffinity:
      return [
        "No two servers of the group share a host. ServerGroupAntiAffinityFilter rules out every host that already holds max_server_per_host members (1 unless --rule max_server_per_host=N says otherwise, microversion 2.64).",
        fullGroup(hosts: hosts)
          + " goes to ERROR with 'No valid host was found. There are not enough hosts available.' A multi-create (--min/--max) that does not fit fails as a whole.",
        "Use it so that one host failure takes down only one replica of a database or a web tier.",
      ]
    case .softAffinity:
      return [
        "Servers of the group prefer the host that holds most of them, but any host may be used. ServerGroupSoftAffinityWeigher adds weight to hosts with members; no filter rules a host out, so the group never causes an ERROR.",
        "The preference competes with the other weighers (free RAM, vCPU, disk), so members can still spread while hosts differ in free capacity. Rules are refused: 'Only anti-affinity policy supports rules.'",
      ]
    case .softAntiAffinity:
      return [
        "Servers of the group prefer hosts that hold fewest of them, but may share a host when they must. ServerGroupSoftAntiAffinityWeigher takes weight away from hosts with members; no filter rules a host out.",
        "With more members than hosts they double up instead of failing. Rules are refused here too: 'Only anti-affinity policy supports rules.' (max_server_per_host works only with anti-affinity).",
      ]
    }
  }

  /// Which member no longer fits, counted from the cloud's own hosts.
  private static func fullGroup(hosts: Int?) -> String {
    guard let hosts, hosts > 0 else {
      return "With the default rule, once every host that can take one holds a member, the next member"
    }
    return "With \(hosts) host\(hosts == 1 ? "" : "s") and the default rule, member \(hosts + 1)"
  }
}
