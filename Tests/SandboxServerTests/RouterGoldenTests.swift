import Foundation
import HTTPTypes
import OpenStackWire
import SandboxServer
import ServerGroupsCore
import Testing

/// Whole exchanges, kept as golden files in `Snapshots/` (re-record with `RECORD_SNAPSHOTS=1`).
@Suite struct RouterGoldenTests {
  @Test func versionDocumentsNeedNoToken() async throws {
    try await SandboxHarness.withClient { client in
      try Golden.check(
        [
          try await client.send(.get, "/"), try await client.send(.get, "/v2.1/"),
          try await client.send(.get, "/identity/v3"), try await client.send(.get, "/image"),
          try await client.send(.get, "/networking"),
        ], named: "version-documents")
    }
  }

  @Test func passwordTokenCarriesTheCatalog() async throws {
    try await SandboxHarness.withClient { client in
      let body = """
        {"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "participant-1", \
        "domain": {"name": "Default"}, "password": "secret-1"}}}, "scope": {"project": {"name": "participant-1", \
        "domain": {"name": "Default"}}}}}
        """
      let issued = try await client.send(.post, "/identity/v3/auth/tokens", body: body)
      #expect(issued.status == 201)
      let wrong = try await client.send(
        .post, "/identity/v3/auth/tokens", body: body.replacingOccurrences(of: "secret-1", with: "nope"))
      try Golden.check([issued, wrong], named: "keystone-password-token")
    }
  }

  @Test func serverGroupLifecycleAtTwoMicroversions() async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let old = try await client.send(
        .post, "/v2.1/os-server-groups", token: token,
        body: #"{"server_group": {"name": "test", "policies": ["anti-affinity"]}}"#)
      let new = try await client.send(
        .post, "/v2.1/os-server-groups", token: token, version: "2.64",
        body: #"{"server_group": {"name": "web", "policy": "anti-affinity", "rules": {"max_server_per_host": "2"}}}"#)
      let id = try #require(new.json?["server_group"]?["id"]?.stringValue)
      let list = try await client.send(.get, "/v2.1/os-server-groups", token: token, version: "2.64")
      let show = try await client.send(.get, "/v2.1/os-server-groups/\(id)", token: token, version: "2.13")
      let delete = try await client.send(.delete, "/v2.1/os-server-groups/\(id)", token: token, version: "2.64")
      let gone = try await client.send(.get, "/v2.1/os-server-groups/\(id)", token: token, version: "2.64")
      #expect(old.status == 200 && new.status == 200 && delete.status == 204 && gone.status == 404)
      try Golden.check([old, new, list, show, delete, gone], named: "server-group-lifecycle")
    }
  }

  @Test func bootIntoAGroupAndShowAsMemberAndAdmin() async throws {
    try await SandboxHarness.withClient { client in
      let member = try await client.token("participant-1")
      let admin = try await client.token("instructor")
      let groupID = try await client.createGroup("db", policy: "anti-affinity", token: member)
      let network = StableUUID.make("network/private")
      let image = StableUUID.make("image/cirros")
      let create = try await client.send(
        .post, "/v2.1/servers", token: member, version: "2.75",
        body: """
          {"server": {"name": "db-1", "flavorRef": "1", "imageRef": "\(image)", "networks": [{"uuid": "\(network)"}]}, \
          "OS-SCH-HNT:scheduler_hints": {"group": "\(groupID)"}}
          """)
      #expect(create.status == 202)
      let id = try #require(create.json?["server"]?["id"]?.stringValue)
      let show = try await client.send(.get, "/v2.1/servers/\(id)", token: member, version: "2.75")
      let adminShow = try await client.send(.get, "/v2.1/servers/\(id)", token: admin, version: "2.47")
      let detail = try await client.send(.get, "/v2.1/servers/detail", token: member)
      #expect(show.json?["server"]?["server_groups"] == .array([.string(groupID)]))
      #expect(show.json?["server"]?["OS-EXT-SRV-ATTR:host"] == nil)
      #expect(adminShow.json?["server"]?["OS-EXT-SRV-ATTR:host"]?.stringValue?.hasPrefix("compute-") == true)
      try Golden.check([create, show, adminShow, detail], named: "server-boot-show")
    }
  }

