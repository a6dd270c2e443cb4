import ServerGroupsCore

/// Nova's flavor representations (`/flavors`, `/flavors/detail`, `/flavors/{id}`) and reading them back.
package enum FlavorBody {
  /// One item of `/flavors/detail` or the inside of `{"flavor": …}`.
  package static func detail(_ flavor: Flavor, version: Microversion, links: NovaLinks) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("id", .string(flavor.id.rawValue)), ("name", .string(flavor.name)), ("ram", .int(flavor.ramMB)),
      ("disk", .int(flavor.diskGB)), ("vcpus", .int(flavor.vcpus)),
      ("links", links.links("flavors", flavor.id.rawValue)),
      ("OS-FLV-EXT-DATA:ephemeral", .int(0)), ("OS-FLV-DISABLED:disabled", .bool(false)),
      // Nova prints a swap of 0 as "" (`flavor["swap"] or ""`, seen from a real Nova 34).
      ("swap", .string("")),
      ("rxtx_factor", .double(1.0)), ("os-flavor-access:is_public", .bool(flavor.isPublic)),
    ]
    if version >= Microversion(2, 55) { pairs.append(("description", .null)) }
    if version >= Microversion(2, 61) { pairs.append(("extra_specs", .object([]))) }
    return .object(pairs)
  }

  /// One item of `/flavors`.
  package static func brief(_ flavor: Flavor, version: Microversion, links: NovaLinks) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("id", .string(flavor.id.rawValue)), ("links", links.links("flavors", flavor.id.rawValue)),
      ("name", .string(flavor.name)),
    ]
    if version >= Microversion(2, 55) { pairs.append(("description", .null)) }
    return .object(pairs)
  }

  /// Reads one flavor (detail form).
  package static func decode(_ body: JSONValue) throws(WireError) -> Flavor {
    let reader = JSONReader(body, path: "flavor")
    return Flavor(
      id: FlavorID(try reader.string("id")), name: try reader.string("name"), vcpus: try reader.int("vcpus"),
      ramMB: try reader.int("ram"), diskGB: try reader.int("disk"),
      isPublic: reader.bool("os-flavor-access:is_public", default: true))
  }

  /// Reads `{"flavors": [...]}` from `/flavors/detail`.
  package static func decodeList(_ body: JSONValue) throws(WireError) -> [Flavor] {
    try JSONReader(body).array("flavors").map { item throws(WireError) in try decode(item.value) }
  }
}

/// Glance v2 image bodies.
package enum ImageBody {
  /// One image as `GET /v2/images/{id}` returns it.
  package static func detail(_ image: Image, owner: String, created: String) -> JSONValue {
    let id = image.id.rawValue
    return .object([
      ("id", .string(id)), ("name", .string(image.name)), ("status", .string(image.status)),
      ("visibility", .string("public")), ("protected", .bool(false)), ("os_hidden", .bool(false)),
      ("checksum", .string("443b7623e27ecf03dc9e01ee93f67afe")), ("os_hash_algo", .string("sha512")),
      ("os_hash_value", .null), ("owner", .string(owner)), ("size", .int(21_430_272)), ("virtual_size", .null),
      ("min_ram", .int(image.minRamMB)), ("min_disk", .int(image.minDiskGB)), ("disk_format", .string("qcow2")),
      ("container_format", .string("bare")), ("created_at", .string(created)), ("updated_at", .string(created)),
      ("tags", .array([])), ("self", .string("/v2/images/\(id)")), ("file", .string("/v2/images/\(id)/file")),
      ("schema", .string("/v2/schemas/image")),
    ])
  }

  /// `GET /v2/images`.
  package static func list(_ images: [JSONValue]) -> JSONValue {
    .object([("images", .array(images)), ("schema", .string("/v2/schemas/images")), ("first", .string("/v2/images"))])
  }

  package static func decode(_ body: JSONValue) throws(WireError) -> Image {
    let reader = JSONReader(body, path: "image")
    return Image(
      id: ImageID(try reader.string("id")), name: reader.optionalString("name") ?? "",
      status: reader.optionalString("status") ?? "active", minDiskGB: reader.optionalInt("min_disk") ?? 0,
      minRamMB: reader.optionalInt("min_ram") ?? 0)
  }

  package static func decodeList(_ body: JSONValue) throws(WireError) -> [Image] {
    try JSONReader(body).array("images").map { item throws(WireError) in try decode(item.value) }
  }
}

/// Neutron v2.0 network bodies.
package enum NetworkBody {
  /// One network as `GET /v2.0/networks/{id}` returns it.
  package static func detail(_ network: Network, owner: String, created: String) -> JSONValue {
    let project = network.projectID?.rawValue ?? owner
    return .object([
      ("id", .string(network.id.rawValue)), ("name", .string(network.name)), ("tenant_id", .string(project)),
      ("admin_state_up", .bool(true)), ("mtu", .int(1450)), ("status", .string("ACTIVE")),
      ("subnets", .array(network.subnets.map(JSONValue.string))), ("shared", .bool(network.isShared)),
      ("availability_zone_hints", .array([])), ("availability_zones", .array([.string("nova")])),
      ("ipv4_address_scope", .null), ("ipv6_address_scope", .null), ("router:external", .bool(false)),
      ("description", .string("")), ("port_security_enabled", .bool(true)), ("qos_policy_id", .null),
      ("tags", .array([])), ("created_at", .string(created)), ("updated_at", .string(created)),
      ("revision_number", .int(1)), ("project_id", .string(project)), ("is_default", .bool(false)),
      ("l2_adjacency", .bool(true)),
    ])
  }

  /// Neutron's 404 body.
  package static func notFound(_ id: String) -> JSONValue {
    .object([
      (
        "NeutronError",
        .object([
          ("type", .string("NetworkNotFound")), ("message", .string("Network \(id) could not be found.")),
          ("detail", .string("")),
        ])
      )
    ])
  }

  package static func decode(_ body: JSONValue) throws(WireError) -> Network {
    let reader = JSONReader(body, path: "network")
    let project = reader.optionalString("project_id") ?? reader.optionalString("tenant_id")
    return Network(
      id: NetworkID(try reader.string("id")), name: reader.optionalString("name") ?? "",
      projectID: project.map { ProjectID($0) }, isShared: reader.bool("shared", default: false),
      subnets: (body["subnets"]?.arrayValue ?? []).compactMap(\.stringValue))
  }

  package static func decodeList(_ body: JSONValue) throws(WireError) -> [Network] {
    try JSONReader(body).array("networks").map { item throws(WireError) in try decode(item.value) }
  }
}
