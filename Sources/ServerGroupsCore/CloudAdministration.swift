/// What an administrator does to a cloud beyond the `Cloud` calls: Nova's `evacuate` server action and a
/// project's quota set. The simulator, its per-caller sessions, the real client and the guarded real cloud
/// implement it; Nova's policy decides who may (the simulator's own calls are an operator's).
package protocol CloudAdministration: Cloud {
  /// `POST /servers/{id}/action {"evacuate": {…}}` (admins): rebuilds the server on another host (only the
  /// request's `host`, when given) once its own host is down, with its group's policy honoured as on a boot.
  func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) async throws
  /// `GET /os-quota-sets/{project}`: the project's limits by Nova's keys (`instances`, `cores`, `ram`,
  /// `server_groups`, `server_group_members`, …; -1 is unlimited).
  func quotaSet(for project: ProjectID) async throws -> [String: Int]
  /// `PUT /os-quota-sets/{project}` (admins): changes some limits, which apply to the very next request; answers
  /// the whole set.
  func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int]
}

/// What an `evacuate` asks for, and at which microversion (which changes what Nova does).
package struct ServerEvacuateRequest: Sendable, Equatable {
  /// openstacksdk's maximum for a server action, which python-openstackclient's `server evacuate` asks for (the
  /// sender caps it to what the cloud offers).
  package static let clientMicroversion = Microversion(2, 100)

  /// The host to rebuild on (2.29 and later); the scheduler chooses when nil.
  package var host: String?
  /// The rebuilt guest's password.
  package var adminPass: String?
  /// `onSharedStorage`, which only microversions before 2.14 send (later ones work it out).
  package var sharedStorage: Bool
  package var microversion: Microversion

  package init(
    host: String? = nil, adminPass: String? = nil, sharedStorage: Bool = false,
    microversion: Microversion = ServerEvacuateRequest.clientMicroversion
  ) {
    self.host = host
    self.adminPass = adminPass
    self.sharedStorage = sharedStorage
    self.microversion = microversion
  }

  /// From 2.95 an evacuated server is left stopped (SHUTOFF) on its new host; before, it keeps its state.
  package var leavesServerStopped: Bool { microversion >= Microversion(2, 95) }
}

extension CloudAdministration {
  /// Evacuates at the microversion the openstack CLI asks for.
  package func evacuateServer(_ id: ServerID, host: String?, adminPass: String?) async throws {
    try await evacuateServer(id, ServerEvacuateRequest(host: host, adminPass: adminPass))
  }
}

extension Cloud {
  /// This cloud's administration calls, for a wrapper that passes them on; a cloud without them is a wiring
  /// mistake, answered as Nova's "not implemented" (501).
  package func administration() throws(CloudError) -> any CloudAdministration {
    guard let admin = self as? any CloudAdministration else {
      throw .other(status: 501, "This cloud cannot make administration calls.")
    }
    return admin
  }
}
