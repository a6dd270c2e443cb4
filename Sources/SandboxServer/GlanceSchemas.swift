import OpenStackWire
import ServerGroupsCore

/// Glance v2's JSON schemas (`GET /v2/schemas/...`), which python-glanceclient reads before it lists images or
/// metadata namespaces and checks every item against (warlock). The properties and types are Glance's base image
/// and metadefs namespace properties, as its api-ref documents them.
enum GlanceSchemas {
  /// The schema at `/v2/schemas/{path}`, nil for a path Glance has none at.
  static func schema(_ path: [String]) -> JSONValue? {
    switch path {
    case ["image"]: image
    case ["images"]: collection("images", of: image)
    case ["metadefs", "namespace"]: namespace
    case ["metadefs", "namespaces"]: collection("namespaces", of: namespace)
    default: nil
    }
  }

  private static func string(readOnly: Bool = false, nullable: Bool = false, maxLength: Int? = nil) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("type", nullable ? .array([.string("null"), .string("string")]) : .string("string"))
    ]
    if let maxLength { fields.append(("maxLength", .int(maxLength))) }
    if readOnly { fields.append(("readOnly", .bool(true))) }
    return .object(fields)
  }

  private static func type(_ name: String, nullable: Bool = false, readOnly: Bool = false) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("type", nullable ? .array([.string("null"), .string(name)]) : .string(name))
    ]
    if readOnly { fields.append(("readOnly", .bool(true))) }
    return .object(fields)
  }

  private static func enumeration(_ values: [String], nullable: Bool = false) -> JSONValue {
    .object([
      ("type", nullable ? .array([.string("null"), .string("string")]) : .string("string")),
      ("enum", .array((nullable ? [JSONValue.null] : []) + values.map(JSONValue.string))),
    ])
  }

  private static let links = JSONValue.array([
    .object([("href", .string("{self}")), ("rel", .string("self"))]),
    .object([("href", .string("{file}")), ("rel", .string("enclosure"))]),
    .object([("href", .string("{schema}")), ("rel", .string("describedby"))]),
  ])

  /// `GET /v2/schemas/image`: an image's base properties; any other property is a string.
  static let image = JSONValue.object([
    ("additionalProperties", .object([("type", .string("string"))])),
    ("links", links),
    ("name", .string("image")),
    (
      "properties",
      .object([
        ("checksum", string(readOnly: true, nullable: true, maxLength: 32)),
        (
          "container_format",
          enumeration(["ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed"], nullable: true)
        ),
        ("created_at", string(readOnly: true)),
        ("direct_url", string(readOnly: true)),
        (
          "disk_format",
          enumeration(
            ["ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"], nullable: true)
        ),
        ("file", string(readOnly: true)),
        ("id", string()),
        (
          "locations",
          .object([
            (
              "items",
              .object([
                ("properties", .object([("metadata", type("object")), ("url", string(maxLength: 255))])),
                ("required", .array([.string("url"), .string("metadata")])),
                ("type", .string("object")),
              ])
            ),
            ("type", .string("array")),
          ])
        ),
        ("min_disk", type("integer")),
        ("min_ram", type("integer")),
        ("name", string(nullable: true, maxLength: 255)),
        ("os_hash_algo", string(readOnly: true, nullable: true, maxLength: 64)),
        ("os_hash_value", string(readOnly: true, nullable: true, maxLength: 128)),
        ("os_hidden", type("boolean")),
        ("owner", string(nullable: true, maxLength: 255)),
        ("protected", type("boolean")),
        ("schema", string(readOnly: true)),
        ("self", string(readOnly: true)),
        ("size", type("integer", nullable: true, readOnly: true)),
        (
          "status",
          enumeration([
            "queued", "saving", "active", "killed", "deleted", "uploading", "importing", "pending_delete",
            "deactivated",
          ])
        ),
        ("stores", string(readOnly: true)),
        ("tags", .object([("items", string(maxLength: 255)), ("type", .string("array"))])),
        ("updated_at", string(readOnly: true)),
        ("virtual_size", type("integer", nullable: true, readOnly: true)),
        ("visibility", enumeration(["community", "public", "private", "shared"])),
      ])
    ),
  ])

  /// `GET /v2/schemas/metadefs/namespace`.
  static let namespace = JSONValue.object([
    ("additionalProperties", .bool(false)),
    ("name", .string("namespace")),
    (
      "properties",
      .object([
        ("created_at", string(readOnly: true)),
        ("description", string(maxLength: 500)),
        ("display_name", string(maxLength: 80)),
        ("namespace", string(maxLength: 80)),
        ("objects", type("array")),
        ("owner", string(maxLength: 255)),
        ("properties", type("object")),
        ("protected", type("boolean")),
        ("resource_type_associations", type("array")),
        ("schema", string(readOnly: true)),
        ("self", string(readOnly: true)),
        ("tags", type("array")),
        ("updated_at", string(readOnly: true)),
        ("visibility", enumeration(["public", "private"])),
      ])
    ),
    ("required", .array([.string("namespace")])),
  ])

  /// A list's schema: its items, `first`, `next` and `schema`, with Glance's links.
  private static func collection(_ name: String, of item: JSONValue) -> JSONValue {
    .object([
      (
        "links",
        .array([
          .object([("href", .string("{first}")), ("rel", .string("first"))]),
          .object([("href", .string("{next}")), ("rel", .string("next"))]),
          .object([("href", .string("{schema}")), ("rel", .string("describedby"))]),
        ])
      ),
      ("name", .string(name)),
      (
        "properties",
        .object([
          ("first", type("string")), (name, .object([("items", item), ("type", .string("array"))])),
          ("next", type("string")), ("schema", type("string")),
        ])
      ),
    ])
  }
}
