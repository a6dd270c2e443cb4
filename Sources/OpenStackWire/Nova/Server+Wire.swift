import Foundation
import ServerGroupsCore

extension Server {
  /// Reads a server from a show/detail body item (the inside of `{"server": …}`), at any microversion.
  /// With 2.47 and later the flavor is embedded without an ID; its `original_name` stands in for the ID.
  package init(wire body: JSONValue) throws(WireError) {
    let reader = JSONReader(body, path: "server")
    let flavor = try reader.object("flavor")
    let flavorID = flavor.optionalString("id") ?? flavor.optionalString("original_name") ?? ""
    var imageID: ImageID?
    if let image = body["image"], image.objectPairs != nil {
      imageID = ImageID(try JSONReader(image, path: "server.image").string("id"))
    }
    var networks: [String: [String]] = [:]
    for (name, entries) in body["addresses"]?.objectPairs ?? [] {
      networks[name] = (entries.arrayValue ?? []).compactMap { $0["addr"]?.stringValue }
    }
    var fault: Fault?
    if let faultBody = body["fault"] {
      let faultReader = JSONReader(faultBody, path: "server.fault")
      fault = Fault(
        code: try faultReader.int("code"), message: try faultReader.string("message"),
        created: faultReader.optionalString("created").flatMap(WireDate.parse) ?? Date(timeIntervalSince1970: 0))
    }
    guard let status = ServerStatus(rawValue: try reader.string("status")) else {
      throw .wrongType("server.status", expected: "one of BUILD, ACTIVE, ERROR, DELETED")
    }
    var metadata: [String: String] = [:]
    for (key, value) in body["metadata"]?.objectPairs ?? [] { metadata[key] = value.stringValue }
    let zone = reader.optionalString("OS-EXT-AZ:availability_zone")
    self.init(
      id: ServerID(try reader.string("id")), name: try reader.string("name"), status: status,
      flavorID: FlavorID(flavorID), imageID: imageID, networks: networks,
      host: reader.optionalString("OS-EXT-SRV-ATTR:host"), hostID: reader.optionalString("hostId") ?? "",
      hostStatus: reader.optionalString("host_status").flatMap(HostStatus.init(rawValue:)),
      serverGroups: (body["server_groups"]?.arrayValue ?? []).compactMap { $0.stringValue.map { ServerGroupID($0) } },
      fault: fault, projectID: ProjectID(try reader.string("tenant_id")), userID: UserID(try reader.string("user_id")),
      created: WireDate.parse(try reader.string("created")) ?? Date(timeIntervalSince1970: 0),
      updated: reader.optionalString("updated").flatMap(WireDate.parse) ?? Date(timeIntervalSince1970: 0),
      metadata: metadata, reservationID: reader.optionalString("OS-EXT-SRV-ATTR:reservation_id") ?? "",
      availabilityZone: zone?.isEmpty == true ? nil : zone)
  }

  /// Reads `{"server": …}`.
  package static func decodeShow(_ body: JSONValue) throws(WireError) -> Server {
    try Server(wire: try JSONReader(body).object("server").value)
  }

  /// Reads `{"servers": [...]}` from `/servers/detail`.
  package static func decodeList(_ body: JSONValue) throws(WireError) -> [Server] {
    try JSONReader(body).array("servers").map { item throws(WireError) in try Server(wire: item.value) }
  }
}

extension ServerGroup {
  /// Reads a group from its body at any microversion (`policy` from 2.64, `policies[0]` before).
  package init(wire body: JSONValue) throws(WireError) {
    let reader = JSONReader(body, path: "server_group")
    let policyText: String
    if body["policy"] != nil {
      policyText = try reader.string("policy")
    } else {
      guard let first = try reader.array("policies").first?.value.stringValue else {
        throw .missingKey("server_group.policies[0]")
      }
      policyText = first
    }
    guard let policy = Policy(rawValue: policyText) else {
      throw .wrongType("server_group.policy", expected: "a server group policy")
    }
    var rules = Rules.none
    if let rulesBody = body["rules"] {
      rules = rulesBody["max_server_per_host"].flatMap(Rules.maxServerPerHost(from:)) ?? .none
    }
    self.init(
      id: ServerGroupID(try reader.string("id")), name: try reader.string("name"), policy: policy, rules: rules,
      members: try reader.array("members").compactMap { $0.value.stringValue.map { ServerID($0) } },
      projectID: ProjectID(reader.optionalString("project_id") ?? ""),
      userID: UserID(reader.optionalString("user_id") ?? ""))
  }

  /// Reads `{"server_group": …}`.
  package static func decodeShow(_ body: JSONValue) throws(WireError) -> ServerGroup {
    try ServerGroup(wire: try JSONReader(body).object("server_group").value)
  }

  /// Reads `{"server_groups": [...]}`.
  package static func decodeList(_ body: JSONValue) throws(WireError) -> [ServerGroup] {
    try JSONReader(body).array("server_groups").map { item throws(WireError) in try ServerGroup(wire: item.value) }
  }
}
