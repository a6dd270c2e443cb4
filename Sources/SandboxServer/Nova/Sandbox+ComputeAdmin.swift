import Foundation
import OpenStackWire
import ServerGroupsCore
import Synchronization

extension Sandbox {
  /// `GET /flavors` and `/flavors/detail`.
  func listFlavors(_ call: NovaCall, detail: Bool) -> SandboxReply {
    let items = flavors.map { flavor in
      detail
        ? FlavorBody.detail(flavor, version: call.version, links: call.links)
        : FlavorBody.brief(flavor, version: call.version, links: call.links)
    }
    return .json(200, .object([("flavors", .array(items))]))
  }

  /// `GET /flavors/{id}`.
  func showFlavor(_ call: NovaCall, _ id: String) throws(CloudError) -> SandboxReply {
    let flavor = try knownFlavor(id)
    return .json(200, .object([("flavor", FlavorBody.detail(flavor, version: call.version, links: call.links))]))
  }

  /// The flavor with ID `id`, or Nova's 404.
  private func knownFlavor(_ id: String) throws(CloudError) -> Flavor {
    guard let flavor = flavors.first(where: { $0.id.rawValue == id }) else {
      throw .notFound("Flavor \(id) could not be found.")
    }
    return flavor
  }

  /// `GET /flavors/{id}/os-extra_specs`: the simulated flavors have none (any user may ask, as in Nova).
  func flavorExtraSpecs(_ call: NovaCall, _ id: String) throws(CloudError) -> SandboxReply {
    _ = try knownFlavor(id)
    return .json(200, .object([("extra_specs", .object([]))]))
  }

  /// `GET /flavors/{id}/os-extra_specs/{key}`: always Nova's 404 for a missing key.
  func flavorExtraSpec(_ call: NovaCall, _ id: String, _ key: String) throws(CloudError) -> SandboxReply {
    _ = try knownFlavor(id)
    throw .notFound("Flavor \(id) has no extra specs with key \(key).")
  }

  /// `GET /flavors/{id}/os-flavor-access` (admins): Nova has no list for public flavors; a private one's
  /// list is empty here (the sandbox does not keep flavor access).
  func flavorAccess(_ call: NovaCall, _ id: String) throws(CloudError) -> SandboxReply {
    guard call.caller.isAdmin else { throw .policyRefused("os_compute_api:os-flavor-access") }
    let flavor = try knownFlavor(id)
    guard !flavor.isPublic else { throw .notFound("Access list not available for public flavors.") }
    return .json(200, .object([("flavor_access", .array([]))]))
  }

  /// `GET /limits`.
  func limits(_ call: NovaCall) async throws -> SandboxReply {
    let limits = try await workshop.cloud(for: call.caller).limits()
    return .json(200, ComputeAdminBodies.limits(limits, version: call.version))
  }

  /// `GET /os-services` (admins), with Nova's `host` and `binary` filters.
  func listServices(_ call: NovaCall) async throws -> SandboxReply {
    guard call.caller.isAdmin else { throw CloudError.policyRefused("os_compute_api:os-services:list") }
    var list = try await services(call)
    if let host = call.request.queryValue("host") { list = list.filter { $0.host == host } }
    if let binary = call.request.queryValue("binary") { list = list.filter { $0.binary == binary } }
    return .json(
      200, .object([("services", .array(list.map { ComputeAdminBodies.service($0, version: call.version) }))]))
  }

