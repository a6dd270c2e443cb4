import ServerGroupsCore

extension Directory {
  /// What makes a saved directory unusable, or nil: a workshop needs its instructor's project first, at least one
  /// participant, unique IDs and names, and every user and credential tied to someone who exists.
  package var problem: String? {
    guard let first = projects.first else { return "it lists no projects" }
    guard first.name == Directory.instructorProject else { return "its first project is not the instructor's" }
    guard projects.count >= 2 else { return "it lists no participant project" }
    if let id = duplicate(projects.map(\.id)) { return "project ID \(id) appears twice" }
    if let name = duplicate(projects.map(\.name)) { return "project \(name) appears twice" }
    if let id = duplicate(users.map(\.id)) { return "user ID \(id) appears twice" }
    if let name = duplicate(users.map(\.name)) { return "user \(name) appears twice" }
    if let id = duplicate(applicationCredentials.map(\.id)) { return "application credential \(id) appears twice" }
    let projectIDs = Set(projects.map(\.id))
    if let user = users.first(where: { !projectIDs.contains($0.projectID) }) {
      return "user \(user.name) belongs to no listed project"
    }
    guard users.contains(where: { $0.role == .admin && $0.projectID == first.id }) else {
      return "the instructor's project has no admin user"
    }
    let userIDs = Set(users.map(\.id))
    if let credential = applicationCredentials.first(where: { !userIDs.contains($0.userID) }) {
      return "application credential \(credential.name) belongs to no listed user"
    }
    return nil
  }

  private func duplicate(_ values: [String]) -> String? {
    var seen: Set<String> = []
    for value in values where !seen.insert(value).inserted { return value }
    return nil
  }
}
