import ServerGroupsCore

extension ServerGroup {
  /// The `rules` cell: `max_server_per_host='2'` for people, `{"max_server_per_host": 2}` for machines.
  var rulesCell: Cell {
    .dict(rules.maxServerPerHostJSON.map { [("max_server_per_host", $0)] } ?? [])
  }

  /// `server group show` / `create`: openstackclient's columns at the microversion the SDK used.
  package func record(at version: Microversion) -> Record {
    var fields: [Record.Field] = [
      .init("id", .text(id.rawValue)),
      .init("members", .list(members.map(\.rawValue))),
      .init("name", .text(name)),
    ]
    if version >= .v2_64 {
      fields.append(.init("policy", .text(policy.rawValue)))
    } else {
      fields.append(.init("policies", .list([policy.rawValue])))
    }
    fields.append(.init("project_id", version >= .v2_13 ? .text(projectID.rawValue) : .none))
    if version >= .v2_64 { fields.append(.init("rules", rulesCell)) }
    fields.append(.init("user_id", version >= .v2_13 ? .text(userID.rawValue) : .none))
    return Record(fields)
  }

  /// `server group list` columns (`--long` adds members, project and user).
  package static func listing(_ groups: [ServerGroup], long: Bool, at version: Microversion) -> Listing {
    let policyHeader = version >= .v2_64 ? "Policy" : "Policies"
    var columns = ["ID", "Name", policyHeader]
    if long { columns += ["Members", "Project Id", "User Id"] }
    let rows = groups.map { group -> [Cell] in
      var row: [Cell] = [
        .text(group.id.rawValue), .text(group.name),
        version >= .v2_64 ? .text(group.policy.rawValue) : .list([group.policy.rawValue]),
      ]
      if long {
        row += [
          .list(group.members.map(\.rawValue)),
          version >= .v2_13 ? .text(group.projectID.rawValue) : .none,
          version >= .v2_13 ? .text(group.userID.rawValue) : .none,
        ]
      }
      return row
    }
    return Listing(columns: columns, rows: rows)
  }
}
