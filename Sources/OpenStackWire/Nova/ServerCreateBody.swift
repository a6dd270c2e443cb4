import ServerGroupsCore

/// `POST /servers` bodies: Nova's schema for them, reading one into a `ServerCreateRequest`, and writing one.
package enum ServerCreateBody {
  /// Reads and validates a create body at `version` as Nova's schema does; the error is Nova's 400.
  /// Hints go beside `server`: `os:scheduler_hints` wins over `OS-SCH-HNT:scheduler_hints`.
  package static func parse(_ body: JSONValue, at version: Microversion) throws(CloudError) -> ServerCreateRequest {
    if let failure = schema(at: version).firstFailure(body) { throw .badRequest(failure.bodyMessage) }
    guard let server = body["server"], let name = server["name"]?.stringValue else {
      throw NovaFault.malformedBody
    }
    let flavorRef: String
    switch server["flavorRef"] {
    case .string(let text)?: flavorRef = text
    case .int(let number)?: flavorRef = String(number)
    default: throw NovaFault.malformedBody
    }
    let imageRef = server["imageRef"]?.stringValue.map(lastSegment) ?? ""
    let hints = body["os:scheduler_hints"] ?? body["OS-SCH-HNT:scheduler_hints"]
    var request = ServerCreateRequest(
      name: name, flavorID: FlavorID(lastSegment(flavorRef)), imageID: imageRef.isEmpty ? nil : ImageID(imageRef),
      networks: try networks(server["networks"]), minCount: count(server["min_count"]) ?? 1,
      maxCount: count(server["max_count"]) ?? count(server["min_count"]) ?? 1,
      metadata: metadata(server["metadata"]), returnReservationID: boolean(server["return_reservation_id"]),
      microversion: version)
    request.groupHint = hints?["group"]
    request.otherHints = (hints?.objectPairs ?? []).compactMap { key, value in
      key == "group" ? nil : value.stringValue.map { SchedulerHint(key: key, value: $0) }
    }
    request.diskConfig = server["OS-DCF:diskConfig"]?.stringValue
    request.minCountDigits = server["min_count"].flatMap(BigDecimal.digits(of:))
    request.maxCountDigits =
      server["max_count"] != nil
      ? server["max_count"].flatMap(BigDecimal.digits(of:)) : request.minCountDigits
    return request
  }

  /// The body a client sends for `request` (hints under `os:scheduler_hints`).
  package static func body(_ request: ServerCreateRequest) -> JSONValue {
    var server: [(String, JSONValue)] = [
      ("name", .string(request.name)), ("flavorRef", .string(request.flavorID.rawValue)),
      ("imageRef", .string(request.imageID?.rawValue ?? "")),
    ]
    switch request.networks {
    case .auto: if request.microversion >= .v2_37 { server.append(("networks", .string("auto"))) }
    case .none: server.append(("networks", .string("none")))
    case .networks(let ids): server.append(("networks", .array(ids.map { .object([("uuid", .string($0.rawValue))]) })))
    }
    if request.minCount != 1 || request.maxCount != 1 {
      server.append(("min_count", request.minCountDigits.map(JSONValue.bigInteger) ?? .int(request.minCount)))
      server.append(("max_count", request.maxCountDigits.map(JSONValue.bigInteger) ?? .int(request.maxCount)))
    }
    if !request.metadata.isEmpty {
      server.append(
        ("metadata", .object(request.metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
    }
    if request.returnReservationID { server.append(("return_reservation_id", .bool(true))) }
    var top: [(String, JSONValue)] = [("server", .object(server))]
    var hints: [(String, JSONValue)] = request.groupHint.map { [("group", $0)] } ?? []
    hints += request.otherHints.map { ($0.key, .string($0.value)) }
    if !hints.isEmpty { top.append(("os:scheduler_hints", .object(hints))) }
    return .object(top)
  }

  /// Nova's `schemas/servers.py` create schema, reduced to the keys the sandbox acts on plus those clients send.
  static func schema(at version: Microversion) -> Schema {
    let name = Schema([.type([.string]), .minLength(1), .maxLength(255), .format(.name)])
    let positive = Schema([.type([.integer, .string]), .digitsPattern, .minimum(1), .minLength(1)])
    let networkItem = Schema([
      .type([.object]),
      .properties([
        ("fixed_ip", Schema([.type([.string])])), ("port", Schema([.type([.string, .null]), .format(.uuid)])),
        ("uuid", Schema([.type([.string])])), ("tag", Schema([.type([.string])])),
      ]),
      .additionalProperties(false),
    ])
    let networkList = Schema([.type([.array]), .items(networkItem)])
    let networks =
      version >= .v2_37
      ? Schema([
        .oneOf([networkList, Schema([.type([.string]), .enumeration([.string("none"), .string("auto")])])])
      ]) : networkList
    let string = Schema([.type([.string])])
    var properties: [(String, Schema)] = [
      ("name", name), ("imageRef", Schema([.type([.string])])),
      ("flavorRef", Schema([.type([.string, .integer]), .minLength(1)])), ("adminPass", string),
      ("metadata", Schema([.type([.object])])), ("networks", networks),
      ("OS-DCF:diskConfig", Schema([.type([.string]), .enumeration([.string("AUTO"), .string("MANUAL")])])),
      ("accessIPv4", string), ("accessIPv6", string), ("availability_zone", string), ("key_name", string),
      ("security_groups", Schema([.type([.array])])), ("user_data", string),
      ("config_drive", Schema([.type([.boolean, .string])])),
      ("block_device_mapping_v2", Schema([.type([.array])])), ("block_device_mapping", Schema([.type([.array])])),
      ("min_count", positive), ("max_count", positive),
      ("return_reservation_id", Schema([.type([.boolean, .string])])),
    ]
    if version >= Microversion(2, 19) { properties.append(("description", Schema([.type([.string, .null])]))) }
    if version >= Microversion(2, 52) { properties.append(("tags", Schema([.type([.array])]))) }
    if version >= Microversion(2, 63) {
      properties.append(("trusted_image_certificates", Schema([.type([.array, .null])])))
    }
    if version >= Microversion(2, 74) {
      properties.append(("host", string))
      properties.append(("hypervisor_hostname", string))
    }
    let server = Schema([
      .type([.object]), .properties(properties),
      .required(version >= .v2_37 ? ["name", "flavorRef", "networks"] : ["name", "flavorRef"]),
      .additionalProperties(false),
    ])
    let hints = Schema([.type([.object]), .properties([("group", NovaSchemas.groupHint)])])
    return Schema([
      .type([.object]),
      .properties([("server", server), ("os:scheduler_hints", hints), ("OS-SCH-HNT:scheduler_hints", hints)]),
      .required(["server"]), .additionalProperties(false),
    ])
  }

  private static func networks(_ value: JSONValue?) throws(CloudError) -> NetworkRequest {
    switch value {
    case nil, .string("auto")?: return .auto
    case .string("none")?: return .none
    case .array(let items)?:
      if items.isEmpty { return .auto }
      var ids: [NetworkID] = []
      for item in items {
        if let uuid = item["uuid"]?.stringValue {
          ids.append(NetworkID(uuid))
        } else if let port = item["port"]?.stringValue {
          throw .badRequest("Port \(port) could not be found.")
        }
      }
      return ids.isEmpty ? .auto : .networks(ids)
    default: return .auto
    }
  }

  /// A count the schema accepted. Nova counts in Python integers; past `Int.max` (a whole-number float such as
  /// `1e30`, or a long digit string) the count is clamped to `Int.max`, which is over any quota all the same.
  private static func count(_ value: JSONValue?) -> Int? {
    switch value {
    case .int(let number)?: return number
    case .bigInteger(let digits)?: return digits.hasPrefix("-") ? nil : Int.max
    case .double(let number)?:
      guard number.isFinite else { return nil }
      return number >= 9.2e18 ? Int.max : Int(exactly: number.rounded())
    case .string(let text)?:
      if let number = Int(text) { return number }
      return !text.isEmpty && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) ? Int.max : nil
    default: return nil
    }
  }

  /// Nova's `parameter_types.boolean`: true, "true", "True", "1", "yes", "on" and friends.
  private static func boolean(_ value: JSONValue?) -> Bool {
    switch value {
    case .bool(let flag)?: flag
    case .string(let text)?: ["1", "t", "true", "on", "y", "yes"].contains(text.lowercased())
    default: false
    }
  }

  private static func metadata(_ value: JSONValue?) -> [String: String] {
    var result: [String: String] = [:]
    for (key, item) in value?.objectPairs ?? [] { result[key] = item.stringValue ?? PythonRepr.str(item) }
    return result
  }

  /// `flavorRef` and `imageRef` may be URLs; Nova uses the last path segment.
  private static func lastSegment(_ text: String) -> String {
    text.split(separator: "/").last.map(String.init) ?? text
  }
}
