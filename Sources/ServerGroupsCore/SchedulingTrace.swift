/// Why the scheduler put a server where it did, or why it refused: one verdict per host, in plain terms.
package struct SchedulingTrace: Sendable, Equatable, Codable {
  package var serverID: ServerID
  package var serverName: String
  /// The group the server was created into, if any.
  package var group: GroupSummary?
  /// Position of this server in its request (`--min/--max`), 1-based, and the request's size.
  package var position: Int
  package var requestSize: Int
  /// The chosen host, or nil when the server ended in ERROR.
  package var chosenHost: String?
  /// The fault message when nothing was chosen.
  package var failure: String?
  /// Every host the scheduler looked at, in the order it looked at them.
  package var hosts: [HostVerdict]
  /// Set when this server did not fail on its own but because another server in the same request did.
  package var failedWithRequest: Bool
  /// Hosts left out of `hosts` to keep a large region's trace readable (counted, not listed).
  package var omittedHosts: Int = 0
  /// What was being scheduled: `boot` or `evacuate`.
  package var operation: String = "boot"

  package init(
    serverID: ServerID, serverName: String, group: GroupSummary?, position: Int, requestSize: Int,
    chosenHost: String?, failure: String?, hosts: [HostVerdict], failedWithRequest: Bool = false,
    omittedHosts: Int = 0, operation: String = "boot"
  ) {
    self.serverID = serverID
    self.serverName = serverName
    self.group = group
    self.position = position
    self.requestSize = requestSize
    self.chosenHost = chosenHost
    self.failure = failure
    self.hosts = hosts
    self.failedWithRequest = failedWithRequest
    self.omittedHosts = omittedHosts
    self.operation = operation
  }
}

/// The group facts a trace needs.
package struct GroupSummary: Sendable, Equatable, Codable {
  package var id: ServerGroupID
  package var name: String
  package var policy: Policy
  package var maxServerPerHost: Int?

  package init(id: ServerGroupID, name: String, policy: Policy, maxServerPerHost: Int?) {
    self.id = id
    self.name = name
    self.policy = policy
    self.maxServerPerHost = maxServerPerHost
  }
}

/// One host's fate in one scheduling decision.
package struct HostVerdict: Sendable, Equatable, Codable {
  package var host: String
  /// The stage that removed the host (`Placement`, `ComputeFilter`, `ServerGroupAntiAffinityFilter`, …), nil if it survived.
  package var removedBy: String?
  /// Why, in plain words ("already holds 1 member of DB Cluster, max 1").
  package var reason: String
  /// For surviving hosts: each weigher's contribution.
  package var weights: [WeightTerm]
  /// For surviving hosts: the final score (sum of multiplier × normalised weight).
  package var score: Double?

  package init(host: String, removedBy: String?, reason: String, weights: [WeightTerm] = [], score: Double? = nil) {
    self.host = host
    self.removedBy = removedBy
    self.reason = reason
    self.weights = weights
    self.score = score
  }
}

/// A weigher's contribution to a host's score.
package struct WeightTerm: Sendable, Equatable, Codable {
  package var weigher: String
  /// What the weigher measured (free MB, free vCPUs, members on host, builds in progress…).
  package var raw: Double
  package var normalized: Double
  package var multiplier: Double

  package init(weigher: String, raw: Double, normalized: Double, multiplier: Double) {
    self.weigher = weigher
    self.raw = raw
    self.normalized = normalized
    self.multiplier = multiplier
  }

  package var contribution: Double { normalized * multiplier }
}
