/// What a caller asks for when creating a server group, in the raw form a request carries it
/// (the policy and rule values as typed), so validation can answer with Nova's exact words.
package struct ServerGroupCreateRequest: Sendable, Equatable {
  package var name: String
  package var policy: String
  /// Rule values as sent: openstackclient sends `"2"`, other clients send `2`.
  package var rules: [(String, JSONValue)]
  /// The compute microversion the request is made at; it decides the body's form and what is allowed.
  package var microversion: Microversion

  package init(name: String, policy: String, rules: [(String, JSONValue)] = [], microversion: Microversion = .v2_64) {
    self.name = name
    self.policy = policy
    self.rules = rules
    self.microversion = microversion
  }

  package init(name: String, policy: Policy, rules: Rules = .none, microversion: Microversion = .v2_64) {
    self.init(
      name: name, policy: policy.rawValue,
      rules: rules.maxServerPerHostJSON.map { [("max_server_per_host", $0)] } ?? [],
      microversion: microversion)
  }

  package static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.name == rhs.name && lhs.policy == rhs.policy && JSONValue.object(lhs.rules) == JSONValue.object(rhs.rules)
      && lhs.microversion == rhs.microversion
  }

  /// The request body Nova receives at this microversion (`policies: [..]` before 2.64).
  package var body: JSONValue {
    var group: [(String, JSONValue)] = [("name", .string(name))]
    if microversion >= .v2_64 {
      group.append(("policy", .string(policy)))
      if !rules.isEmpty { group.append(("rules", .object(rules))) }
    } else {
      group.append(("policies", .array([.string(policy)])))
      if !rules.isEmpty { group.append(("rules", .object(rules))) }
    }
    return .object([("server_group", .object(group))])
  }

  /// Validates a raw body exactly as Nova does at `version` and returns the typed group it asks for.
  package static func validate(body: JSONValue, at version: Microversion) throws(CloudError) -> ValidServerGroup {
    if let failure = NovaSchemas.serverGroupCreate(at: version).firstFailure(body) {
      throw .badRequest(failure.bodyMessage)
    }
    guard let group = body["server_group"], let name = group["name"]?.stringValue else {
      throw .badRequest("Malformed request body")
    }
    let policyText = version >= .v2_64 ? group["policy"]?.stringValue : arrayFirstString(group["policies"])
    guard let policyText, let policy = Policy(rawValue: policyText) else {
      throw .badRequest("Malformed request body")
    }
    var rules = Rules.none
    let rulesGiven = !(group["rules"]?.objectPairs ?? []).isEmpty
    if let value = group["rules"]?["max_server_per_host"] {
      rules = Rules.maxServerPerHost(from: value) ?? .none
    }
    return ValidServerGroup(name: name, policy: policy, rules: rules, rulesGiven: rulesGiven)
  }

  /// Validates this request's body as Nova's schema does (the policy/rules combination is checked later,
  /// after the quota, by `ValidServerGroup.checkRules()`).
  package func validated() throws(CloudError) -> ValidServerGroup {
    try Self.validate(body: body, at: microversion)
  }

  private static func arrayFirstString(_ value: JSONValue?) -> String? {
    guard case .array(let items)? = value, let first = items.first else { return nil }
    return first.stringValue
  }
}

/// A server group request that passed schema validation.
package struct ValidServerGroup: Sendable, Equatable {
  package var name: String
  package var policy: Policy
  package var rules: Rules
  /// Whether a non-empty `rules` object was sent (only anti-affinity may have one).
  package var rulesGiven: Bool

  package init(name: String, policy: Policy, rules: Rules, rulesGiven: Bool) {
    self.name = name
    self.policy = policy
    self.rules = rules
    self.rulesGiven = rulesGiven
  }

  /// Nova's controller check, made after the quota check: rules only with anti-affinity.
  package func checkRules() throws(CloudError) {
    if rulesGiven && policy != .antiAffinity { throw CloudError.rulesNeedAntiAffinity }
  }
}

/// `GET /os-server-groups` query parameters.
package struct ServerGroupListQuery: Sendable, Equatable {
  package var allProjects: Bool
  package var limit: Int?
  package var offset: Int?

  package init(allProjects: Bool = false, limit: Int? = nil, offset: Int? = nil) {
    self.allProjects = allProjects
    self.limit = limit
    self.offset = offset
  }

  /// Parses raw query pairs as Nova does (last value wins; `all_projects` by presence; unknown keys
  /// refused from 2.75).
  package static func parse(_ pairs: [(String, String)], at version: Microversion) throws(CloudError) -> Self {
    var query = Self()
    var last: [String: String] = [:]
    for (key, value) in pairs { last[key] = value }
    for name in ["limit", "offset"] {
      guard let value = last[name] else { continue }
      if let failure = NovaSchemas.nonNegativeInteger.firstFailure(.string(value), path: [.key(name)]) {
        throw .badRequest(failure.queryMessage)
      }
    }
    if version >= .v2_75 {
      let unknown = pairs.map(\.0).filter { !["all_projects", "limit", "offset"].contains($0) }
      var seen: [String] = []
      for key in unknown where !seen.contains(key) { seen.append(key) }
      if !seen.isEmpty {
        let listed = seen.map(PythonRepr.string).joined(separator: ", ")
        throw .badRequest(
          "Additional properties are not allowed (\(listed) \(seen.count == 1 ? "was" : "were") unexpected)")
      }
    }
    query.allProjects = last["all_projects"] != nil
    query.limit = last["limit"].flatMap { Int($0) }
    query.offset = last["offset"].flatMap { Int($0) }
    return query
  }
}

