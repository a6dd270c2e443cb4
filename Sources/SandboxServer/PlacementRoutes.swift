import Foundation
import HTTPTypes
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// Placement's read routes that Horizon's Hypervisors page uses: the version document, resource providers
  /// (one per compute host, its UUID the hypervisor's), and each provider's inventories and usages. Placement's
  /// default policy keeps these to admins.
  func placement(_ request: SandboxRequest, _ path: [String]) async -> SandboxReply {
    if path.isEmpty {
      return .json(
        200,
        .object([
          (
            "versions",
            .array([
              .object([
                ("id", .string("v1.0")), ("max_version", .string("1.39")), ("min_version", .string("1.0")),
                ("status", .string("CURRENT")),
                ("links", .array([.object([("rel", .string("self")), ("href", .string(""))])])),
              ])
            ])
          )
        ]), headers: [("OpenStack-API-Version", "placement 1.0")])
    }
    guard let (caller, _) = authenticate(request) else { return unauthorized(request) }
    let rule: String
    switch path.count {
    case 1: rule = "placement:resource_providers:list"
    case 3 where path[2] == "inventories": rule = "placement:resource_providers:inventories:list"
    case 3 where path[2] == "usages": rule = "placement:resource_providers:usages"
    default: rule = "placement:resource_providers:show"
    }
    guard request.method == .get, path[0] == "resource_providers", path.count <= 3 else {
      return Self.placementError(404, "Not Found", "The resource could not be found.")
    }
    guard caller.isAdmin else {
      return Self.placementError(
        403, "Forbidden", "Access was denied to this resource.\n\n Policy does not allow \(rule) to be performed.  ")
    }
    // The room's hosts, as os-hypervisors shows them: each host's usage is what every project runs there.
    let hypervisors = (try? await roomHypervisors(for: caller)) ?? []
    if path.count == 1 {
      var list = hypervisors
      if let name = request.queryValue("name") { list = list.filter { $0.hostname == name } }
      if let uuid = request.queryValue("uuid") { list = list.filter { $0.id == uuid } }
      return .json(200, .object([("resource_providers", .array(list.map { providerBody($0, request) }))]))
    }
    guard let host = hypervisors.first(where: { $0.id == path[1] }) else {
      return Self.placementError(404, "Not Found", "No resource provider with uuid \(path[1]) found")
    }
    let generation: (String, JSONValue) = ("resource_provider_generation", .int(1))
    switch path.count {
    case 2: return .json(200, providerBody(host, request))
    case _ where path[2] == "inventories":
      let inventories: [(String, JSONValue)] = [
        ("DISK_GB", inventory(host.localGB, ratio: 1.0)), ("MEMORY_MB", inventory(host.memoryMB, ratio: 1.0)),
        ("VCPU", inventory(host.vcpus, ratio: 1.0)),
      ]
      return .json(200, .object([("inventories", .object(inventories)), generation]))
    case _ where path[2] == "usages":
      let usages: [(String, JSONValue)] = [
        ("DISK_GB", .int(host.localGBUsed)), ("MEMORY_MB", .int(host.memoryMBUsed)), ("VCPU", .int(host.vcpusUsed)),
      ]
      return .json(200, .object([generation, ("usages", .object(usages))]))
    default:
      return Self.placementError(404, "Not Found", "The resource could not be found.")
    }
  }

  /// One resource provider as placement 1.14 shows it (a root provider, no parent).
  private func providerBody(_ host: Hypervisor, _ request: SandboxRequest) -> JSONValue {
    let base = "/placement/resource_providers/" + host.id
    let links = ["self", "inventories", "usages", "aggregates", "traits", "allocations"].map { rel in
      JSONValue.object([("rel", .string(rel)), ("href", .string(rel == "self" ? base : base + "/" + rel))])
    }
    return .object([
      ("uuid", .string(host.id)), ("name", .string(host.hostname)), ("generation", .int(1)),
      ("parent_provider_uuid", .null), ("root_provider_uuid", .string(host.id)), ("links", .array(links)),
    ])
  }

  /// One resource class's inventory (the simulator's hosts report their capacity as it is, without overcommit).
  private func inventory(_ total: Int, ratio: Double) -> JSONValue {
    .object([
      ("allocation_ratio", .double(ratio)), ("max_unit", .int(total)), ("min_unit", .int(1)),
      ("reserved", .int(0)), ("step_size", .int(1)), ("total", .int(total)),
    ])
  }

  /// Placement's error body.
  static func placementError(_ status: Int, _ title: String, _ detail: String) -> SandboxReply {
    .json(
      status,
      .object([
        (
          "errors",
          .array([
            .object([
              ("status", .int(status)), ("title", .string(title)), ("detail", .string(detail)),
              ("code", .string("placement.undefined_code")),
            ])
          ])
        )
      ]))
  }
}
