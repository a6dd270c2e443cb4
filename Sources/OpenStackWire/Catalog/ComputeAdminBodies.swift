import Foundation
import ServerGroupsCore

/// Bodies of `/limits`, `/os-services` and `/os-availability-zone` (hypervisors: `HypervisorBody`).
package enum ComputeAdminBodies {
  /// `GET /limits` at `version` (network limits go at 2.36, personality limits at 2.57).
  package static func limits(_ limits: Limits, version: Microversion) -> JSONValue {
    var absolute: [(String, JSONValue)] = [
      ("maxServerMeta", .int(128)), ("maxTotalInstances", .int(limits.maxInstances)),
      ("maxTotalCores", .int(limits.maxCores)), ("maxTotalRAMSize", .int(limits.maxRAMMB)),
      ("maxImageMeta", .int(128)), ("maxTotalKeypairs", .int(100)),
      ("maxServerGroups", .int(limits.maxServerGroups)),
      ("maxServerGroupMembers", .int(limits.maxServerGroupMembers)),
      ("totalInstancesUsed", .int(limits.instancesUsed)), ("totalCoresUsed", .int(limits.coresUsed)),
      ("totalRAMUsed", .int(limits.ramUsedMB)), ("totalServerGroupsUsed", .int(limits.serverGroupsUsed)),
    ]
    if version < Microversion(2, 57) {
      absolute += [("maxPersonality", .int(5)), ("maxPersonalitySize", .int(10240))]
    }
    if version < Microversion(2, 36) {
      absolute += [
        ("maxSecurityGroups", .int(10)), ("maxSecurityGroupRules", .int(20)), ("maxTotalFloatingIps", .int(10)),
        ("totalFloatingIpsUsed", .int(0)), ("totalSecurityGroupsUsed", .int(0)),
      ]
    }
    return .object([("limits", .object([("rate", .array([])), ("absolute", .object(absolute))]))])
  }

  /// Reads `GET /limits`.
  package static func decodeLimits(_ body: JSONValue) throws(WireError) -> Limits {
    let absolute = try JSONReader(body).object("limits").object("absolute")
    return Limits(
      maxInstances: try absolute.int("maxTotalInstances"), maxCores: try absolute.int("maxTotalCores"),
      maxRAMMB: try absolute.int("maxTotalRAMSize"), maxServerGroups: try absolute.int("maxServerGroups"),
      maxServerGroupMembers: try absolute.int("maxServerGroupMembers"),
      instancesUsed: absolute.optionalInt("totalInstancesUsed") ?? 0,
      coresUsed: absolute.optionalInt("totalCoresUsed") ?? 0, ramUsedMB: absolute.optionalInt("totalRAMUsed") ?? 0,
      serverGroupsUsed: absolute.optionalInt("totalServerGroupsUsed") ?? 0)
  }

  /// One service of `GET /os-services`.
  package static func service(_ service: ComputeService, version: Microversion) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("id", version >= Microversion(2, 53) ? .string(service.uuid) : .int(service.number)),
      ("binary", .string(service.binary)), ("disabled_reason", .optional(service.disabledReason)),
      ("host", .string(service.host)), ("state", .string(service.isUp ? "up" : "down")),
      ("status", .string(service.isEnabled ? "enabled" : "disabled")), ("updated_at", .timestamp(service.updated)),
      ("zone", .string(service.zone)),
    ]
    if version >= Microversion(2, 11) { pairs.append(("forced_down", .bool(service.forcedDown))) }
    return .object(pairs)
  }

  /// `GET /os-availability-zone` (`detail` adds the hosts and their services, for admins).
  package static func availabilityZones(_ services: [ComputeService], detail: Bool) -> JSONValue {
    var zones: [String] = []
    for service in services where !zones.contains(service.zone) && (detail || service.zone != "internal") {
      zones.append(service.zone)
    }
    let items = zones.map { zone -> JSONValue in
      let members = services.filter { $0.zone == zone }
      var hosts: JSONValue = .null
      if detail {
        var byHost: [(String, JSONValue)] = []
        for host in members.map(\.host) where !byHost.contains(where: { $0.0 == host }) {
          let entries = members.filter { $0.host == host }.map { service -> (String, JSONValue) in
            (
              service.binary,
              .object([
                ("available", .bool(service.isEnabled && service.isUp)), ("active", .bool(service.isEnabled)),
                ("updated_at", .timestamp(service.updated)),
              ])
            )
          }
          byHost.append((host, .object(entries)))
        }
        hosts = .object(byHost)
      }
      let available = members.contains { $0.isUp && $0.isEnabled }
      return .object([
        ("zoneName", .string(zone)), ("zoneState", .object([("available", .bool(available))])), ("hosts", hosts),
      ])
    }
    return .object([("availabilityZoneInfo", .array(items))])
  }
}

/// A Nova service row (`nova-compute` on each host, plus the control services).
package struct ComputeService: Sendable, Equatable {
  package var number: Int
  package var uuid: String
  package var binary: String
  package var host: String
  package var zone: String
  package var isEnabled: Bool
  package var isUp: Bool
  package var forcedDown: Bool
  package var disabledReason: String?
  package var updated: Date

  package init(
    number: Int, uuid: String, binary: String, host: String, zone: String, isEnabled: Bool, isUp: Bool,
    forcedDown: Bool = false, disabledReason: String? = nil, updated: Date
  ) {
    self.number = number
    self.uuid = uuid
    self.binary = binary
    self.host = host
    self.zone = zone
    self.isEnabled = isEnabled
    self.isUp = isUp
    self.forcedDown = forcedDown
    self.disabledReason = disabledReason
    self.updated = updated
  }
}
