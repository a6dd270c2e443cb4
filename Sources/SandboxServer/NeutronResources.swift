import Foundation
import OpenStackWire
import ServerGroupsCore

/// Neutron's subnets, ports and security groups as the sandbox derives them: every network has one shared
/// subnet, every server one port per network address, every project a `default` security group.
extension Sandbox {
  /// Answers the subnet, port and security-group reads, or nil for a path this does not serve.
  func neutronResource(_ request: SandboxRequest, _ path: [String], caller: Caller) async -> SandboxReply? {
    switch path {
    case ["v2.0", "subnets"]:
      let list = networks.map { subnetBody($0) }.filter { Self.matches($0, request.query) }
      return .json(200, .object([("subnets", .array(list))]))
    case _ where PathPattern.match(path, "v2.0/subnets/*") != nil:
      guard let subnet = networks.map({ subnetBody($0) }).first(where: { $0["id"]?.stringValue == path[2] }) else {
        return .json(404, Self.neutronNotFound("SubnetNotFound", "Subnet \(path[2]) could not be found."))
      }
      return .json(200, .object([("subnet", subnet)]))
    case ["v2.0", "ports"]:
      let servers = (try? await visibleServers(caller)) ?? []
      let list = servers.flatMap { portBodies($0) }.filter { Self.matches($0, request.query) }
      return .json(200, .object([("ports", .array(list))]))
    case ["v2.0", "security-groups"]:
      let list = visibleProjects(caller).map { securityGroupBody(project: $0) }.filter {
        Self.matches($0, request.query)
      }
      return .json(200, .object([("security_groups", .array(list))]))
    case _ where PathPattern.match(path, "v2.0/security-groups/*") != nil:
      guard let project = visibleProjects(caller).first(where: { Self.defaultSecurityGroupID(project: $0) == path[2] })
      else {
        return .json(404, Self.neutronNotFound("SecurityGroupNotFound", "Security group \(path[2]) does not exist"))
      }
      return .json(200, .object([("security_group", securityGroupBody(project: project))]))
    case ["v2.0", "routers"], ["v2.0", "floatingips"], ["v2.0", "security-group-rules"]:
      if path[1] == "security-group-rules" {
        let rules = visibleProjects(caller).flatMap { securityGroupRules(project: $0) }
        return .json(200, .object([("security_group_rules", .array(rules.filter { Self.matches($0, request.query) }))]))
      }
      return .json(200, .object([(path[1], .array([]))]))
    default:
      return nil
    }
  }

  /// Neutron's list filters: every query key that names a scalar field must match it (`fields` and paging
  /// keys are not filters). A key given more than once (`device_id=a&device_id=b`, as Horizon asks for the ports
  /// of a page of servers) matches any of its values, as in Neutron.
  private static func matches(_ item: JSONValue, _ query: [(String, String)]) -> Bool {
    let paging: Set = ["fields", "limit", "marker", "sort_key", "sort_dir"]
    var wanted: [String: [String]] = [:]
    for (key, value) in query where !paging.contains(key) { wanted[key, default: []].append(value) }
    for (key, values) in wanted {
      switch item[key] {
      case .string(let text)?: if !values.contains(text) { return false }
      case .bool(let flag)?: if !values.contains(where: { flag == ($0.lowercased() == "true") }) { return false }
      case .int(let number)?: if !values.contains(String(number)) { return false }
      default: break
      }
    }
    return true
  }

  /// The caller's project, or every project for the admin (Neutron's admin sees every project's resources).
  private func visibleProjects(_ caller: Caller) -> [String] {
    caller.isAdmin ? workshop.directory.projects.map(\.id) : [caller.projectID.rawValue]
  }

  private func visibleServers(_ caller: Caller) async throws -> [Server] {
    let query = ServerListQuery(allProjects: caller.isAdmin, reservationID: nil)
    var servers: [Server] = []
    for (_, cloud) in workshop.clouds(for: caller) { servers += try await cloud.listServers(query) }
    return servers
  }

