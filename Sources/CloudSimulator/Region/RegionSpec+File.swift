import Foundation
import ServerGroupsCore

extension RegionSpec {
  /// The region in the YAML file at `path`, or the standard region when `path` is nil.
  /// - Parameter contents: reads a file (a parameter so tests need no file system).
  package static func load(
    path: String?, contents: (String) -> Data? = { FileManager.default.contents(atPath: $0) }
  ) throws(RegionFileError) -> RegionSpec {
    guard let path else { return .standard }
    guard let data = contents(path) else {
      throw RegionFileError(path: path, message: "cannot read the region file")
    }
    return try parse(yaml: String(decoding: data, as: UTF8.self), path: path)
  }

  /// The region with fixed image and network IDs made from their names where the file gives none, so every
  /// project's copy of it (and every restart of a sandbox) shows the same image and network IDs, as one real
  /// cloud would.
  package func withStableIDs() -> RegionSpec {
    var spec = self
    for index in spec.images.indices where spec.images[index].id == nil {
      spec.images[index].id = StableUUID.make("image/" + spec.images[index].name)
    }
    for index in spec.networks.indices where spec.networks[index].id == nil {
      spec.networks[index].id = StableUUID.make("network/" + spec.networks[index].name)
    }
    return spec
  }
}
