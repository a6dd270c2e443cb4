import Foundation

extension RegionState {
  /// The largest count or capacity a saved state may hold: far past any real region, far from Int's edges, so no
  /// later sum or product can overflow.
  static let savedLimit = 1 << 50

  /// What makes a saved state unusable, as "key: value, outside the range", or nil. A state read from a store or
  /// a JSON file is checked before it replaces the region, so a damaged or hand-edited number is refused in one
  /// line instead of trapping later.
  func savedProblem() -> String? {
    let limit = Self.savedLimit
    func outside(_ key: String, _ value: Int, from low: Int = 0) -> String? {
      (low...limit).contains(value) ? nil : "\(key) is \(value), outside \(low)…\(limit)"
    }
    guard clock.timeIntervalSince1970.isFinite, nextReport.timeIntervalSince1970.isFinite else {
      return "clock is not a finite time"
    }
    if let problem = outside("serial", serial) ?? outside("reportEpoch", reportEpoch)
      ?? outside("arrivals", arrivals ?? 0)
    {
      return problem
    }
    guard hostStates.count == hosts.count, hostNames.count == hosts.count else {
      return "hosts, hostStates and hostNames differ in length"
    }
    for (index, host) in hostStates.enumerated() {
      let name = "hostStates[\(index)]"
      if let problem = outside("\(name).freeVCPUs", host.freeVCPUs, from: -limit)
        ?? outside("\(name).freeRAMMB", host.freeRAMMB, from: -limit)
        ?? outside("\(name).freeDiskGB", host.freeDiskGB, from: -limit) ?? outside("\(name).ioOps", host.ioOps)
      {
        return problem
      }
    }
    for (project, usage) in usage.sorted(by: { $0.key < $1.key }) {
      let name = "usage[\(project)]"
      if let problem = outside("\(name).instances", usage.instances) ?? outside("\(name).cores", usage.cores)
        ?? outside("\(name).ramMB", usage.ramMB) ?? outside("\(name).serverGroups", usage.serverGroups)
      {
        return problem
      }
    }
    for (network, counter) in addressCounter.sorted(by: { $0.key < $1.key }) {
      if let problem = outside("addressCounter[\(network)]", counter) { return problem }
    }
    return nil
  }
}
