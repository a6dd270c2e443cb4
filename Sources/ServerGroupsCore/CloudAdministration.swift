/// What an administrator does to a cloud beyond the `Cloud` calls: Nova's `evacuate` server action and a
/// project's quota set. The simulator, its per-caller sessions, the real client and the guarded real cloud
/// implement it; Nova's policy decides who may (the simulator's own calls are an operator's).
package protocol CloudAdministration: Cloud {
  /// `POST /servers/{id}/action {"evacuate": {…}}` (admins): rebuilds the server on another host (only `host`,
  /// when given) once its own host is down, with its group's policy honoured as on a boot; `adminPass` is the
  /// rebuilt guest's password; `sharedStorage` is `onSharedStorage`, which only microversions before 2.14 send.
  func evacuateServer(_ id: ServerID, host: String?, adminPass: String?, sharedStorage: Bool) async throws
  /// `GET /os-quota-sets/{project}`: the project's limits by Nova's keys (`instances`, `cores`, `ram`,
  /// `server_groups`, `server_group_members`, …; -1 is unlimited).
  func quotaSet(for project: ProjectID) async throws -> [String: Int]
  /// `PUT /os-quota-sets/{project}` (admins): changes some limits, which apply to the very next request; answers
  /// the whole set.
  func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int]
}

extension CloudAdministration {
  /// Evacuates without shared storage (what every microversion from 2.14 assumes).
  package func evacuateServer(_ id: ServerID, host: String?, adminPass: String?) async throws {
    try await evacuateServer(id, host: host, adminPass: adminPass, sharedStorage: false)
  }
}
