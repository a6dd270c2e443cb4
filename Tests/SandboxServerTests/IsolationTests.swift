import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// Another project's groups and servers are invisible on every route (404 as Nova answers, 400 for a
/// hint), `all_projects` only works for the admin, in both region layouts.
@Suite struct IsolationTests {
  @Test(arguments: [false, true])
  func participantsCannotSeeEachOther(sharedHosts: Bool) async throws {
    try await SandboxHarness.withClient(sharedHosts: sharedHosts) { client in
      let one = try await client.token("participant-1")
      let two = try await client.token("participant-2")
      let admin = try await client.token("instructor")
      let groupID = try await client.createGroup("mine", policy: "affinity", token: one)
      let serverID = try #require(try await client.boot(["s"], token: one, group: groupID).first)

      let listGroups = try await client.send(.get, "/v2.1/os-server-groups?all_projects=True", token: two)
      #expect(listGroups.json?["server_groups"] == .array([]))
      let showGroup = try await client.send(.get, "/v2.1/os-server-groups/\(groupID)", token: two)
      #expect(showGroup.status == 404)
      #expect(
        showGroup.json?["itemNotFound"]?["message"]?.stringValue == "Instance group \(groupID) could not be found.")
      let deleteGroup = try await client.send(.delete, "/v2.1/os-server-groups/\(groupID)", token: two)
      #expect(deleteGroup.status == 404)
      let hint = try await client.send(
        .post, "/v2.1/servers", token: two, version: "2.75",
        body:
          #"{"server": {"name": "x", "flavorRef": "1", "networks": "none"}, "os:scheduler_hints": {"group": "\#(groupID)"}}"#
      )
      #expect(hint.status == 400)
      #expect(hint.json?["badRequest"]?["message"]?.stringValue == "Instance group \(groupID) could not be found.")
      let listServers = try await client.send(.get, "/v2.1/servers/detail?all_tenants=1", token: two)
      #expect(listServers.json?["servers"] == .array([]))
      let showServer = try await client.send(.get, "/v2.1/servers/\(serverID)", token: two)
      #expect(showServer.status == 404)
      let deleteServer = try await client.send(.delete, "/v2.1/servers/\(serverID)", token: two)
      #expect(deleteServer.status == 404)
      let hypervisors = try await client.send(.get, "/v2.1/os-hypervisors/detail", token: two)
      #expect(hypervisors.status == 403)
      let services = try await client.send(.get, "/v2.1/os-services", token: two)
      #expect(services.status == 403)
      let limits = try await client.send(.get, "/v2.1/limits", token: two)
      #expect(limits.json?["limits"]?["absolute"]?["totalServerGroupsUsed"] == .int(0))

      let adminGroups = try await client.send(.get, "/v2.1/os-server-groups?all_projects=1", token: admin)
      #expect(adminGroups.json?["server_groups"]?.arrayValue?.count == 1)
      let adminOwn = try await client.send(.get, "/v2.1/os-server-groups", token: admin)
      #expect(adminOwn.json?["server_groups"] == .array([]))
      let adminServers = try await client.send(.get, "/v2.1/servers/detail?all_tenants=1", token: admin)
      #expect(adminServers.json?["servers"]?.arrayValue?.count == 1)
      let adminShow = try await client.send(.get, "/v2.1/os-server-groups/\(groupID)", token: admin)
      #expect(adminShow.status == 200)

      let reader = try await client.token("participant-1-reader")
      let readerList = try await client.send(.get, "/v2.1/os-server-groups", token: reader)
      #expect(readerList.json?["server_groups"]?.arrayValue?.count == 1)
      let readerDelete = try await client.send(.delete, "/v2.1/os-server-groups/\(groupID)", token: reader)
      #expect(readerDelete.status == 403)
      let stillThere = try await client.send(.get, "/v2.1/os-server-groups/\(groupID)", token: one)
      #expect(stillThere.status == 200)
    }
  }
}

/// Keystone's default policy on tokens and scopes, for each kind of caller: a token that is not the caller's
/// own may only be validated, checked or revoked with the admin role, and a scope without a role is 401.
@Suite struct KeystoneIsolationTests {
  /// The callers: a member, a reader, an application credential, the admin.
  enum Kind: String, CaseIterable, Sendable { case member, reader, applicationCredential, admin }

