import ServerGroupsCore

/// Keystone's version documents (no authentication needed).
package enum KeystoneVersions {
  /// The identity API version the sandbox reports.
  package static let current = "v3.14"

  /// `GET /v3`: `{"version": {...}}`, `v3URL` ending in `/v3/`.
  package static func v3(url v3URL: String) -> JSONValue {
    .object([("version", entry(url: v3URL))])
  }

  /// `GET /` of the identity service: 300 with `{"versions": {"values": [...]}}`.
  package static func root(v3URL: String) -> JSONValue {
    .object([("versions", .object([("values", .array([entry(url: v3URL)]))]))])
  }

  private static func entry(url: String) -> JSONValue {
    .object([
      ("id", .string(current)), ("status", .string("stable")), ("updated", .string("2020-04-07T00:00:00Z")),
      ("links", .array([.object([("rel", .string("self")), ("href", .string(url))])])),
      (
        "media-types",
        .array([
          .object([
            ("base", .string("application/json")), ("type", .string("application/vnd.openstack.identity-v3+json")),
          ])
        ])
      ),
    ])
  }
}
