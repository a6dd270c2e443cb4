/// The JSON Nova returns for a server group, per microversion (spec §1.4), keys in Nova's order.
extension ServerGroup {
  package func body(at version: Microversion) -> JSONValue {
    var pairs: [(String, JSONValue)] = [("id", .string(id.rawValue)), ("name", .string(name))]
    let memberList = JSONValue.array(members.map { .string($0.rawValue) })
    if version >= .v2_64 {
      pairs.append(("policy", .string(policy.rawValue)))
      pairs.append(("rules", .object(rules.maxServerPerHostJSON.map { [("max_server_per_host", $0)] } ?? [])))
      pairs.append(("members", memberList))
    } else {
      // The stored policy is shown unfiltered at every version; rules are invisible below 2.64.
      pairs.append(("policies", .array([.string(policy.rawValue)])))
      pairs.append(("metadata", .object([])))
      pairs.append(("members", memberList))
    }
    if version >= .v2_13 {
      pairs.append(("project_id", .string(projectID.rawValue)))
      pairs.append(("user_id", .string(userID.rawValue)))
    }
    return .object(pairs)
  }
}
