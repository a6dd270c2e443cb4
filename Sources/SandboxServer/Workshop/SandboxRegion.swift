import ServerGroupsCore

/// One simulated region as the sandbox needs it: a `Cloud` per caller and the simulator's powers.
/// The executable conforms `SimulatedCloud` to it, so this module never imports the simulator.
package protocol SandboxRegion: Sendable {
  /// The region as seen by `caller` (Nova's visibility and policy rules apply to that caller).
  func cloud(for caller: Caller) -> any Cloud
  /// Host controls (the instructor's `compute service set --disable`) and checkpoints for `--state`.
  var controls: any SimulatorControls { get }
}
