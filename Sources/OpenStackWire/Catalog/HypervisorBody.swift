import Foundation
import ServerGroupsCore

/// Nova's hypervisor representations: the items of `/os-hypervisors[/detail]`, `GET /os-hypervisors/{id}`
/// and `GET /os-hypervisors/{id}/uptime`, per microversion (checked against a real Nova 34 at 2.27, 2.52,
/// 2.75 and 2.88).
package enum HypervisorBody {
  /// What a hypervisor body says about its host's `nova-compute` service.
  package struct Service: Sendable, Equatable {
    /// The service's ID as Nova gives it at the request's version (integer before 2.53, UUID from then on).
    package var id: JSONValue
    package var disabledReason: String?

    package init(id: JSONValue, disabledReason: String? = nil) {
      self.id = id
      self.disabledReason = disabledReason
    }
  }

  /// A hypervisor's ID at `version`: its position from 1 before 2.53, its UUID from then on.
  package static func id(_ hypervisor: Hypervisor, position: Int, version: Microversion) -> JSONValue {
    version >= Microversion(2, 53) ? .string(hypervisor.id) : .int(position + 1)
  }

  /// `GET /os-hypervisors` (brief) or `/os-hypervisors/detail`; `services` by host name.
  package static func list(
    _ hypervisors: [Hypervisor], detail: Bool, version: Microversion, services: [String: Service]
  ) -> JSONValue {
    let items = hypervisors.enumerated().map { position, hypervisor in
      item(hypervisor, position: position, detail: detail, version: version, service: services[hypervisor.hostname])
    }
    return .object([("hypervisors", .array(items))])
  }

  /// One hypervisor: brief (`id`, hostname, state, status) or detailed (list detail and show).
  package static func item(
    _ hypervisor: Hypervisor, position: Int, detail: Bool, version: Microversion, service: Service?
  ) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("id", id(hypervisor, position: position, version: version)),
      ("hypervisor_hostname", .string(hypervisor.hostname)), ("state", .string(hypervisor.state)),
      ("status", .string(hypervisor.status)),
    ]
    guard detail else { return .object(pairs) }
    pairs += [
      ("hypervisor_type", .string(hypervisor.hypervisorType)),
      ("hypervisor_version", .int(hypervisor.hypervisorVersion)),
      ("host_ip", .string(hypervisor.hostIP)), ("vcpus", .int(hypervisor.vcpus)),
      ("vcpus_used", .int(hypervisor.vcpusUsed)), ("memory_mb", .int(hypervisor.memoryMB)),
      ("memory_mb_used", .int(hypervisor.memoryMBUsed)),
      ("free_ram_mb", .int(hypervisor.memoryMB - hypervisor.memoryMBUsed)),
      ("local_gb", .int(hypervisor.localGB)), ("local_gb_used", .int(hypervisor.localGBUsed)),
      ("free_disk_gb", .int(hypervisor.localGB - hypervisor.localGBUsed)),
      ("disk_available_least", .int(hypervisor.localGB - hypervisor.localGBUsed)),
      ("running_vms", .int(hypervisor.runningVMs)), ("current_workload", .int(0)),
      ("cpu_info", cpuInfo(vcpus: hypervisor.vcpus, arch: hypervisor.cpuArch, version: version)),
      (
        "service",
        .object([
          ("host", .string(hypervisor.hostname)), ("id", service?.id ?? .null),
          ("disabled_reason", .optional(service?.disabledReason)),
        ])
      ),
    ]
    return .object(pairs)
  }

  /// `cpu_info`: a string holding JSON before 2.28, the object itself from 2.28 on (a client that reads
  /// the object as a table, as openstackclient's `hypervisor show` does, fails on the string).
  static func cpuInfo(vcpus: Int, arch: String = "x86_64", version: Microversion) -> JSONValue {
    guard version >= Microversion(2, 28) else {
      return .string(
        "{\"arch\": \"\(arch)\", \"model\": \"Nehalem\", \"vendor\": \"Intel\", \"features\": [], "
          + "\"topology\": {\"cores\": 1, \"threads\": 1, \"sockets\": \(vcpus)}}")
    }
    return .object([
      ("arch", .string(arch)), ("model", .string("Nehalem")), ("vendor", .string("Intel")),
      ("features", .array([])),
      ("topology", .object([("cores", .int(1)), ("threads", .int(1)), ("sockets", .int(vcpus))])),
    ])
  }

  /// `GET /os-hypervisors/{id}/uptime` (2.1 to 2.87): the brief item and the host's `uptime` line.
  package static func uptime(_ hypervisor: Hypervisor, position: Int, version: Microversion, uptime: String)
    -> JSONValue
  {
    guard case .object(var pairs) = item(hypervisor, position: position, detail: false, version: version, service: nil)
    else { return .null }
    pairs.append(("uptime", .string(uptime)))
    return .object([("hypervisor", .object(pairs))])
  }

  /// The line libvirt's driver reports (the `uptime` command's), with no users and no load:
  /// ` 09:00:00 up 2 days,  1:05,  0 users,  load average: 0.00, 0.00, 0.00`.
  package static func uptimeLine(now: Date, upSince start: Date) -> String {
    let seconds = max(0, Int(now.timeIntervalSince(start)))
    let (days, hours, minutes) = (seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60)
    var up = days > 0 ? "\(days) day\(days == 1 ? "" : "s"), " : ""
    up += hours > 0 ? String(format: "%2d:%02d", hours, minutes) : "\(minutes) min"
    let clock = Int(now.timeIntervalSince1970.rounded(.down)) % 86_400
    let time = String(format: "%02d:%02d:%02d", clock / 3_600, clock % 3_600 / 60, clock % 60)
    return " \(time) up \(up),  0 users,  load average: 0.00, 0.00, 0.00"
  }

  /// Whether `text` is a UUID as oslo's `is_uuid_like` reads it (dashes optional, any case, braces and a
  /// `urn:uuid:` prefix allowed).
  package static func isUUIDLike(_ text: String) -> Bool { normalizedUUID(text) != nil }

  /// The 32 lower-case hex digits of a UUID-like `text`, or nil.
  package static func normalizedUUID(_ text: String) -> String? {
    var value = text.lowercased()
    for prefix in ["urn:", "uuid:"] where value.hasPrefix(prefix) { value.removeFirst(prefix.count) }
    value = value.filter { $0 != "-" && $0 != "{" && $0 != "}" }
    return value.count == 32 && value.allSatisfy { $0.isASCII && $0.isHexDigit } ? value : nil
  }
}
