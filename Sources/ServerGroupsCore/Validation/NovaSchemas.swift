/// Nova's request schemas for the calls sgtutor makes, per microversion (`schemas/server_groups.py`,
/// `schemas/servers.py`, `parameter_types.py`), as `Schema` values.
package enum NovaSchemas {
  /// `parameter_types.name`.
  static let name = Schema([.type([.string]), .minLength(1), .maxLength(255), .format(.name)])

  /// `parameter_types.positive_integer`.
  static let positiveInteger = Schema([.type([.integer, .string]), .digitsPattern, .minimum(1), .minLength(1)])

  /// `parameter_types.non_negative_integer`.
  static let nonNegativeInteger = Schema([.type([.integer, .string]), .digitsPattern, .minimum(0), .minLength(1)])

  /// The body of `POST /os-server-groups` at `version`.
  package static func serverGroupCreate(at version: Microversion) -> Schema {
    let inner: Schema
    if version >= .v2_64 {
      let policy = Schema([.type([.string]), .enumeration(Policy.allowed(at: version).map { .string($0.rawValue) })])
      let rules = Schema([
        .type([.object]), .properties([("max_server_per_host", positiveInteger)]), .additionalProperties(false),
      ])
      inner = Schema([
        .type([.object]), .properties([("name", name), ("policy", policy), ("rules", rules)]),
        .required(["name", "policy"]), .additionalProperties(false),
      ])
    } else {
      let policies = Schema([
        .type([.array]),
        .prefixItems([
          Schema([.type([.string]), .enumeration(Policy.allowed(at: version).map { .string($0.rawValue) })])
        ]),
        .uniqueItems, .minItems(1), .maxItems(1),
      ])
      inner = Schema([
        .type([.object]), .properties([("name", name), ("policies", policies)]),
        .required(["name", "policies"]), .additionalProperties(false),
      ])
    }
    return Schema([
      .type([.object]), .properties([("server_group", inner)]), .required(["server_group"]),
      .additionalProperties(false),
    ])
  }

  /// The `group` scheduler hint as Nova 34 checks it: one UUID, or a list of them.
  package static let groupHint = Schema([
    .oneOf([
      Schema([.type([.array]), .items(Schema([.type([.string]), .format(.uuid)]))]),
      Schema([.type([.string]), .format(.uuid)]),
    ])
  ])
}
