import ServerGroupsCore
import Shell

/// The cloud a mode runs on, and what to do when the mode ends.
package struct ChosenCloud: Sendable {
  package var cloud: any Cloud
  /// The services' URLs for error messages: the catalog's on a real cloud.
  package var endpoints: ServiceEndpoints = .simulator
  /// The workshop room, when the cloud is a sgtutor sandbox (never on a dry run or another cloud).
  package var room: (any RoomLink)?
  /// Shuts the HTTP client down (nothing on the simulator).
  package var close: @Sendable () async -> Void = {}

  package init(
    cloud: any Cloud, endpoints: ServiceEndpoints = .simulator, room: (any RoomLink)? = nil,
    close: @escaping @Sendable () async -> Void = {}
  ) {
    self.cloud = cloud
    self.endpoints = endpoints
    self.room = room
    self.close = close
  }

  /// The simulator, or the real cloud `real` names (through `RealCloud.launcher`). A region file or a real cloud
  /// that cannot be used is said in one line on standard error and ends the mode with status 1.
  /// - Parameters:
  ///   - isTerminal: whether someone at a terminal can be asked before servers are created.
  package static func make(
    simulator: SimulatorOptions, real: RealCloudOptions?, console: any Console, environment: [String: String],
    isTerminal: Bool
  ) async throws -> ChosenCloud {
    guard let real else { return ChosenCloud(cloud: try simulator.makeCloud(console: console)) }
    return try await RealCloud.launcher.connect(
      real, console: console, environment: environment, isTerminal: isTerminal)
  }
}