  /// A network's subnet: the whole range but the gateway (`.1`) is the allocation pool.
  private func subnetBody(_ network: Network) -> JSONValue {
    let cidr = network.cidr ?? "10.0.0.0/24"
    let prefix = cidr.split(separator: "/").first.map(String.init) ?? cidr
    let octets = prefix.split(separator: ".").compactMap { Int($0) }
    let bits = Int(cidr.split(separator: "/").last ?? "") ?? 24
    let base = octets.count == 4 ? octets.reduce(0) { $0 << 8 | $1 } : 0x0A00_0000
    let size = bits >= 0 && bits <= 30 ? 1 << (32 - bits) : 4
    func address(_ value: Int) -> String {
      [24, 16, 8, 0].map { String((value >> $0) & 0xFF) }.joined(separator: ".")
    }
    let project = network.projectID?.rawValue ?? workshop.directory.projects.first?.id ?? ""
    return .object([
      ("id", .string(network.subnets.first ?? StableUUID.make("subnet/" + network.name))),
      ("name", .string(network.name + "-subnet")), ("tenant_id", .string(project)),
      ("network_id", .string(network.id.rawValue)), ("ip_version", .int(4)), ("subnetpool_id", .null),
      ("enable_dhcp", .bool(true)), ("ipv6_ra_mode", .null), ("ipv6_address_mode", .null),
      ("gateway_ip", .string(address(base + 1))), ("cidr", .string(cidr)),
      (
        "allocation_pools",
        .array([.object([("start", .string(address(base + 2))), ("end", .string(address(base + size - 2)))])])
      ),
      ("host_routes", .array([])), ("dns_nameservers", .array([])), ("description", .string("")),
      ("service_types", .array([])), ("tags", .array([])), ("created_at", .string(created)),
      ("updated_at", .string(created)), ("revision_number", .int(0)), ("project_id", .string(project)),
    ])
  }

  /// One port per network the server is on, its `fixed_ips` the server's addresses there.
  private func portBodies(_ server: Server) -> [JSONValue] {
    let project = server.projectID.rawValue
    return server.networks.keys.sorted().compactMap { name in
      guard let network = networks.first(where: { $0.name == name }) else { return nil }
      let subnet = network.subnets.first ?? StableUUID.make("subnet/" + network.name)
      let id = StableUUID.make("port/\(server.id)/\(network.id)")
      let mac =
        "fa:16:3e:"
        + stride(from: 0, to: 6, by: 2).map { offset in
          String(id.filter(\.isHexDigit).dropFirst(offset).prefix(2))
        }.joined(separator: ":")
      let fixed = (server.networks[name] ?? []).map { address in
        JSONValue.object([("subnet_id", .string(subnet)), ("ip_address", .string(address))])
      }
      return .object([
        ("id", .string(id)), ("name", .string("")), ("network_id", .string(network.id.rawValue)),
        ("tenant_id", .string(project)), ("mac_address", .string(mac)), ("admin_state_up", .bool(true)),
        ("status", .string(server.status == .active ? "ACTIVE" : "DOWN")), ("device_id", .string(server.id.rawValue)),
        ("device_owner", .string("compute:" + (server.availabilityZone ?? "nova"))), ("fixed_ips", .array(fixed)),
        ("allowed_address_pairs", .array([])), ("extra_dhcp_opts", .array([])),
        ("security_groups", .array([.string(Self.defaultSecurityGroupID(project: project))])),
        ("description", .string("")), ("binding:vnic_type", .string("normal")),
        ("port_security_enabled", .bool(true)), ("tags", .array([])),
        ("created_at", .string(WireDate.nova(server.created))),
        ("updated_at", .string(WireDate.nova(server.updated))), ("revision_number", .int(1)),
        ("project_id", .string(project)),
      ])
    }
  }

  /// A project's `default` group with Neutron's default rules: all egress, and ingress from the group itself.
  private func securityGroupBody(project: String) -> JSONValue {
    .object([
      ("id", .string(Self.defaultSecurityGroupID(project: project))), ("name", .string("default")),
      ("description", .string("Default security group")), ("tenant_id", .string(project)),
      ("security_group_rules", .array(securityGroupRules(project: project))), ("tags", .array([])),
      ("created_at", .string(created)), ("updated_at", .string(created)), ("revision_number", .int(1)),
      ("stateful", .bool(true)), ("shared", .bool(false)), ("project_id", .string(project)),
    ])
  }

  private func securityGroupRules(project: String) -> [JSONValue] {
    let group = Self.defaultSecurityGroupID(project: project)
    return [("egress", "IPv4"), ("egress", "IPv6"), ("ingress", "IPv4"), ("ingress", "IPv6")].map { direction, family in
      .object([
        ("id", .string(StableUUID.make("security-group-rule/\(project)/\(direction)/\(family)"))),
        ("tenant_id", .string(project)), ("security_group_id", .string(group)), ("ethertype", .string(family)),
        ("direction", .string(direction)), ("protocol", .null), ("port_range_min", .null), ("port_range_max", .null),
        ("remote_ip_prefix", .null), ("remote_group_id", direction == "ingress" ? .string(group) : .null),
        ("remote_address_group_id", .null), ("normalized_cidr", .null), ("description", .string("")),
        ("tags", .array([])), ("created_at", .string(created)), ("updated_at", .string(created)),
        ("revision_number", .int(0)), ("project_id", .string(project)), ("belongs_to_default_sg", .bool(true)),
      ])
    }
  }

  /// Neutron's 404 body for a missing resource.
  static func neutronNotFound(_ type: String, _ message: String) -> JSONValue {
    .object([
      ("NeutronError", .object([("type", .string(type)), ("message", .string(message)), ("detail", .string(""))]))
    ])
  }
}
