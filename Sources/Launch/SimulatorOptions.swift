import CloudSimulator
import Foundation
import Shell

/// What the command line says about the simulated cloud: `--seed` and `--region`.
package struct SimulatorOptions: Sendable, Equatable {
  package var seed: UInt64
  /// A region file (YAML); nil for the standard region.
  package var regionPath: String?

  package init(seed: UInt64 = 1, regionPath: String? = nil) {
    self.seed = seed
    self.regionPath = regionPath
  }

  /// The simulator over the chosen region; a region file that cannot be used is said in one line.
  package func makeCloud(
    console: any Console, contents: (String) -> Data? = { FileManager.default.contents(atPath: $0) }
  ) throws -> SimulatedCloud {
    do {
      return SimulatedCloud(region: try RegionSpec.load(path: regionPath, contents: contents), seed: seed)
    } catch {
      throw LaunchFailure.say("error: \(error.description)", on: console)
    }
  }
}
