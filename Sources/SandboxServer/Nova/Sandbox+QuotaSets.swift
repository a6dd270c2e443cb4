import Foundation
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// `GET /os-quota-sets/{project}`, `/detail` (limits with `in_use` and `reserved`) and `/defaults`.
  /// Show and detail are for the project's readers and admins; Nova's defaults are anyone's.
  /// An unknown project is Keystone's answer through Nova: 400.
  func quotaSet(_ call: NovaCall, _ project: String, detail: Bool, defaults: Bool) async throws -> SandboxReply {
    if !defaults {
      guard call.caller.isAdmin || call.caller.projectID.rawValue == project else {
        throw CloudError.policyRefused("os_compute_api:os-quota-sets:\(detail ? "detail" : "show")")
      }
      guard workshop.directory.project(id: project) != nil else {
        throw CloudError.badRequest("Project ID \(project) is not a valid project.")
      }
    }
    let target = defaults ? call.caller.projectID : ProjectID(project)
    let limits = try await workshop.cloud(for: Caller(projectID: target, userID: "", roles: [.member])).limits()
    let overrides =
      defaults ? [:] : await workshop.entry(forProject: target).region.controls.quotaOverrides(for: target)
    var pairs: [(String, JSONValue)] = [("id", .string(project))]
    for (key, limit, used) in limits.quotaRows(overrides: overrides, version: call.version) {
      pairs.append(
        (key, detail ? .object([("in_use", .int(used)), ("limit", .int(limit)), ("reserved", .int(0))]) : .int(limit)))
    }
    return .json(200, .object([("quota_set", .object(pairs))]))
  }

  /// `PUT /os-quota-sets/{project}` (admins): validates as Nova's schema does, refuses a limit below what the
  /// project already uses (unless `force`), then changes the simulator's quotas at once. The answer has no `id`.
  func updateQuotaSet(_ call: NovaCall, _ project: String) async throws -> SandboxReply {
    guard call.caller.isAdmin else { throw CloudError.policyRefused("os_compute_api:os-quota-sets:update") }
    let json = try body(call)
    let target = ProjectID(project)
    let region = workshop.entry(forProject: target).region
    let limits = try await region.cloud(for: Caller(projectID: target, userID: "", roles: [.member])).limits()
    let rows = limits.quotaRows(overrides: [:], version: call.version)
    let number = Schema([.type([.integer, .string]), .minimum(-1)])
    let schema = Schema([
      .type([.object]),
      .properties([
        (
          "quota_set",
          Schema([
            .type([.object]), .properties(rows.map { ($0.0, number) } + [("force", Schema([.type([.boolean])]))]),
            .additionalProperties(false),
          ])
        )
      ]),
      .required(["quota_set"]), .additionalProperties(false),
    ])
    if let failure = schema.firstFailure(json) { throw CloudError.badRequest(failure.bodyMessage) }
    guard workshop.directory.project(id: project) != nil else {
      throw CloudError.badRequest("Project ID \(project) is not a valid project.")
    }
    guard case .object(let pairs) = json["quota_set"] ?? .null else { throw NovaFault.malformedBody }
    let force = json["quota_set"]?["force"]?.boolValue ?? false
    var changes: [String: Int] = [:]
    for (key, value) in pairs where key != "force" {
      let limit: Int
      switch value {
      case .int(let whole): limit = whole
      case .string(let text) where Int(text) != nil: limit = Int(text) ?? 0
      case .null: continue
      default: throw CloudError.badRequest("Invalid input for field/attribute \(key). Value: \(value).")
      }
      guard limit <= 0x7FFF_FFFF else {
        throw CloudError.badRequest(
          "Invalid input for field/attribute \(key). Value: \(limit). "
            + "\(limit) is greater than the maximum of 2147483647")
      }
      let used = rows.first { $0.0 == key }?.2 ?? 0
      if !force, limit != -1, limit < used {
        throw CloudError.badRequest(
          "Quota limit \(limit) for \(key) must be greater than or equal to already used and reserved \(used).")
      }
      changes[key] = limit
    }
    await region.controls.setQuotas(changes, for: target)
    try await persist(workshop.entry(forProject: target).key)
    let now = try await region.cloud(for: Caller(projectID: target, userID: "", roles: [.member])).limits()
    let overrides = await region.controls.quotaOverrides(for: target)
    let shown = now.quotaRows(overrides: overrides, version: call.version).map { ($0.0, JSONValue.int($0.1)) }
    return .json(200, .object([("quota_set", .object(shown))]))
  }

  /// `DELETE /os-quota-sets/{project}` (admins): back to the defaults, 202 with no body.
  func deleteQuotaSet(_ call: NovaCall, _ project: String) async throws -> SandboxReply {
    guard call.caller.isAdmin else { throw CloudError.policyRefused("os_compute_api:os-quota-sets:delete") }
    let target = ProjectID(project)
    if workshop.directory.project(id: project) != nil {
      await workshop.entry(forProject: target).region.controls.setQuotas(nil, for: target)
      try await persist(workshop.entry(forProject: target).key)
    }
    return .empty(202)
  }

  /// `GET /servers/{id}/os-volume_attachments`: the sandbox has no volumes.
  func volumeAttachments(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    _ = try await firstRegion(for: call.caller) { try await $0.showServer(ServerID(id)) }
    return .json(200, .object([("volumeAttachments", .array([]))]))
  }

  /// `GET /servers/{id}/os-security-groups`: every server is in its project's `default` group, shown as Nova
  /// shows a Neutron group (ingress rules only; the default group's come from the group itself).
  func serverSecurityGroups(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    let server = try await firstRegion(for: call.caller) { try await $0.showServer(ServerID(id)) }.value
    let project = server.projectID.rawValue
    let group = Self.defaultSecurityGroupID(project: project)
    let rules: [JSONValue] = ["IPv4", "IPv6"].map { family in
      .object([
        ("from_port", .null), ("group", .object([("name", .string("default")), ("tenant_id", .string(project))])),
        ("id", .string(StableUUID.make("security-group-rule/\(project)/ingress/\(family)"))),
        ("ip_protocol", .null), ("ip_range", .object([])), ("parent_group_id", .string(group)), ("to_port", .null),
      ])
    }
    let body: JSONValue = .object([
      ("description", .string("Default security group")), ("id", .string(group)), ("name", .string("default")),
      ("rules", .array(rules)), ("tenant_id", .string(project)),
    ])
    return .json(200, .object([("security_groups", .array([body]))]))
  }

  /// The ID of a project's `default` security group (the same in Nova's and Neutron's answers).
  static func defaultSecurityGroupID(project: String) -> String {
    StableUUID.make("security-group/\(project)/default")
  }
}
