import ServerGroupsCore

/// Nova's version documents (spec §1.3; no authentication needed).
package enum NovaVersions {
  /// `GET /` of the compute service: both API versions, each with only its `self` link.
  /// `base` is the compute root without a trailing slash (`http://127.0.0.1:8774`).
  package static func root(base: String, minimum: Microversion, maximum: Microversion) -> JSONValue {
    .object([
      (
        "versions",
        .array([
          legacy(base: base, withDocs: false),
          current(base: base, minimum: minimum, maximum: maximum, withDocs: false),
        ])
      )
    ])
  }

  /// `GET /v2.1/`.
  package static func v21(base: String, minimum: Microversion, maximum: Microversion) -> JSONValue {
    .object([("version", current(base: base, minimum: minimum, maximum: maximum, withDocs: true))])
  }

  /// Reads the `v2.1` entry of either document back: its (minimum, maximum) microversions.
  package static func range(in body: JSONValue) -> (minimum: Microversion, maximum: Microversion)? {
    let entries = body["versions"]?.arrayValue ?? (body["version"].map { [$0] } ?? [])
    for entry in entries where entry["id"]?.stringValue == "v2.1" {
      guard let minimum = entry["min_version"]?.stringValue.flatMap(Microversion.init(parsing:)),
        let maximum = entry["version"]?.stringValue.flatMap(Microversion.init(parsing:))
      else { return nil }
      return (minimum, maximum)
    }
    return nil
  }

  private static func current(base: String, minimum: Microversion, maximum: Microversion, withDocs: Bool) -> JSONValue {
    var links: [JSONValue] = [.object([("href", .string(base + "/v2.1/")), ("rel", .string("self"))])]
    if withDocs {
      links.append(
        .object([
          ("href", .string("http://docs.openstack.org/")), ("rel", .string("describedby")),
          ("type", .string("text/html")),
        ]))
    }
    var pairs: [(String, JSONValue)] = [("id", .string("v2.1")), ("links", .array(links))]
    if withDocs { pairs.append(("media-types", mediaTypes("2.1"))) }
    pairs += [
      ("status", .string("CURRENT")), ("version", .string(maximum.description)),
      ("min_version", .string(minimum.description)), ("updated", .string("2013-07-23T11:33:21Z")),
    ]
    return .object(pairs)
  }

  private static func legacy(base: String, withDocs: Bool) -> JSONValue {
    .object([
      ("id", .string("v2.0")),
      ("links", .array([.object([("href", .string(base + "/v2/")), ("rel", .string("self"))])])),
      ("status", .string("SUPPORTED")), ("version", .string("")), ("min_version", .string("")),
      ("updated", .string("2011-01-21T11:33:21Z")),
    ])
  }

  private static func mediaTypes(_ version: String) -> JSONValue {
    .array([
      .object([
        ("base", .string("application/json")),
        ("type", .string("application/vnd.openstack.compute+json;version=\(version)")),
      ])
    ])
  }
}

/// The version documents of the image and network services, which clients read before their first call.
package enum ServiceVersions {
  /// Glance's `GET /` (`base` is the image endpoint, e.g. `http://127.0.0.1:8774/image`).
  package static func image(base: String) -> JSONValue {
    let versions = ["v2.16", "v2.15", "v2.9", "v2.0"].enumerated().map { index, id in
      JSONValue.object([
        ("id", .string(id)), ("status", .string(index == 0 ? "CURRENT" : "SUPPORTED")),
        ("links", .array([.object([("href", .string(base + "/v2/")), ("rel", .string("self"))])])),
      ])
    }
    return .object([("versions", .array(versions))])
  }

  /// Neutron's `GET /` (`base` is the network endpoint).
  package static func network(base: String) -> JSONValue {
    .object([
      (
        "versions",
        .array([
          .object([
            ("id", .string("v2.0")), ("status", .string("CURRENT")),
            ("links", .array([.object([("href", .string(base + "/v2.0/")), ("rel", .string("self"))])])),
          ])
        ])
      )
    ])
  }
}
