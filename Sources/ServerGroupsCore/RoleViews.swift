/// A cloud the learner owns (the simulator), so they may look at it as its admin or as the member they started as
/// (`set role admin`, `set role member`). A real cloud's roles are Keystone's to give, so it has no such views.
package protocol RoleViews: Sendable {
  /// The same cloud, seen by the learner with the admin role added (`asAdmin`) or without it.
  func view(asAdmin: Bool) -> any Cloud
  /// Whether this view has the admin role.
  var isAdminView: Bool { get }
}
