/// A server group's scheduling policy, spelled as Nova spells it.
package enum Policy: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
  case affinity = "affinity"
  case antiAffinity = "anti-affinity"
  case softAffinity = "soft-affinity"
  case softAntiAffinity = "soft-anti-affinity"

  package var description: String { rawValue }

  /// Hard policies refuse a host; soft policies only weigh hosts and never refuse.
  package var isSoft: Bool { self == .softAffinity || self == .softAntiAffinity }

  /// The first compute microversion that accepts this policy (soft policies arrived in 2.15).
  package var minimumMicroversion: Microversion { isSoft ? .v2_15 : .v2_1 }

  /// The policies a request at `version` may name, in the order Nova's schema lists them.
  package static func allowed(at version: Microversion) -> [Policy] {
    version >= .v2_15 ? [.antiAffinity, .affinity, .softAntiAffinity, .softAffinity] : [.antiAffinity, .affinity]
  }
}

/// A group's rules (microversion 2.64): only `max_server_per_host`, only with anti-affinity.
package struct Rules: Hashable, Sendable, Codable {
  /// How many members of an anti-affinity group may share one host; `nil` means Nova's default of 1.
  package var maxServerPerHost: Int?

  package init(maxServerPerHost: Int? = nil) { self.maxServerPerHost = maxServerPerHost }

  package static let none = Rules()
  package var isEmpty: Bool { maxServerPerHost == nil }
}
