import CloudSimulator
import ServerGroupsCore

/// The simulator, as one region of the sandbox.
extension SimulatedCloud: SandboxRegion {
  package nonisolated func cloud(for caller: Caller) -> any Cloud { session(as: caller) }
  package nonisolated var controls: any SimulatorControls { self }
}