  /// `PUT /os-services/{id}` (2.53: `{"status": "disabled"}`, `forced_down`) and the older
  /// `PUT /os-services/disable|enable|disable-log-reason|force-down` with `host` and `binary`.
  /// A compute service's change applies to that host in every region at once.
  func updateService(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    guard call.caller.isAdmin else { throw CloudError.policyRefused("os_compute_api:os-services:update") }
    let body = try body(call)
    let list = try await services(call)
    let legacyActions = ["enable", "disable", "disable-log-reason", "force-down"]
    let service: ComputeService
    var enable: Bool?
    var forceDown: Bool?
    let reason = body["disabled_reason"]?.stringValue
    if legacyActions.contains(id) {
      guard let host = body["host"]?.stringValue, let binary = body["binary"]?.stringValue else {
        throw CloudError.badRequest("Invalid input for field/attribute \(body["host"] == nil ? "host" : "binary").")
      }
      guard let found = list.first(where: { $0.host == host && $0.binary == binary }) else {
        throw CloudError.notFound("Service \(binary) on host \(host) could not be found.")
      }
      service = found
      switch id {
      case "enable": enable = true
      case "force-down": forceDown = body["forced_down"]?.boolValue ?? true
      default: enable = false
      }
    } else {
      guard let found = list.first(where: { $0.uuid == id || String($0.number) == id }) else {
        throw CloudError.notFound("Service \(id) could not be found.")
      }
      service = found
      if let status = body["status"]?.stringValue {
        guard status == "enabled" || status == "disabled" else {
          throw CloudError.badRequest(
            "Invalid input for field/attribute status. Value: \(status). '\(status)' is not one of ['enabled', 'disabled']"
          )
        }
        enable = status == "enabled"
      }
      forceDown = body["forced_down"]?.boolValue
    }
    if service.binary == "nova-compute" {
      for entry in workshop.entries {
        let controls = entry.region.controls
        if let enable { try await controls.perform(enable ? .enable : .disable, on: service.host) }
        if let forceDown { try await controls.perform(forceDown ? .fail : .recover, on: service.host) }
      }
      for entry in workshop.entries { try await persist(entry.key) }
    }
    if let enable { disabledReasons.withLock { $0[service.host] = enable ? nil : reason } }
    guard !legacyActions.contains(id) else {
      var pairs: [(String, JSONValue)] = [("host", .string(service.host)), ("binary", .string(service.binary))]
      if let enable { pairs.append(("status", .string(enable ? "enabled" : "disabled"))) }
      if let reason, enable == false { pairs.append(("disabled_reason", .string(reason))) }
      if let forceDown { pairs.append(("forced_down", .bool(forceDown))) }
      return .json(200, .object([("service", .object(pairs))]))
    }
    let updated = try await services(call).first { $0.uuid == service.uuid } ?? service
    return .json(200, .object([("service", ComputeAdminBodies.service(updated, version: call.version))]))
  }

  /// `GET /os-availability-zone[/detail]` (the detail for admins).
  func availabilityZones(_ call: NovaCall, detail: Bool) async throws -> SandboxReply {
    if detail && !call.caller.isAdmin { throw CloudError.policyRefused("os_compute_api:os-availability-zone:detail") }
    return .json(200, ComputeAdminBodies.availabilityZones(try await services(call), detail: detail))
  }

  /// The region's services: the scheduler and conductor on `controller`, then `nova-compute` on every host.
  func services(_ call: NovaCall) async throws -> [ComputeService] {
    let hosts = await workshop.entry(forProject: call.caller.projectID).region.controls.hostSnapshots()
    let updated = now()
    let reasons = disabledReasons.withLock { $0 }
    var list = ["nova-scheduler", "nova-conductor"].enumerated().map { index, binary in
      ComputeService(
        number: index + 1, uuid: StableUUID.make("controller/" + binary), binary: binary, host: "controller",
        zone: "internal", isEnabled: true, isUp: true, updated: updated)
    }
    for (index, host) in hosts.enumerated() {
      list.append(
        ComputeService(
          number: index + 3, uuid: StableUUID.make(host.name + "/nova-compute"), binary: "nova-compute",
          host: host.name,
          zone: host.availabilityZone, isEnabled: host.isEnabled, isUp: host.isUp, forcedDown: !host.isUp,
          disabledReason: host.isEnabled ? nil : reasons[host.name], updated: updated))
    }
    return list
  }
}