  static func token(_ kind: Kind, _ client: SandboxClient) async throws -> String {
    switch kind {
    case .member: try await client.token("participant-1")
    case .reader: try await client.token("participant-1-reader")
    case .applicationCredential: try await client.applicationCredentialToken("participant-1")
    case .admin: try await client.token("instructor")
    }
  }

  static func forbidden(_ action: String) -> JSONValue {
    .object([
      (
        "error",
        .object([
          ("code", .int(403)),
          ("message", .string("You are not authorized to perform the requested action: \(action).")),
          ("title", .string("Forbidden")),
        ])
      )
    ])
  }

  @Test(arguments: Kind.allCases)
  func anotherUsersTokenNeedsTheAdminRole(kind: Kind) async throws {
    try await SandboxHarness.withClient { client in
      let caller = try await Self.token(kind, client)
      let admin = kind == .admin
      for (method, action) in [(HTTPRequest.Method.get, "validate_token"), (.head, "check_token")] {
        let other = try await client.token("participant-2")
        let answer = try await client.send(
          method, "/identity/v3/auth/tokens", token: caller, headers: [("X-Subject-Token", other)])
        #expect(answer.status == (admin ? 200 : 403), "\(method) as \(kind)")
        if method == .get {
          if admin {
            #expect(answer.json?["token"]?["user"]?["name"]?.stringValue == "participant-2")
          } else {
            #expect(answer.json == Self.forbidden("identity:\(action)"))
          }
        }
      }
      let other = try await client.token("participant-2")
      let revoke = try await client.send(
        .delete, "/v3/auth/tokens", token: caller, headers: [("X-Subject-Token", other)])
      #expect(revoke.status == (admin ? 204 : 403))
      if !admin { #expect(revoke.json == Self.forbidden("identity:revoke_token")) }
      let afterwards = try await client.send(.get, "/v2.1/os-server-groups", token: other)
      #expect(afterwards.status == (admin ? 401 : 200), "the other token after a \(revoke.status)")
    }
  }

  @Test(arguments: Kind.allCases)
  func theCallersOwnTokensNeedNoAdmin(kind: Kind) async throws {
    try await SandboxHarness.withClient { client in
      let caller = try await Self.token(kind, client)
      let own = try await Self.token(kind, client)
      let validate = try await client.send(
        .get, "/identity/v3/auth/tokens", token: caller, headers: [("X-Subject-Token", own)])
      #expect(validate.status == 200)
      #expect(validate.headers[HTTPField.Name("X-Subject-Token")!] == own)
      let check = try await client.send(.head, "/v3/auth/tokens", token: caller, headers: [("X-Subject-Token", own)])
      #expect(check.status == 200)
      let missing = try await client.send(
        .get, "/v3/auth/tokens", token: caller, headers: [("X-Subject-Token", "gAAAAAnope")])
      #expect(missing.status == 404)
      #expect(missing.json?["error"]?["message"]?.stringValue == "Could not find token: gAAAAAnope.")
      let revoke = try await client.send(.delete, "/v3/auth/tokens", token: caller, headers: [("X-Subject-Token", own)])
      #expect(revoke.status == 204)
      let again = try await client.send(.delete, "/v3/auth/tokens", token: caller, headers: [("X-Subject-Token", own)])
      #expect(again.status == 404)
      let revoked = try await client.send(.get, "/v2.1/os-server-groups", token: own)
      #expect(revoked.status == 401)
      let stillValid = try await client.send(.get, "/v2.1/os-server-groups", token: caller)
      #expect(stillValid.status == 200)
    }
  }

  static let unauthorized: JSONValue = .object([
    (
      "error",
      .object([
        ("code", .int(401)), ("message", .string("The request you have made requires authentication.")),
        ("title", .string("Unauthorized")),
      ])
    )
  ])

  /// The `scope` object of a token request for `project`.
  static func scope(_ project: KeystoneName) -> JSONValue {
    KeystoneAuthRequest.token("", project: project).body["auth"]?["scope"] ?? .null
  }

  @Test(arguments: Kind.allCases)
  func aScopeWithoutARoleIs401(kind: Kind) async throws {
    try await SandboxHarness.withClient { client in
      let directory = client.directory
      let otherName = kind == .admin ? "participant-1" : "participant-2"
      let other = try #require(directory.projects.first { $0.name == otherName })
      let ownName = kind == .admin ? "instructor" : "participant-1"
      let user = kind == .reader ? "participant-1-reader" : (kind == .admin ? "instructor" : "participant-1")
      let scopes: [KeystoneName] = [
        KeystoneName(id: other.id), KeystoneName(name: other.name, domainName: "Default"),
        KeystoneName(id: "0123456789abcdef0123456789abcdef"),
      ]
      for scope in scopes {
        let body: String
        if kind == .applicationCredential {
          let credential = try #require(directory.applicationCredentials.first)
          var json = KeystoneAuthRequest.applicationCredential(
            id: credential.id, name: nil, user: nil, secret: credential.secret
          ).body
          json = .object([
            (
              "auth",
              .object(
                (json["auth"]?.objectPairs ?? []) + [("scope", Self.scope(scope))])
            )
          ])
          body = json.serialized()
        } else {
          body = KeystoneAuthRequest.password(
            user: KeystoneName(name: user, domainName: "Default"), password: client.password(of: user), project: scope
          ).body.serialized()
        }
        let answer = try await client.send(.post, "/identity/v3/auth/tokens", body: body)
        #expect(answer.status == 401, "\(kind) scoped to \(scope)")
        #expect(answer.headers[HTTPField.Name("X-Subject-Token")!] == nil)
        if kind == .applicationCredential {
          #expect(
            answer.json?["error"]?["message"]?.stringValue
              == "Error authenticating with application credential: Application credentials cannot request a scope.")
        } else {
          #expect(answer.json == Self.unauthorized)
        }
        // Rescoping a valid token to that project is refused the same way.
        let token = try await Self.token(kind, client)
        let rescope = try await client.send(
          .post, "/v3/auth/tokens", body: KeystoneAuthRequest.token(token, project: scope).body.serialized())
        #expect(rescope.status == 401)
        #expect(rescope.json == Self.unauthorized)
      }
      if kind != .applicationCredential {
        let own = try #require(directory.projects.first { $0.name == ownName })
        let scoped = try await client.send(
          .post, "/identity/v3/auth/tokens",
          body: KeystoneAuthRequest.password(
            user: KeystoneName(name: user, domainName: "Default"), password: client.password(of: user),
            project: KeystoneName(name: own.name, domainName: "Default")
          ).body.serialized())
        #expect(scoped.status == 201)
        #expect(scoped.json?["token"]?["project"]?["id"]?.stringValue == own.id)
      }
    }
  }

