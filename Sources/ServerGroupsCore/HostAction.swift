/// What the simulator can do to one compute host: the shell's `host ACTION HOST`, the room's buttons and the
/// sandbox's `os-services` changes all go through `SimulatorControls.perform(_:on:)`.
package enum HostAction: String, Sendable, CaseIterable, Codable {
  /// The host's compute service goes DOWN: its servers report `host_status` DOWN, new servers skip it.
  case fail
  /// A failed host comes back UP.
  case recover
  /// The compute service is disabled, as `openstack compute service set --disable` does: no new servers.
  case disable
  /// A disabled service is enabled again.
  case enable
  /// Load from outside the project uses up the host's remaining capacity, so nothing more fits.
  case fill
  /// A filled host gets its capacity back.
  case drain
  /// Every server of the failed host is rebuilt elsewhere, each with its group's policy honoured (what an
  /// administrator does with `openstack server evacuate`, one server at a time).
  case evacuate
}
