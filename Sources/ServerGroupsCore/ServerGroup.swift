/// A Nova server group: a name, one policy, optional rules, and the servers created into it.
package struct ServerGroup: Hashable, Sendable, Codable, Identifiable {
  package var id: ServerGroupID
  package var name: String
  package var policy: Policy
  package var rules: Rules
  /// Non-deleted members, including servers still building and servers that ended in ERROR.
  package var members: [ServerID]
  package var projectID: ProjectID
  package var userID: UserID

  package init(
    id: ServerGroupID, name: String, policy: Policy, rules: Rules = .none, members: [ServerID] = [],
    projectID: ProjectID, userID: UserID
  ) {
    self.id = id
    self.name = name
    self.policy = policy
    self.rules = rules
    self.members = members
    self.projectID = projectID
    self.userID = userID
  }

  /// The per-host member limit the anti-affinity filter applies (1 unless a rule says otherwise).
  package var maxServerPerHost: Int { rules.maxServerPerHost ?? 1 }
}
