import ServerGroupsCore
import Testing

/// Spec §1.6.1: every row of Nova's validation message table, as the body arrives on the wire.
@Suite struct ValidationMessageTests {
  struct Row: CustomTestStringConvertible, Sendable {
    var version: Microversion
    var body: String
    var message: String
    var testDescription: String { "\(version) \(body)" }
  }

  static let v21 = Microversion.v2_1
  static let v215 = Microversion.v2_15
  static let v263 = Microversion(2, 63)
  static let v264 = Microversion.v2_64
  static let enum4 = "['anti-affinity', 'affinity', 'soft-anti-affinity', 'soft-affinity']"

  static let rows: [Row] =
    [
      Row(
        version: v21, body: #"{"server_group": {"name": "n", "policies": ["soft-affinity"]}}"#,
        message:
          "Invalid input for field/attribute 0. Value: soft-affinity. 'soft-affinity' is not one of ['anti-affinity', 'affinity']"
      ),
      Row(
        version: v21, body: #"{"server_group": {"name": "n", "policies": ["wrong-policy"]}}"#,
        message:
          "Invalid input for field/attribute 0. Value: wrong-policy. 'wrong-policy' is not one of ['anti-affinity', 'affinity']"
      ),
      Row(
        version: v215, body: #"{"server_group": {"name": "n", "policies": ["foo"]}}"#,
        message: "Invalid input for field/attribute 0. Value: foo. 'foo' is not one of \(enum4)"),
      Row(
        version: v21, body: #"{"server_group": {"name": "n", "policies": ["anti-affinity", "affinity"]}}"#,
        message:
          "Invalid input for field/attribute policies. Value: ['anti-affinity', 'affinity']. ['anti-affinity', 'affinity'] is too long"
      ),
      Row(
        version: v21, body: #"{"server_group": {"name": "n", "policies": ["affinity", "affinity"]}}"#,
        message:
          "Invalid input for field/attribute policies. Value: ['affinity', 'affinity']. ['affinity', 'affinity'] has non-unique elements"
      ),
      Row(
        version: v21, body: #"{"server_group": {"name": "n", "policies": []}}"#,
        message: "Invalid input for field/attribute policies. Value: []. [] should be non-empty"),
      Row(
        version: v21, body: #"{"server_group": {"name": "n", "policies": "affinity"}}"#,
        message: "Invalid input for field/attribute policies. Value: affinity. 'affinity' is not of type 'array'"),
      Row(
        version: v21, body: #"{"server_group": {"name": "n", "policies": null}}"#,
        message: "Invalid input for field/attribute policies. Value: None. None is not of type 'array'"),
      Row(
        version: v21, body: #"{"server_group": {"name": "n", "policies": [7]}}"#,
        message: "Invalid input for field/attribute 0. Value: 7. 7 is not of type 'string'"),
      Row(
        version: v21, body: #"{"server_group": {"name": "n"}}"#,
        message:
          "Invalid input for field/attribute server_group. Value: {'name': 'n'}. 'policies' is a required property"),
      Row(
        version: v263, body: #"{"server_group": {"name": "n", "policy": "affinity"}}"#,
        message:
          "Invalid input for field/attribute server_group. Value: {'name': 'n', 'policy': 'affinity'}. 'policies' is a required property"
      ),
      Row(
        version: v215,
        body: #"{"server_group": {"name": "n", "policies": ["anti-affinity"], "rules": {"max_server_per_host": 2}}}"#,
        message:
          "Invalid input for field/attribute server_group. Value: {'name': 'n', 'policies': ['anti-affinity'], 'rules': {'max_server_per_host': 2}}. Additional properties are not allowed ('rules' was unexpected)"
      ),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": "affinity", "foo": 1}}"#,
        message:
          "Invalid input for field/attribute server_group. Value: {'name': 'n', 'policy': 'affinity', 'foo': 1}. Additional properties are not allowed ('foo' was unexpected)"
      ),
      Row(version: v264, body: #"{}"#, message: "'server_group' is a required property"),
      Row(version: v264, body: #"{"no-instanceGroup": null}"#, message: "'server_group' is a required property"),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": "affinity"}, "foo": 1}"#,
        message: "Additional properties are not allowed ('foo' was unexpected)"),
      Row(version: v264, body: "null", message: "None is not of type 'object'"),
      Row(
        version: v264, body: #"{"server_group": null}"#,
        message: "Invalid input for field/attribute server_group. Value: None. None is not of type 'object'"),
      Row(
        version: v264, body: #"{"server_group": {"name": "test"}}"#,
        message:
          "Invalid input for field/attribute server_group. Value: {'name': 'test'}. 'policy' is a required property"),
      Row(
        version: v264, body: #"{"server_group": {"name": "test", "policies": ["affinity"]}}"#,
        message:
          "Invalid input for field/attribute server_group. Value: {'name': 'test', 'policies': ['affinity']}. 'policy' is a required property"
      ),
      Row(
        version: v264, body: #"{"server_group": {"name": "test", "policy": "affinity", "policies": ["affinity"]}}"#,
        message:
          "Invalid input for field/attribute server_group. Value: {'name': 'test', 'policy': 'affinity', 'policies': ['affinity']}. Additional properties are not allowed ('policies' was unexpected)"
      ),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": "foo"}}"#,
        message: "Invalid input for field/attribute policy. Value: foo. 'foo' is not one of \(enum4)"),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": ""}}"#,
        message: "Invalid input for field/attribute policy. Value: . '' is not one of \(enum4)"),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": "Affinity"}}"#,
        message: "Invalid input for field/attribute policy. Value: Affinity. 'Affinity' is not one of \(enum4)"),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": 7}}"#,
        message: "Invalid input for field/attribute policy. Value: 7. 7 is not of type 'string'"),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": null}}"#,
        message: "Invalid input for field/attribute policy. Value: None. None is not of type 'string'"),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": ["affinity"]}}"#,
        message: "Invalid input for field/attribute policy. Value: ['affinity']. ['affinity'] is not of type 'string'"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"unknown_key": "3"}}}"#,
        message:
          "Invalid input for field/attribute rules. Value: {'unknown_key': '3'}. Additional properties are not allowed ('unknown_key' was unexpected)"
      ),
      Row(
        version: v264, body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": "x"}}"#,
        message: "Invalid input for field/attribute rules. Value: x. 'x' is not of type 'object'"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"max_server_per_host": 0}}}"#,
        message: "Invalid input for field/attribute max_server_per_host. Value: 0. 0 is less than the minimum of 1"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"max_server_per_host": "0"}}}"#,
        message: "Invalid input for field/attribute max_server_per_host. Value: 0. 0 is less than the minimum of 1"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"max_server_per_host": -1}}}"#,
        message: "Invalid input for field/attribute max_server_per_host. Value: -1. -1 is less than the minimum of 1"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"max_server_per_host": "foo"}}}"#,
        message: "Invalid input for field/attribute max_server_per_host. Value: foo. 'foo' does not match '^[0-9]*$'"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"max_server_per_host": 1.5}}}"#,
        message:
          "Invalid input for field/attribute max_server_per_host. Value: 1.5. 1.5 is not of type 'integer', 'string'"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"max_server_per_host": true}}}"#,
        message:
          "Invalid input for field/attribute max_server_per_host. Value: True. True is not of type 'integer', 'string'"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "n", "policy": "anti-affinity", "rules": {"max_server_per_host": ""}}}"#,
        message: "Invalid input for field/attribute max_server_per_host. Value: . '' should be non-empty"),
      Row(
        version: v264, body: #"{"server_group": {"name": "", "policy": "affinity"}}"#,
        message: "Invalid input for field/attribute name. Value: . '' should be non-empty"),
      Row(
        version: v264,
        body: #"{"server_group": {"name": "\#(String(repeating: "a", count: 256))", "policy": "affinity"}}"#,
        message:
          "Invalid input for field/attribute name. Value: \(String(repeating: "a", count: 256)). '\(String(repeating: "a", count: 256))' is too long"
      ),
      Row(
        version: v264, body: #"{"server_group": {"name": 12, "policy": "affinity"}}"#,
        message: "Invalid input for field/attribute name. Value: 12. 12 is not of type 'string'"),
      Row(
        version: v264, body: #"{"server_group": {"name": null, "policy": "affinity"}}"#,
        message: "Invalid input for field/attribute name. Value: None. None is not of type 'string'"),
    ]
    + ["  x", "x ", "   ", "a\\tb", "bad\\u0000name", "\\ud83d\\udca9", "\\u00a0x"].map { name in
      Row(
        version: v264, body: #"{"server_group": {"name": "\#(name)", "policy": "affinity"}}"#,
        message: SchemaFailure.invalidNameMessage)
    }

  @Test(arguments: rows)
  func bodyIsRefusedWithNovasExactText(_ row: Row) throws {
    let body = try #require(JSONValue.parse(row.body), "test body is not JSON")
    #expect(throws: CloudError.badRequest(row.message)) {
      _ = try ServerGroupCreateRequest.validate(body: body, at: row.version)
    }
  }

  @Test func rulesWithAnotherPolicyPassTheSchemaAndFailInTheController() throws {
    let body = try #require(
      JSONValue.parse(#"{"server_group": {"name": "n", "policy": "affinity", "rules": {"max_server_per_host": 2}}}"#))
    let valid = try ServerGroupCreateRequest.validate(body: body, at: .v2_64)
    #expect(throws: CloudError.badRequest("Only anti-affinity policy supports rules.")) { try valid.checkRules() }
  }

  @Test(arguments: ["good* $%name", "DB Cluster", "Bådø-klynge", "trailing newline\n", "x"])
  func printableNamesPass(_ name: String) throws {
    let request = ServerGroupCreateRequest(name: name, policy: .antiAffinity)
    #expect(try request.validated().name == name)
  }

  @Test func digitStringRuleBecomesAnInteger() throws {
    let request = ServerGroupCreateRequest(
      name: "n", policy: "anti-affinity", rules: [("max_server_per_host", .string("2"))])
    #expect(try request.validated().rules == Rules(maxServerPerHost: 2))
  }

  @Test func listQueryIsCheckedAsNovaChecksIt() throws {
    #expect(
      throws: CloudError.badRequest(
        "Invalid input for query parameters limit. Value: -1. '-1' does not match '^[0-9]*$'")
    ) {
      _ = try ServerGroupListQuery.parse([("limit", "-1")], at: .v2_64)
    }
    #expect(
      throws: CloudError.badRequest(
        "Invalid input for query parameters offset. Value: dummy. 'dummy' does not match '^[0-9]*$'")
    ) {
      _ = try ServerGroupListQuery.parse([("offset", "dummy")], at: .v2_64)
    }
    #expect(throws: CloudError.badRequest("Invalid input for query parameters limit. Value: . '' should be non-empty"))
    {
      _ = try ServerGroupListQuery.parse([("limit", "")], at: .v2_64)
    }
    #expect(try ServerGroupListQuery.parse([("dummy", "1")], at: Microversion(2, 74)) == ServerGroupListQuery())
    #expect(throws: CloudError.badRequest("Additional properties are not allowed ('dummy' was unexpected)")) {
      _ = try ServerGroupListQuery.parse([("dummy", "1")], at: .v2_75)
    }
    let repeated = try ServerGroupListQuery.parse(
      [("limit", "2"), ("limit", "1"), ("all_projects", "False")], at: .v2_64)
    #expect(repeated == ServerGroupListQuery(allProjects: true, limit: 1))
  }

  @Test(arguments: [
    (#"foo"#, "Invalid input for field/attribute group. Value: foo. 'foo' is not valid under any of the given schemas"),
    (#"5"#, "Invalid input for field/attribute group. Value: 5. 5 is not valid under any of the given schemas"),
    (
      #""DB Cluster""#,
      "Invalid input for field/attribute group. Value: DB Cluster. 'DB Cluster' is not valid under any of the given schemas"
    ),
  ])
  func groupHintMustBeAUUID(_ hint: String, _ message: String) throws {
    var request = ServerCreateRequest(name: "s", flavorID: "1", imageID: nil)
    request.groupHint = JSONValue.parse(hint) ?? .string(hint)
    #expect(throws: CloudError.badRequest(message)) { _ = try request.validatedGroupHint() }
  }
}
