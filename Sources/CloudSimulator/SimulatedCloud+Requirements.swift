import ServerGroupsCore

extension SimulatedCloud {
  /// What a server's flavor and image ask of its host: the flavor's extra specs and the image's properties, from
  /// the region file (the scheduler's ComputeCapabilitiesFilter and ImagePropertiesFilter read them).
  func requirements(
    flavor: FlavorID, image: ImageID?
  ) -> (extraSpecs: [String: String], imageProperties: [String: String]) {
    let extraSpecs = region.flavors.first { $0.id == flavor.rawValue }?.extraSpecs ?? [:]
    // `state.images` is built from `region.images` in order, with the IDs drawn from the seed.
    let position = image.flatMap { id in state.images.firstIndex { $0.id == id } }
    let properties = position.flatMap { $0 < region.images.count ? region.images[$0].properties : nil } ?? [:]
    return (extraSpecs, properties)
  }
}
