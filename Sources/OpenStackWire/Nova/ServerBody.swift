import ServerGroupsCore

/// Nova's server representations per microversion: show and detail, the brief list form and the create answer.
package enum ServerBody {
  /// What shapes a server body besides the server itself.
  package struct Context: Sendable {
    package var version: Microversion
    /// Admins see the `OS-EXT-SRV-ATTR:*` keys and `host_status` (Nova's default policies).
    package var isAdmin: Bool
    package var links: NovaLinks
    /// The server's flavor (2.47 and later embed it); nil when it is gone.
    package var flavor: Flavor?

    package init(version: Microversion, isAdmin: Bool, links: NovaLinks, flavor: Flavor?) {
      self.version = version
      self.isAdmin = isAdmin
      self.links = links
      self.flavor = flavor
    }
  }

  /// `GET /servers/{id}` (`includeGroups` adds `server_groups` from 2.71) and each item of `/servers/detail`.
  package static func full(_ server: Server, _ context: Context, includeGroups: Bool) -> JSONValue {
    let version = context.version
    var pairs: [(String, JSONValue)] = [
      ("id", .string(server.id.rawValue)), ("name", .string(server.name)), ("status", .string(server.status.rawValue)),
      ("tenant_id", .string(server.projectID.rawValue)), ("user_id", .string(server.userID.rawValue)),
      ("metadata", .object(server.metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
      ("hostId", .string(server.hostID)),
      ("image", server.imageID.map { image(id: $0.rawValue, context) } ?? .string("")),
      ("flavor", flavor(server, context)),
      ("created", .timestamp(server.created)), ("updated", .timestamp(server.updated)),
      ("addresses", addresses(server)),
      ("accessIPv4", .string("")), ("accessIPv6", .string("")),
      ("links", context.links.links("servers", server.id.rawValue)),
      ("OS-DCF:diskConfig", .string(server.diskConfig ?? "MANUAL")),
    ]
    if server.status == .active || server.status == .build { pairs.append(("progress", .int(0))) }
    pairs.append(("OS-EXT-AZ:availability_zone", .string(server.availabilityZone ?? "")))
    pairs.append(("config_drive", .string("")))
    pairs.append(("key_name", .null))
    let launched =
      server.status == .active ? JSONValue.string(String(WireDate.nova(server.updated).dropLast()) + ".000000") : .null
    pairs.append(("OS-SRV-USG:launched_at", launched))
    pairs.append(("OS-SRV-USG:terminated_at", .null))
    if context.isAdmin {
      pairs.append(("OS-EXT-SRV-ATTR:host", .optional(server.host)))
      pairs.append(("OS-EXT-SRV-ATTR:instance_name", .string(instanceName(server))))
      pairs.append(("OS-EXT-SRV-ATTR:hypervisor_hostname", .optional(server.host)))
      if version >= Microversion(2, 3) {
        pairs += [
          ("OS-EXT-SRV-ATTR:reservation_id", .string(server.reservationID)),
          ("OS-EXT-SRV-ATTR:launch_index", .int(0)), ("OS-EXT-SRV-ATTR:hostname", .string(hostname(server.name))),
          ("OS-EXT-SRV-ATTR:kernel_id", .string("")), ("OS-EXT-SRV-ATTR:ramdisk_id", .string("")),
          ("OS-EXT-SRV-ATTR:root_device_name", .string("/dev/vda")), ("OS-EXT-SRV-ATTR:user_data", .null),
        ]
      }
    }
    pairs += [
      ("OS-EXT-STS:task_state", server.status == .build ? .string("scheduling") : .null),
      ("OS-EXT-STS:vm_state", .string(vmState(server.status))),
      ("OS-EXT-STS:power_state", .int(server.powerStateCode)),
      ("os-extended-volumes:volumes_attached", .array([])),
      ("security_groups", .array([.object([("name", .string("default"))])])),
    ]
    if let fault = server.fault, server.status == .error || server.status == .deleted {
      var faultPairs: [(String, JSONValue)] = [
        ("code", .int(fault.code)), ("created", .timestamp(fault.created)), ("message", .string(fault.message)),
      ]
      // Nova adds the traceback only for admins and only for 500s.
      if context.isAdmin && fault.code == 500 {
        faultPairs.append(("details", .string("NoValidHost: \(fault.message)")))
      }
      pairs.append(("fault", .object(faultPairs)))
    }
    if version >= Microversion(2, 9) { pairs.append(("locked", .bool(false))) }
    if version >= Microversion(2, 16), context.isAdmin, let status = server.hostStatus {
      pairs.append(("host_status", .string(status.rawValue)))
    }
    if version >= Microversion(2, 19) { pairs.append(("description", .null)) }
    if version >= Microversion(2, 26) { pairs.append(("tags", .array([]))) }
    if version >= Microversion(2, 63) { pairs.append(("trusted_image_certificates", .null)) }
    if includeGroups && version >= .v2_71 {
      pairs.append(("server_groups", .array(server.serverGroups.map { .string($0.rawValue) })))
    }
    if version >= Microversion(2, 73) { pairs.append(("locked_reason", .null)) }
    return .object(pairs)
  }

  /// One item of `GET /servers`: id, links and name.
  package static func brief(_ server: Server, links: NovaLinks) -> JSONValue {
    .object([
      ("id", .string(server.id.rawValue)), ("links", links.links("servers", server.id.rawValue)),
      ("name", .string(server.name)),
    ])
  }

  /// The 202 answer to `POST /servers` (the first server only).
  package static func created(_ server: Server, links: NovaLinks, adminPass: String) -> JSONValue {
    .object([
      (
        "server",
        .object([
          ("id", .string(server.id.rawValue)), ("links", links.links("servers", server.id.rawValue)),
          ("OS-DCF:diskConfig", .string(server.diskConfig ?? "MANUAL")),
          ("security_groups", .array([.object([("name", .string("default"))])])), ("adminPass", .string(adminPass)),
        ])
      )
    ])
  }

  private static func image(id: String, _ context: Context) -> JSONValue {
    .object([("id", .string(id)), ("links", context.links.bookmarks("images", id))])
  }

  private static func flavor(_ server: Server, _ context: Context) -> JSONValue {
    guard context.version >= Microversion(2, 47) else {
      return .object([
        ("id", .string(server.flavorID.rawValue)),
        ("links", context.links.bookmarks("flavors", server.flavorID.rawValue)),
      ])
    }
    let flavor = context.flavor
    return .object([
      ("vcpus", .int(flavor?.vcpus ?? 0)), ("ram", .int(flavor?.ramMB ?? 0)), ("disk", .int(flavor?.diskGB ?? 0)),
      ("ephemeral", .int(0)), ("swap", .int(0)), ("original_name", .string(flavor?.name ?? server.flavorID.rawValue)),
      ("extra_specs", .object([])),
    ])
  }

  /// `{"private": [{"OS-EXT-IPS-MAC:mac_addr": …, "version": 4, "addr": …, "OS-EXT-IPS:type": "fixed"}]}`.
  private static func addresses(_ server: Server) -> JSONValue {
    .object(
      server.networks.sorted { $0.key < $1.key }.map { name, addresses in
        (
          name,
          .array(
            addresses.map { address in
              .object([
                ("OS-EXT-IPS-MAC:mac_addr", .string(macAddress(server.id.rawValue))), ("version", .int(4)),
                ("addr", .string(address)), ("OS-EXT-IPS:type", .string("fixed")),
              ])
            })
        )
      })
  }

  /// A stable `fa:16:3e:…` address from the server's ID (OpenStack's MAC prefix).
  private static func macAddress(_ id: String) -> String {
    let hex = id.filter(\.isHexDigit).prefix(6)
    var parts = ["fa", "16", "3e"]
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) ?? hex.endIndex
      parts.append(String(hex[index..<next]))
      index = next
    }
    return parts.joined(separator: ":")
  }

  private static func instanceName(_ server: Server) -> String {
    "instance-" + String(server.id.rawValue.filter(\.isHexDigit).prefix(8))
  }

  /// Nova's `hostname` from the display name: lower case, letters, digits and dashes.
  private static func hostname(_ name: String) -> String {
    let mapped = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    return String(mapped)
  }

  private static func vmState(_ status: ServerStatus) -> String {
    switch status {
    case .build: "building"
    case .active: "active"
    case .error: "error"
    case .shutoff: "stopped"
    case .deleted: "deleted"
    }
  }
}