  @Test(arguments: Kind.allCases)
  func projectsAndDomainsFollowKeystonesDefaultPolicy(kind: Kind) async throws {
    try await SandboxHarness.withClient { client in
      let token = try await Self.token(kind, client)
      let directory = client.directory
      let admin = kind == .admin
      let myName = admin ? "instructor" : (kind == .reader ? "participant-1-reader" : "participant-1")
      let me = try #require(directory.users.first { $0.name == myName })
      let other = try #require(directory.users.first { $0.name == "participant-2" })
      let mine = me.projectID
      let missing = "0123456789abcdef0123456789abcdef"
      func get(_ path: String, _ token: String?) async throws -> Exchange {
        try await client.send(.get, "/identity/v3" + path, token: token)
      }
      // (path, status for the admin, status for everyone else, the action a refusal names)
      let table: [(String, Int, Int, String?)] = [
        ("/projects", 200, 403, "identity:list_projects"),
        ("/projects/\(mine)", 200, 200, nil),
        ("/projects/\(other.projectID)", 200, 403, "identity:get_project"),
        ("/projects/\(missing)", 404, 403, "identity:get_project"),
        ("/users/\(me.id)/projects", 200, 200, nil),
        ("/users/\(other.id)/projects", 200, 403, "identity:list_user_projects"),
        ("/users/\(missing)/projects", 404, 403, "identity:list_user_projects"),
        ("/auth/projects", 200, 200, nil),
        ("/domains", 200, 403, "identity:list_domains"),
        ("/domains/default", 200, 200, nil),
        ("/domains/\(missing)", 404, 403, "identity:get_domain"),
      ]
      for (path, adminStatus, otherStatus, action) in table {
        let answer = try await get(path, token)
        let status = admin ? adminStatus : otherStatus
        #expect(answer.status == status, "\(kind) GET \(path)")
        if status == 403, let action { #expect(answer.json == Self.forbidden(action), "\(kind) GET \(path)") }
        let anonymous = try await get(path, nil)
        #expect(anonymous.status == 401, "GET \(path) without a token")
      }
      let own = try await get("/users/\(me.id)/projects", token)
      #expect(own.json?["projects"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [mine])
      let scoped = try await get("/auth/projects", token)
      #expect(scoped.json?["projects"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [mine])
      if admin {
        let all = try await get("/projects", token)
        let names = all.json?["projects"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names == directory.projects.map(\.name))
        let theirs = try await get("/users/\(other.id)/projects", token)
        #expect(theirs.json?["projects"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [other.projectID])
      }
    }
  }
}

/// An unscoped token (Horizon's login asks for one, lists the user's projects with it, then rescopes) names a
/// user and nothing else: no role, no project, and no service takes it.
@Suite struct UnscopedTokenTests {
  @Test(arguments: ["participant-1", "instructor"])
  func anUnscopedTokenReadsOnlyItsUsersProjects(user: String) async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.unscopedToken(user)
      let me = try #require(client.directory.users.first { $0.name == user })
      let other = try #require(client.directory.users.first { $0.name == "participant-2" })
      // (path, status, the action a 403 names)
      let table: [(String, Int, String?)] = [
        ("/identity/v3/users/\(me.id)/projects", 200, nil),
        ("/identity/v3/auth/projects", 200, nil),
        ("/identity/v3/users/\(other.id)/projects", 403, "identity:list_user_projects"),
        ("/identity/v3/projects", 403, "identity:list_projects"),
        ("/identity/v3/projects/\(me.projectID)", 403, "identity:get_project"),
        ("/identity/v3/domains/default", 403, "identity:get_domain"),
        ("/v2.1/servers", 401, nil),
        ("/v2.1/os-server-groups", 401, nil),
        ("/image/v2/images", 401, nil),
        ("/networking/v2.0/networks", 401, nil),
        ("/placement/resource_providers", 401, nil),
        ("/image/v2/schemas/image", 401, nil),
      ]
      for (path, status, action) in table {
        let answer = try await client.send(.get, path, token: token)
        #expect(answer.status == status, "\(user) unscoped GET \(path)")
        if let action {
          #expect(answer.json == KeystoneIsolationTests.forbidden(action), "\(user) unscoped GET \(path)")
        }
      }
      let own = try await client.send(.get, "/identity/v3/users/\(me.id)/projects", token: token)
      #expect(own.json?["projects"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [me.projectID])
      // Rescoped to the user's own project it is a token like any other; to another project it is refused.
      let rescope = { (project: String) in
        #"{"auth": {"identity": {"methods": ["token"], "token": {"id": "\#(token)"}}, "#
          + #""scope": {"project": {"id": "\#(project)"}}}}"#
      }
      let scoped = try await client.send(.post, "/identity/v3/auth/tokens", body: rescope(me.projectID))
      #expect(scoped.status == 201)
      #expect(scoped.json?["token"]?["project"]?["id"]?.stringValue == me.projectID)
      let scopedToken = try #require(scoped.headers[HTTPField.Name("X-Subject-Token")!])
      let servers = try await client.send(.get, "/v2.1/servers", token: scopedToken)
      #expect(servers.status == 200)
      let elsewhere = try await client.send(.post, "/identity/v3/auth/tokens", body: rescope(other.projectID))
      #expect(elsewhere.status == 401)
    }
  }
}

