extension SchedulerSpec {
  /// The first name in `enabled_filters` the simulator does not run, as one line for the region file's author.
  package func filterProblem() -> String? {
    let known = Filter.allCases.map(\.rawValue)
    guard let unknown = enabledFilters.first(where: { !known.contains($0) }) else { return nil }
    return "scheduler.enabled_filters: `\(unknown)` is not a filter the simulator runs; "
      + "use any of \(known.joined(separator: ", "))"
  }
}

extension RegionSpec {
  /// The first image whose `img_hv_requested_version` ImagePropertiesFilter could not read.
  func imageRequirementProblem() -> String? {
    for image in images {
      guard let text = image.properties?["img_hv_requested_version"] else { continue }
      if VersionRequirement(text) == nil {
        return "image `\(image.name)`: img_hv_requested_version `\(text)` should look like >=8.0 or >=6.0, <9"
      }
    }
    return nil
  }
}