/// How a new server is attached to networks.
package enum NetworkRequest: Sendable, Equatable {
  /// `networks: "auto"` (or no networks at all before 2.37): the project's network.
  case auto
  /// `networks: "none"` (2.37+): no network.
  case none
  /// Explicit networks by ID.
  case networks([NetworkID])
}

/// A scheduler hint other than `group` (`--hint key=value`).
package struct SchedulerHint: Sendable, Equatable {
  package var key: String
  package var value: String

  package init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}

/// What a caller asks for when creating one or more servers.
package struct ServerCreateRequest: Sendable, Equatable {
  package var name: String
  package var flavorID: FlavorID
  package var imageID: ImageID?
  package var networks: NetworkRequest
  /// The raw `group` scheduler hint, nil when no group is hinted.
  package var groupHint: JSONValue?
  package var minCount: Int
  package var maxCount: Int
  /// `min_count` and `max_count` as given when past `Int.max` (the `Int`s then hold `Int.max`): Nova counts in
  /// Python integers and quotes the number asked for in its quota message.
  package var minCountDigits: String?
  package var maxCountDigits: String?
  package var metadata: [String: String]
  package var returnReservationID: Bool
  package var microversion: Microversion
  /// `OS-DCF:diskConfig` as asked (`AUTO` or `MANUAL`), or nil.
  package var diskConfig: String?
  /// Scheduler hints other than `group`, in the order given: Nova accepts them and ignores those it lacks a
  /// filter for.
  package var otherHints: [SchedulerHint] = []

  package init(
    name: String, flavorID: FlavorID, imageID: ImageID?, networks: NetworkRequest = .auto,
    group: ServerGroupID? = nil, minCount: Int = 1, maxCount: Int? = nil, metadata: [String: String] = [:],
    returnReservationID: Bool = false, microversion: Microversion = .v2_64
  ) {
    self.name = name
    self.flavorID = flavorID
    self.imageID = imageID
    self.networks = networks
    self.groupHint = group.map { .string($0.rawValue) }
    self.minCount = minCount
    self.maxCount = maxCount ?? minCount
    self.metadata = metadata
    self.returnReservationID = returnReservationID
    self.microversion = microversion
  }

  /// Checks what Nova's schema and API code check before anything is created, and returns the hinted group.
  package func validatedGroupHint() throws(CloudError) -> ServerGroupID? {
    guard let hint = groupHint else { return nil }
    if let failure = NovaSchemas.groupHint.firstFailure(hint, path: [.key("group")]) {
      throw .badRequest(failure.bodyMessage)
    }
    switch hint {
    case .string(let id): return ServerGroupID(id)
    case .array(let items):
      // Nova 34's schema lets a list through; what follows is unverified, so refuse it plainly.
      let shown = PythonRepr.str(.array(items))
      throw .badRequest("Invalid input for field/attribute group. Value: \(shown). Only one server group may be given.")
    default: return nil
    }
  }

  /// Nova's checks on the counts and the name.
  package func validateShape() throws(CloudError) {
    if let failure = NovaSchemas.name.firstFailure(.string(name), path: [.key("name")]) {
      throw .badRequest(failure.bodyMessage)
    }
    if minCount < 1 {
      throw .badRequest(
        "Invalid input for field/attribute min_count. Value: \(minCount). \(minCount) is less than the minimum of 1")
    }
    if maxCount < 1 {
      throw .badRequest(
        "Invalid input for field/attribute max_count. Value: \(maxCount). \(maxCount) is less than the minimum of 1")
    }
    if minCount > maxCount { throw .badRequest("min_count must be <= max_count") }
    if case .none = networks, microversion < .v2_37 {
      throw .badRequest("Invalid input for field/attribute networks. Value: none. 'none' is not of type 'array'")
    }
  }
}

/// The answer to a server create: the servers made and the reservation they share.
package struct ServerCreation: Sendable, Equatable {
  package var servers: [Server]
  package var reservationID: String

  package init(servers: [Server], reservationID: String) {
    self.servers = servers
    self.reservationID = reservationID
  }
}

/// `GET /servers/detail` filters.
package struct ServerListQuery: Sendable, Equatable {
  package var allProjects: Bool
  package var reservationID: String?

  package init(allProjects: Bool = false, reservationID: String? = nil) {
    self.allProjects = allProjects
    self.reservationID = reservationID
  }
}