/// Usage, quotas and a server's sub-resources follow Nova's default policy: a project's readers see their own,
/// the admin sees every project, and another project's server is 404.
@Suite struct NovaProjectIsolationTests {
  @Test(arguments: [false, true])
  func usageQuotasAndSubresourcesStayInTheProject(sharedHosts: Bool) async throws {
    try await SandboxHarness.withClient(sharedHosts: sharedHosts) { client in
      let one = try await client.token("participant-1")
      let two = try await client.token("participant-2")
      let reader = try await client.token("participant-1-reader")
      let admin = try await client.token("instructor")
      let projects = client.directory.projects
      let mine = try #require(projects.first { $0.name == "participant-1" }?.id)
      let theirs = try #require(projects.first { $0.name == "participant-2" }?.id)
      let server = try await client.send(
        .post, "/v2.1/servers", token: one, version: "2.75",
        body: #"{"server": {"name": "s", "flavorRef": "1", "networks": "none"}}"#)
      let serverID = try #require(server.json?["server"]?["id"]?.stringValue)
      // (path, token, status, the policy a 403 names)
      let table: [(String, String, Int, String?)] = [
        ("os-simple-tenant-usage", one, 403, "os_compute_api:os-simple-tenant-usage:list"),
        ("os-simple-tenant-usage", admin, 200, nil),
        ("os-simple-tenant-usage/\(mine)", reader, 200, nil),
        ("os-simple-tenant-usage/\(mine)", two, 403, "os_compute_api:os-simple-tenant-usage:show"),
        ("os-simple-tenant-usage/\(mine)", admin, 200, nil),
        ("os-quota-sets/\(mine)", reader, 200, nil),
        ("os-quota-sets/\(mine)", two, 403, "os_compute_api:os-quota-sets:show"),
        ("os-quota-sets/\(mine)/detail", two, 403, "os_compute_api:os-quota-sets:detail"),
        ("os-quota-sets/\(theirs)", admin, 200, nil),
        ("os-quota-sets/0123456789abcdef0123456789abcdef", admin, 400, nil),
        ("os-quota-sets/\(mine)/defaults", two, 200, nil),
        ("servers/\(serverID)/os-volume_attachments", two, 404, nil),
        ("servers/\(serverID)/os-security-groups", two, 404, nil),
        ("servers/\(serverID)/os-security-groups", admin, 200, nil),
        ("servers/\(serverID)/os-volume_attachments", reader, 200, nil),
      ]
      for (path, token, status, policy) in table {
        let answer = try await client.send(.get, "/v2.1/" + path, token: token)
        #expect(answer.status == status, "GET \(path)")
        if let policy {
          #expect(
            answer.json?["forbidden"]?["message"]?.stringValue == "Policy doesn't allow \(policy) to be performed.")
        }
        let anonymous = try await client.send(.get, "/v2.1/" + path, token: nil)
        #expect(anonymous.status == 401, "GET \(path) without a token")
      }
      let usage = try await client.send(.get, "/v2.1/os-simple-tenant-usage/\(theirs)", token: two)
      #expect(usage.json?["tenant_usage"] == .object([]))
      let theirQuota = try await client.send(.get, "/v2.1/os-quota-sets/\(theirs)/detail", token: admin)
      #expect(theirQuota.json?["quota_set"]?["instances"]?["in_use"] == .int(0))
      let groups = try await client.send(.get, "/v2.1/servers/\(serverID)/os-security-groups", token: admin)
      #expect(groups.json?["security_groups"]?.arrayValue?.first?["tenant_id"]?.stringValue == mine)
      for (method, token) in [(HTTPRequest.Method.put, two), (.put, reader), (.delete, one), (.delete, reader)] {
        let action = method == .put ? "update" : "delete"
        let answer = try await client.send(
          method, "/v2.1/os-quota-sets/\(mine)", token: token, body: #"{"quota_set": {"instances": 0}}"#)
        #expect(answer.status == 403, "\(method) os-quota-sets")
        #expect(
          answer.json?["forbidden"]?["message"]?.stringValue
            == "Policy doesn't allow os_compute_api:os-quota-sets:\(action) to be performed.")
      }
      let evacuate = #"{"evacuate": {}}"#
      let action = "/v2.1/servers/\(serverID)/action"
      let theirEvacuate = try await client.send(.post, action, token: two, version: "2.75", body: evacuate)
      #expect(theirEvacuate.status == 404)
      let ownEvacuate = try await client.send(.post, action, token: one, version: "2.75", body: evacuate)
      #expect(ownEvacuate.status == 403)
      let theirPorts = try await client.send(.get, "/networking/v2.0/ports?device_id=\(serverID)", token: two)
      #expect(theirPorts.json?["ports"] == .array([]))
      let theirGroups = try await client.send(.get, "/networking/v2.0/security-groups", token: two)
      #expect(theirGroups.json?["security_groups"]?.arrayValue?.compactMap { $0["tenant_id"]?.stringValue } == [theirs])
      let adminGroups = try await client.send(.get, "/networking/v2.0/security-groups", token: admin)
      #expect(adminGroups.json?["security_groups"]?.arrayValue?.count == projects.count)
      let myGroup = try #require(
        (try await client.send(.get, "/networking/v2.0/security-groups", token: one)).json?["security_groups"]?
          .arrayValue?.first?["id"]?.stringValue)
      let peek = try await client.send(.get, "/networking/v2.0/security-groups/\(myGroup)", token: two)
      #expect(peek.status == 404)
      let unchanged = try await client.send(.get, "/v2.1/os-quota-sets/\(mine)", token: one)
      #expect(unchanged.json?["quota_set"]?["instances"] == .int(10))
    }
  }
}
