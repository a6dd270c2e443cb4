extension SchedulerSpec {
  /// The first name in `enabled_filters` the simulator does not run, as one line for the region file's author.
  package func filterProblem() -> String? {
    let known = Filter.allCases.map(\.rawValue)
    guard let unknown = enabledFilters.first(where: { !known.contains($0) }) else { return nil }
    return "scheduler.enabled_filters: `\(unknown)` is not a filter the simulator runs; "
      + "use any of \(known.joined(separator: ", "))"
  }
}
