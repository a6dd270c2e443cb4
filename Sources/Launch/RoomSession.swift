/// `sgtutor room`'s request: the room's actions and how to draw it. `sgtutor-cloud` connects and runs it
/// (`RealCloudLaunch`).
package struct RoomSession: Sendable {
  /// Host actions asked for, as (action, host): `("fail", "compute-1")`.
  package var hostActions: [(action: String, host: String)] = []
  /// `--message TEXT` ('' clears it).
  package var message: String?
  /// `--reset PARTICIPANT`.
  package var reset: String?
  /// `--follow`: draw again as the room changes.
  package var follow = false
  /// `--compact`: one line per participant.
  package var compact = false

  package init() {}
}
