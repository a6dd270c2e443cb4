import Foundation
import ServerGroupsCore

/// A Keystone v3 token as `POST /v3/auth/tokens` describes it (the token string itself travels in
/// `X-Subject-Token`).
package struct KeystoneToken: Sendable, Equatable {
  package var methods: [String]
  package var userID: String
  package var userName: String
  package var projectID: String
  package var projectName: String
  /// Role names with their IDs, implied roles included (admin ⇒ member ⇒ reader), as Keystone lists them.
  package var roles: [(id: String, name: String)]
  package var issuedAt: Date
  package var expiresAt: Date
  package var auditID: String
  package var catalog: [CatalogService]
  /// Set when the token came from an application credential.
  package var applicationCredential: (id: String, name: String)?
  /// An unscoped token (`"scope": "unscoped"`): Keystone's body then has no project, roles or catalog.
  package var isUnscoped = false

  package init(
    methods: [String], userID: String, userName: String, projectID: String, projectName: String,
    roles: [(id: String, name: String)], issuedAt: Date, expiresAt: Date, auditID: String, catalog: [CatalogService],
    applicationCredential: (id: String, name: String)? = nil
  ) {
    self.methods = methods
    self.userID = userID
    self.userName = userName
    self.projectID = projectID
    self.projectName = projectName
    self.roles = roles
    self.issuedAt = issuedAt
    self.expiresAt = expiresAt
    self.auditID = auditID
    self.catalog = catalog
    self.applicationCredential = applicationCredential
  }

  package static func == (lhs: Self, rhs: Self) -> Bool { lhs.body == rhs.body }

  /// The roles as core values (unknown role names are ignored).
  package var coreRoles: Set<Role> { Set(roles.compactMap { Role(rawValue: $0.name) }) }

  private static let defaultDomain = JSONValue.object([("id", .string("default")), ("name", .string("Default"))])

  /// Keystone's response body.
  package var body: JSONValue {
    var token: [(String, JSONValue)] = [
      ("methods", .array(methods.map(JSONValue.string))),
      (
        "user",
        .object([
          ("domain", Self.defaultDomain), ("id", .string(userID)), ("name", .string(userName)),
          ("password_expires_at", .null),
        ])
      ),
      ("audit_ids", .array([.string(auditID)])),
      ("expires_at", .string(WireDate.keystone(expiresAt))),
      ("issued_at", .string(WireDate.keystone(issuedAt))),
    ]
    guard !isUnscoped else { return .object([("token", .object(token))]) }
    token += [
      (
        "project",
        .object([("domain", Self.defaultDomain), ("id", .string(projectID)), ("name", .string(projectName))])
      ),
      ("is_domain", .bool(false)),
      ("roles", .array(roles.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
      ("catalog", .array(catalog.map(\.body))),
    ]
    if let credential = applicationCredential {
      token.append(
        (
          "application_credential",
          .object([("id", .string(credential.id)), ("name", .string(credential.name)), ("restricted", .bool(true))])
        ))
    }
    return .object([("token", .object(token))])
  }

  /// Reads a token response body.
  package init(body: JSONValue) throws(WireError) {
    let token = try JSONReader(body).object("token")
    let user = try token.object("user")
    let project = try token.object("project")
    methods = try token.array("methods").compactMap { $0.value.stringValue }
    userID = try user.string("id")
    userName = try user.string("name")
    projectID = try project.string("id")
    projectName = try project.string("name")
    roles = try token.array("roles").map { role throws(WireError) in (try role.string("id"), try role.string("name")) }
    issuedAt = token.optionalString("issued_at").flatMap(WireDate.parse) ?? Date(timeIntervalSince1970: 0)
    guard let expires = WireDate.parse(try token.string("expires_at")) else {
      throw .wrongType("token.expires_at", expected: "a time")
    }
    expiresAt = expires
    auditID = token.value["audit_ids"]?.arrayValue?.first?.stringValue ?? ""
    catalog = try (token.value["catalog"] == nil ? [] : token.array("catalog")).map(CatalogService.init(reader:))
    if let credential = token.value["application_credential"] {
      let reader = JSONReader(credential, path: "token.application_credential")
      applicationCredential = (try reader.string("id"), try reader.string("name"))
    }
  }
}

/// One service of the catalog with its endpoints.
package struct CatalogService: Sendable, Equatable {
  package var id: String
  package var type: String
  package var name: String
  package var endpoints: [CatalogEndpoint]

  package init(id: String, type: String, name: String, endpoints: [CatalogEndpoint]) {
    self.id = id
    self.type = type
    self.name = name
    self.endpoints = endpoints
  }

  package var body: JSONValue {
    .object([
      ("endpoints", .array(endpoints.map(\.body))), ("id", .string(id)), ("type", .string(type)),
      ("name", .string(name)),
    ])
  }

  init(reader: JSONReader) throws(WireError) {
    id = reader.optionalString("id") ?? ""
    type = try reader.string("type")
    name = reader.optionalString("name") ?? ""
    endpoints = try reader.array("endpoints").map { endpoint throws(WireError) in
      CatalogEndpoint(
        id: endpoint.optionalString("id") ?? "", interface: try endpoint.string("interface"),
        region: endpoint.optionalString("region_id") ?? endpoint.optionalString("region") ?? "",
        url: try endpoint.string("url"))
    }
  }

  /// The URL of this service for a region and interface (`public` when not said), as keystoneauth picks it.
  package func url(interface: String = "public", region: String? = nil) -> String? {
    endpoints.first { $0.interface == interface && (region == nil || $0.region == region) }?.url
  }
}

/// One endpoint of a catalog service.
package struct CatalogEndpoint: Sendable, Equatable {
  package var id: String
  package var interface: String
  package var region: String
  package var url: String

  package init(id: String, interface: String, region: String, url: String) {
    self.id = id
    self.interface = interface
    self.region = region
    self.url = url
  }

  package var body: JSONValue {
    .object([
      ("id", .string(id)), ("interface", .string(interface)), ("region", .string(region)),
      ("region_id", .string(region)), ("url", .string(url)),
    ])
  }
}
