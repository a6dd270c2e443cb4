import ServerGroupsCore

extension SimulatedCloud: RoleViews {
  /// The default member user with the admin role added, in the same project, or the cloud itself.
  package nonisolated func view(asAdmin: Bool) -> any Cloud {
    guard asAdmin else { return self }
    let caller = defaultCaller
    return session(
      as: Caller(projectID: caller.projectID, userID: caller.userID, roles: caller.roles.union([.admin])))
  }

  package nonisolated var isAdminView: Bool { defaultCaller.isAdmin }
}

extension SimulatedSession: RoleViews {
  package func view(asAdmin: Bool) -> any Cloud { cloud.view(asAdmin: asAdmin) }
  package var isAdminView: Bool { caller.isAdmin }
}