  @Test func multiCreateWithReservationID() async throws {
    try await SandboxHarness.withClient { client in
      let token = try await client.token("participant-1")
      let create = try await client.send(
        .post, "/v2.1/servers", token: token, version: "2.75",
        body:
          #"{"server": {"name": "web", "flavorRef": "1", "networks": "auto", "min_count": 3, "return_reservation_id": true}}"#
      )
      let reservation = try #require(create.json?["reservation_id"]?.stringValue)
      let listed = try await client.send(
        .get, "/v2.1/servers/detail?reservation_id=\(reservation)", token: token, version: "2.75")
      let names = listed.json?["servers"]?.arrayValue?.compactMap { $0["name"]?.stringValue }.sorted()
      #expect(names == ["web-1", "web-2", "web-3"])
      try Golden.check([create], named: "server-multi-create")
    }
  }

  @Test func adminCatalogRoutes() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let exchanges = [
        try await client.send(.get, "/v2.1/flavors", token: member),
        try await client.send(.get, "/v2.1/flavors/detail", token: member, version: "2.61"),
        try await client.send(.get, "/v2.1/limits", token: member, version: "2.75"),
        try await client.send(.get, "/v2.1/os-hypervisors/detail", token: admin, version: "2.53"),
        try await client.send(.get, "/v2.1/os-hypervisors/detail", token: member, version: "2.53"),
        try await client.send(.get, "/v2.1/os-services", token: admin, version: "2.53"),
        try await client.send(.get, "/v2.1/os-availability-zone", token: member),
        try await client.send(.get, "/image/v2/images?name=cirros", token: member),
        try await client.send(.get, "/networking/v2.0/networks?name=private", token: member),
      ]
      try Golden.check(exchanges, named: "catalog-and-admin")
    }
  }

  @Test func keystoneProjectsAndDomains() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let project = try #require(client.directory.projects.first { $0.name == "participant-1" })
      let user = try #require(client.directory.users.first { $0.name == "participant-1" })
      let exchanges = [
        try await client.send(.get, "/identity/v3/projects", token: admin),
        try await client.send(.get, "/identity/v3/projects?name=participant-2", token: admin),
        try await client.send(.get, "/identity/v3/projects/\(project.id)", token: member),
        try await client.send(.get, "/identity/v3/users/\(user.id)/projects", token: member),
        try await client.send(.get, "/identity/v3/auth/projects", token: member),
        try await client.send(.get, "/identity/v3/domains", token: admin),
        try await client.send(.get, "/identity/v3/domains/default", token: member),
        try await client.send(.get, "/identity/v3/projects", token: member),
        try await client.send(.get, "/identity/v3/domains/nope", token: admin),
      ]
      try Golden.check(exchanges, named: "keystone-projects-domains")
    }
  }

  /// Horizon's login: an unscoped token, the user's projects with it, then a token scoped to one of them.
  @Test func unscopedTokenThenRescope() async throws {
    try await SandboxHarness.withClient { client in
      let user = try #require(client.directory.users.first { $0.name == "participant-1" })
      let issue = try await client.send(
        .post, "/identity/v3/auth/tokens",
        body: #"{"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "participant-1", "#
          + #""domain": {"name": "Default"}, "password": "\#(client.password(of: "participant-1"))"}}}, "#
          + #""scope": "unscoped"}}"#)
      let token = try #require(issue.headers[HTTPField.Name("X-Subject-Token")!])
      let rescope =
        #"{"auth": {"identity": {"methods": ["token"], "token": {"id": "\#(token)"}}, "#
        + #""scope": {"project": {"id": "\#(user.projectID)"}}}}"#
      let exchanges = [
        issue,
        try await client.send(.get, "/identity/v3/users/\(user.id)/projects", token: token),
        try await client.send(.get, "/identity/v3/projects/\(user.projectID)", token: token),
        try await client.send(.get, "/v2.1/servers", token: token),
        try await client.send(.post, "/identity/v3/auth/tokens", body: rescope),
      ]
      try Golden.check(exchanges, named: "keystone-unscoped-token")
    }
  }

  /// python-glanceclient reads these before it lists images (Horizon's launch wizard) or metadata namespaces.
  @Test func glanceSchemas() async throws {
    try await SandboxHarness.withClient { client in
      let member = try await client.token("participant-1")
      var exchanges: [Exchange] = []
      for schema in ["image", "images", "metadefs/namespace", "metadefs/namespaces", "nope"] {
        exchanges.append(
          try await client.send(
            .get, "/image/v2/schemas/\(schema)", token: member, headers: [("Accept", "application/json")]))
      }
      let image = try #require(exchanges[0].json)
      // Every property of the sandbox's images is in the schema, with a type the schema allows.
      let images = try await client.send(.get, "/image/v2/images", token: member)
      for item in images.json?["images"]?.arrayValue ?? [] {
        guard case .object(let fields) = item else { continue }
        for (key, value) in fields {
          let types = image["properties"]?[key]?["type"]
          let allowed = types?.arrayValue?.compactMap(\.stringValue) ?? types?.stringValue.map { [$0] } ?? []
          #expect(!allowed.isEmpty, "\(key) is not in the image schema")
          let actual: String
          switch value {
          case .null: actual = "null"
          case .bool: actual = "boolean"
          case .int: actual = "integer"
          case .string: actual = "string"
          case .array: actual = "array"
          default: actual = "object"
          }
          #expect(allowed.contains(actual), "\(key): \(actual) is not one of \(allowed)")
        }
      }
      try Golden.check(exchanges, named: "glance-schemas")
    }
  }

  @Test func disablingAComputeServiceIsHonouredAtOnce() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let services = try await client.send(
        .get, "/v2.1/os-services?host=compute-1&binary=nova-compute", token: admin, version: "2.53")
      let serviceID = try #require(services.json?["services"]?.arrayValue?.first?["id"]?.stringValue)
      let disable = try await client.send(
        .put, "/v2.1/os-services/\(serviceID)", token: admin, version: "2.53",
        body: #"{"status": "disabled", "disabled_reason": "maintenance"}"#)
      #expect(disable.json?["service"]?["status"]?.stringValue == "disabled")
      // With every host but compute-1 disabled, a new server can only land on compute-1, in the
      // participant's own copy of the region too.
      let enable = try await client.send(
        .put, "/v2.1/os-services/enable", token: admin, body: #"{"host": "compute-1", "binary": "nova-compute"}"#)
      #expect(enable.json?["service"]?["status"]?.stringValue == "enabled")
      for host in ["compute-2", "compute-3", "compute-4"] {
        let legacy = try await client.send(
          .put, "/v2.1/os-services/disable", token: admin, body: "{\"host\": \"\(host)\", \"binary\": \"nova-compute\"}"
        )
        #expect(legacy.status == 200)
      }
      let create = try await client.send(
        .post, "/v2.1/servers", token: member, version: "2.75",
        body: #"{"server": {"name": "only", "flavorRef": "1", "networks": "none"}}"#)
      let id = try #require(create.json?["server"]?["id"]?.stringValue)
      let shown = try await client.send(.get, "/v2.1/servers/\(id)", token: admin, version: "2.75")
      #expect(shown.json?["server"]?["OS-EXT-SRV-ATTR:host"]?.stringValue == "compute-1")
      let refused = try await client.send(
        .put, "/v2.1/os-services/\(serviceID)", token: member, version: "2.53", body: #"{"status": "enabled"}"#)
      #expect(refused.status == 403)
      try Golden.check([disable, enable, refused], named: "service-disable")
    }
  }

  /// From 2.40 a project's usage comes in pages of servers, oldest first, which clients (novaclient, so Horizon's
  /// Overview) read with the last server as `marker` until a page is empty; a marker that names no server is
  /// Nova's 400. (A sandbox that ignored the marker kept Horizon's login asking for ever.)
  @Test func tenantUsagePagesFollowTheMarkerToAnEmptyPage() async throws {
    try await SandboxHarness.withClient { client in
      let member = try await client.token("participant-1")
      let project = try #require(client.directory.projects.first { $0.name == "participant-1" }?.id)
      let ids = try await client.boot(["a", "b", "c"], token: member)
      let base = "/v2.1/os-simple-tenant-usage/\(project)?start=2026-01-01T00:00:00&end=2030-01-01T00:00:00"
      func page(_ query: String, version: String = "2.40") async throws -> (Int, [String]?) {
        let reply = try await client.send(.get, base + query, token: member, version: version)
        let rows = reply.json?["tenant_usage"]?["server_usages"]?.arrayValue
        return (reply.status, rows?.compactMap { $0["instance_id"]?.stringValue })
      }
      #expect(try await page("&limit=2") == (200, [ids[0], ids[1]]))
      #expect(try await page("&marker=\(ids[1])") == (200, [ids[2]]))
      #expect(try await page("&marker=\(ids[2])") == (200, nil))
      #expect(try await page("&marker=nope").0 == 400)
      #expect(try await page("&limit=x").0 == 400)
      // Before 2.40 there are no pages: every server, whatever the marker.
      #expect(try await page("&marker=\(ids[2])", version: "2.39").1?.count == 3)
    }
  }

  @Test func usageQuotasAndServerSubresources() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let project = try #require(client.directory.projects.first { $0.name == "participant-1" }?.id)
      let create = try await client.send(
        .post, "/v2.1/servers", token: member, version: "2.75",
        body: #"{"server": {"name": "web-1", "flavorRef": "1", "networks": "none"}}"#)
      let id = try #require(create.json?["server"]?["id"]?.stringValue)
      let period = "start=2026-01-01T00:00:00&end=2026-01-02T00:00:00"
      let usage = try await client.send(.get, "/v2.1/os-simple-tenant-usage/\(project)?\(period)", token: member)
      let all = try await client.send(.get, "/v2.1/os-simple-tenant-usage?\(period)&detailed=1", token: admin)
      let quota = try await client.send(.get, "/v2.1/os-quota-sets/\(project)", token: member, version: "2.75")
      let detail = try await client.send(.get, "/v2.1/os-quota-sets/\(project)/detail", token: admin, version: "2.1")
      let defaults = try await client.send(.get, "/v2.1/os-quota-sets/\(project)/defaults", token: member)
      let volumes = try await client.send(.get, "/v2.1/servers/\(id)/os-volume_attachments", token: member)
      let groups = try await client.send(.get, "/v2.1/servers/\(id)/os-security-groups", token: member)
      let hours = try #require(usage.json?["tenant_usage"]?["total_hours"])
      guard case .double(let value) = hours else {
        Issue.record("total_hours is \(hours)")
        return
      }
      #expect(value > 0 && value <= 24)
      #expect(usage.json?["tenant_usage"]?["server_usages"]?.arrayValue?.count == 1)
      #expect(all.json?["tenant_usages"]?.arrayValue?.count == 1)
      #expect(quota.json?["quota_set"]?["instances"] != nil && quota.json?["quota_set"]?["fixed_ips"] == nil)
      #expect(detail.json?["quota_set"]?["instances"]?["in_use"] == .int(1))
      #expect(volumes.json?["volumeAttachments"] == .array([]))
      #expect(groups.json?["security_groups"]?.arrayValue?.first?["name"]?.stringValue == "default")
      try Golden.check([usage, all, quota, detail, defaults, volumes, groups], named: "usage-quotas-subresources")
    }
  }

  @Test func quotaUpdateAppliesAtOnceAndDeleteRestoresTheDefaults() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let project = try #require(client.directory.projects.first { $0.name == "participant-1" }?.id)
      let boot = #"{"server": {"name": "q", "flavorRef": "1", "networks": "none"}}"#
      let first = try await client.send(.post, "/v2.1/servers", token: member, version: "2.75", body: boot)
      #expect(first.status == 202)
      let refused = try await client.send(
        .put, "/v2.1/os-quota-sets/\(project)", token: member, body: #"{"quota_set": {"instances": 1}}"#)
      let below = try await client.send(
        .put, "/v2.1/os-quota-sets/\(project)", token: admin, body: #"{"quota_set": {"instances": 0}}"#)
      let unknown = try await client.send(
        .put, "/v2.1/os-quota-sets/\(project)", token: admin, version: "2.75",
        body: #"{"quota_set": {"floating_ips": 1}}"#)
      let update = try await client.send(
        .put, "/v2.1/os-quota-sets/\(project)", token: admin, version: "2.75",
        body: #"{"quota_set": {"instances": 1, "key_pairs": "5"}}"#)
      let over = try await client.send(.post, "/v2.1/servers", token: member, version: "2.75", body: boot)
      let show = try await client.send(.get, "/v2.1/os-quota-sets/\(project)", token: member, version: "2.75")
      let delete = try await client.send(.delete, "/v2.1/os-quota-sets/\(project)", token: admin)
      let again = try await client.send(.post, "/v2.1/servers", token: member, version: "2.75", body: boot)
      #expect(refused.status == 403 && below.status == 400 && unknown.status == 400)
      #expect(update.json?["quota_set"]?["instances"] == .int(1) && update.json?["quota_set"]?["id"] == nil)
      #expect(over.status == 403)
      #expect(show.json?["quota_set"]?["key_pairs"] == .int(5))
      #expect(delete.status == 202 && again.status == 202)
      try Golden.check([refused, below, unknown, update, over, show, delete], named: "quota-update-delete")
    }
  }

  @Test func evacuateMovesAServerOffADownHostWithinItsGroupsPolicy() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let groupID = try await client.createGroup("db", policy: "anti-affinity", token: member)
      let ids = try await client.boot(["db-1", "db-2"], token: member, group: groupID)
      func host(_ id: String) async throws -> String? {
        try await client.send(.get, "/v2.1/servers/\(id)", token: admin, version: "2.75")
          .json?["server"]?["OS-EXT-SRV-ATTR:host"]?.stringValue
      }
      let first = try #require(try await host(ids[0]))
      let second = try #require(try await host(ids[1]))
      let action = "/v2.1/servers/\(ids[0])/action"
      let refused = try await client.send(.post, action, token: member, version: "2.75", body: #"{"evacuate": {}}"#)
      let inUse = try await client.send(.post, action, token: admin, version: "2.75", body: #"{"evacuate": {}}"#)
      let down = try await client.send(
        .put, "/v2.1/os-services/force-down", token: admin, version: "2.11",
        body: "{\"host\": \"\(first)\", \"binary\": \"nova-compute\", \"forced_down\": true}")
      #expect(down.status == 200)
      let old = try await client.send(.post, action, token: admin, version: "2.1", body: #"{"evacuate": {"host": 1}}"#)
      let unknown = try await client.send(.post, action, token: admin, body: #"{"reboot": {"type": "HARD"}}"#)
      let moved = try await client.send(.post, action, token: admin, version: "2.75", body: #"{"evacuate": {}}"#)
      let now = try await host(ids[0])
      #expect(refused.status == 403 && inUse.status == 400 && old.status == 400 && unknown.status == 400)
      #expect(moved.status == 200 && now != nil && now != first && now != second)
      // Onto the other member's host the anti-affinity policy refuses, as on a boot: the server goes to ERROR.
      let back = try await client.send(
        .put, "/v2.1/os-services/force-down", token: admin, version: "2.11",
        body: "{\"host\": \"\(try #require(now))\", \"binary\": \"nova-compute\", \"forced_down\": true}")
      #expect(back.status == 200)
      let onto = try await client.send(
        .post, action, token: admin, version: "2.75", body: "{\"evacuate\": {\"host\": \"\(second)\"}}")
      let shown = try await client.send(.get, "/v2.1/servers/\(ids[0])", token: member, version: "2.75")
      #expect(onto.status == 200 && shown.json?["server"]?["status"]?.stringValue == "ERROR")
      try Golden.check([refused, inUse, old, unknown, moved, onto], named: "server-evacuate")
    }
  }

  @Test func neutronSubnetsPortsAndTheDefaultSecurityGroup() async throws {
    try await SandboxHarness.withClient { client in
      let member = try await client.token("participant-1")
      let network = StableUUID.make("network/private")
      let create = try await client.send(
        .post, "/v2.1/servers", token: member, version: "2.75",
        body: #"{"server": {"name": "web-1", "flavorRef": "1", "networks": [{"uuid": "\#(network)"}]}}"#)
      let id = try #require(create.json?["server"]?["id"]?.stringValue)
      let server = try await client.send(.get, "/v2.1/servers/\(id)", token: member)
      let address = server.json?["server"]?["addresses"]?["private"]?.arrayValue?.first?["addr"]?.stringValue
      let subnets = try await client.send(.get, "/networking/v2.0/subnets", token: member)
      let subnetID = try #require(subnets.json?["subnets"]?.arrayValue?.first?["id"]?.stringValue)
      let subnet = try await client.send(.get, "/networking/v2.0/subnets/\(subnetID)", token: member)
      let missing = try await client.send(.get, "/networking/v2.0/subnets/nope", token: member)
      let ports = try await client.send(.get, "/networking/v2.0/ports?device_id=\(id)", token: member)
      let groups = try await client.send(.get, "/networking/v2.0/security-groups?name=default", token: member)
      let routers = try await client.send(.get, "/networking/v2.0/routers", token: member)
      let port = ports.json?["ports"]?.arrayValue?.first
      #expect(address != nil && port?["fixed_ips"]?.arrayValue?.first?["ip_address"]?.stringValue == address)
      #expect(port?["fixed_ips"]?.arrayValue?.first?["subnet_id"]?.stringValue == subnetID)
      #expect(missing.status == 404 && subnet.status == 200)
      #expect(groups.json?["security_groups"]?.arrayValue?.first?["security_group_rules"]?.arrayValue?.count == 4)
      try Golden.check([subnets, subnet, missing, ports, groups, routers], named: "neutron-subnets-ports-groups")
    }
  }

  /// A filter key given more than once matches any of its values, as in Neutron: Horizon's instance table asks
  /// for the ports of a page of servers as `ports?device_id=a&device_id=b&…`.
  @Test func aRepeatedNeutronFilterMatchesAnyOfItsValues() async throws {
    try await SandboxHarness.withClient { client in
      let member = try await client.token("participant-1")
      let network = StableUUID.make("network/private")
      let ids = try await client.boot(["a", "b", "c"], token: member, networks: #"[{"uuid": "\#(network)"}]"#)
      func devices(_ query: String) async throws -> Set<String> {
        let ports = try await client.send(.get, "/networking/v2.0/ports?" + query, token: member)
        #expect(ports.status == 200)
        return Set(ports.json?["ports"]?.arrayValue?.compactMap { $0["device_id"]?.stringValue } ?? [])
      }
      #expect(try await devices("device_id=\(ids[0])&device_id=\(ids[2])") == [ids[0], ids[2]])
      #expect(try await devices("device_id=\(ids[1])") == [ids[1]])
      #expect(try await devices("device_id=\(ids[1])&device_owner=network:dhcp").isEmpty)
      let networks = try await client.send(
        .get, "/networking/v2.0/networks?id=\(network)&id=nope", token: member)
      #expect(networks.json?["networks"]?.arrayValue?.count == 1)
    }
  }

  @Test func linksCarryTheProjectOnlyWhenTheURLDidAndGlanceAnswersJSON() async throws {
    try await SandboxHarness.withClient { client in
      let member = try await client.token("participant-1")
      let project = try #require(client.directory.projects.first { $0.name == "participant-1" }?.id)
      let boot = #"{"server": {"name": "l", "flavorRef": "1", "networks": "none"}}"#
      let plain = try await client.send(.post, "/v2.1/servers", token: member, version: "2.75", body: boot)
      let auto = try await client.send(
        .post, "/v2.1/servers", token: member, version: "2.75",
        body: #"{"server": {"name": "a", "flavorRef": "1", "networks": "none", "OS-DCF:diskConfig": "AUTO"}}"#)
      let autoID = try #require(auto.json?["server"]?["id"]?.stringValue)
      let shownAuto = try await client.send(.get, "/v2.1/servers/\(autoID)", token: member, version: "2.75")
      #expect(auto.json?["server"]?["OS-DCF:diskConfig"]?.stringValue == "AUTO")
      #expect(shownAuto.json?["server"]?["OS-DCF:diskConfig"]?.stringValue == "AUTO")
      let wrong = try await client.send(
        .post, "/v2.1/servers", token: member, version: "2.75",
        body: #"{"server": {"name": "w", "flavorRef": "1", "networks": "none", "OS-DCF:diskConfig": "auto"}}"#)
      #expect(wrong.status == 400)
      #expect(plain.json?["server"]?["OS-DCF:diskConfig"]?.stringValue == "MANUAL")
      let scoped = try await client.send(.post, "/v2.1/\(project)/servers", token: member, version: "2.75", body: boot)
      let plainLocation = try #require(plain.headers[.location])
      let scopedLocation = try #require(scoped.headers[.location])
      #expect(!plainLocation.contains(project) && scopedLocation.contains("/v2.1/\(project)/servers/"))
      let plainLink = plain.json?["server"]?["links"]?.arrayValue?.first?["href"]?.stringValue
      let scopedLink = scoped.json?["server"]?["links"]?.arrayValue?.first?["href"]?.stringValue
      #expect(plainLink?.contains(project) == false && scopedLink?.contains(project) == true)
      let json = try await client.send(
        .get, "/image/v2/images/cirros-fake", token: member, headers: [("Accept", "application/json")])
      let text = try await client.send(.get, "/image/v2/images/cirros-fake", token: member)
      let namespaces = try await client.send(
        .get, "/image/v2/metadefs/namespaces?resource_types=OS::Nova::Server", token: member)
      #expect(json.json?["code"]?.stringValue == "404 Not Found" && text.json == nil && namespaces.status == 200)
      try Golden.check([wrong, json, text, namespaces], named: "glance-json-errors-namespaces")
    }
  }

  @Test func placementResourceProvidersInventoriesAndUsages() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let versions = try await client.send(.get, "/placement")
      let providers = try await client.send(.get, "/placement/resource_providers", token: admin)
      let uuid = try #require(providers.json?["resource_providers"]?.arrayValue?.first?["uuid"]?.stringValue)
      let inventories = try await client.send(.get, "/placement/resource_providers/\(uuid)/inventories", token: admin)
      let usages = try await client.send(.get, "/placement/resource_providers/\(uuid)/usages", token: admin)
      let missing = try await client.send(.get, "/placement/resource_providers/nope/usages", token: admin)
      let refused = try await client.send(.get, "/placement/resource_providers", token: member)
      let anonymous = try await client.send(.get, "/placement/resource_providers")
      let hypervisors = try await client.send(.get, "/v2.1/os-hypervisors", token: admin, version: "2.53")
      #expect(hypervisors.json?["hypervisors"]?.arrayValue?.first?["id"]?.stringValue == uuid)
      #expect(inventories.json?["inventories"]?["VCPU"]?["total"]?.intValue ?? 0 > 0)
      #expect(missing.status == 404 && refused.status == 403 && anonymous.status == 401)
      try Golden.check([versions, providers, inventories, usages, missing, refused], named: "placement-reads")
    }
  }

  /// A participant's server counts in the instructor's placement usages, as in os-hypervisors: each host's usage
  /// is what every project runs there (Horizon's Admin > Hypervisors draws both).
  @Test func placementUsagesCountEveryProjectsServers() async throws {
    try await SandboxHarness.withClient { client in
      let admin = try await client.token("instructor")
      let member = try await client.token("participant-1")
      let create = try await client.send(
        .post, "/v2.1/servers", token: member, version: "2.75",
        body: #"{"server": {"name": "u", "flavorRef": "1", "networks": "none"}}"#)
      let id = try #require(create.json?["server"]?["id"]?.stringValue)
      let shown = try await client.send(.get, "/v2.1/servers/\(id)", token: admin, version: "2.75")
      let host = try #require(shown.json?["server"]?["OS-EXT-SRV-ATTR:hypervisor_hostname"]?.stringValue)
      let providers = try await client.send(.get, "/placement/resource_providers?name=\(host)", token: admin)
      let uuid = try #require(providers.json?["resource_providers"]?.arrayValue?.first?["uuid"]?.stringValue)
      let usages = try await client.send(.get, "/placement/resource_providers/\(uuid)/usages", token: admin)
      let hypervisor = try await client.send(.get, "/v2.1/os-hypervisors/\(uuid)", token: admin, version: "2.53")
      #expect(usages.json?["usages"]?["VCPU"]?.intValue == 1)
      #expect(usages.json?["usages"]?["MEMORY_MB"]?.intValue == 512)
      #expect(hypervisor.json?["hypervisor"]?["memory_mb_used"]?.intValue == 512)
    }
  }
}
