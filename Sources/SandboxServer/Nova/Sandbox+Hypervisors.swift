import Foundation
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// `GET /os-hypervisors[/detail]` (admins): the room's hosts (see `roomHypervisors`).
  func listHypervisors(_ call: NovaCall, detail: Bool) async throws -> SandboxReply {
    guard call.caller.isAdmin else {
      throw CloudError.policyRefused(
        detail ? "os_compute_api:os-hypervisors:list-detail" : "os_compute_api:os-hypervisors:list")
    }
    let hypervisors = try await roomHypervisors(for: call.caller)
    let services = try await computeServices(call)
    return .json(
      200, HypervisorBody.list(hypervisors, detail: detail, version: call.version, services: services))
  }

  /// `GET /os-hypervisors/{id}` (admins). openstackclient's `hypervisor show NAME` asks for the name first
  /// (Nova's 400 or 404, which it expects), then finds the ID in the list and asks again.
  func showHypervisor(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    guard call.caller.isAdmin else { throw CloudError.policyRefused("os_compute_api:os-hypervisors:show") }
    let (position, hypervisor) = try await hypervisor(call, id)
    let services = try await computeServices(call)
    let body = HypervisorBody.item(
      hypervisor, position: position, detail: true, version: call.version, service: services[hypervisor.hostname])
    return .json(200, .object([("hypervisor", body)]))
  }

  /// `GET /os-hypervisors/{id}/uptime` (admins, up to 2.87): the sandbox's own uptime, as libvirt's driver
  /// words the host's; a host that is down answers as Nova does when its compute service is unreachable.
  func hypervisorUptime(_ call: NovaCall, _ id: String) async throws -> SandboxReply {
    guard call.version < Microversion(2, 88) else { return Self.unrouted }
    guard call.caller.isAdmin else { throw CloudError.policyRefused("os_compute_api:os-hypervisors:uptime") }
    let (position, hypervisor) = try await hypervisor(call, id)
    guard hypervisor.state == "up" else {
      throw CloudError.badRequest("Compute service of \(hypervisor.hostname) is unavailable at this time.")
    }
    let line = HypervisorBody.uptimeLine(now: now(), upSince: started)
    return .json(200, HypervisorBody.uptime(hypervisor, position: position, version: call.version, uptime: line))
  }

  /// The hosts as the instructor's admin calls show them. With a region per participant every project has its
  /// own copy of compute-1 … compute-N; a host's figures are then the sum over every copy (its servers, vCPUs,
  /// RAM and disk in use), so `server list --all-projects --long` and `hypervisor show` agree: a host that runs
  /// servers never says `running_vms 0`. Capacity, state and status are the host's own (the instructor's copy;
  /// room actions fail or disable a host in every copy at once). With `--shared-hosts` there is one region.
  /// Placement's resource providers are the same hosts with the same usages.
  func roomHypervisors(for caller: Caller) async throws -> [Hypervisor] {
    let clouds = workshop.clouds(for: caller)
    guard var hosts = try await clouds.first?.cloud.listHypervisors() else { return [] }
    guard !workshop.sharedHosts else { return hosts }
    let index = Dictionary(hosts.enumerated().map { ($1.hostname, $0) }, uniquingKeysWith: { first, _ in first })
    for (_, cloud) in clouds.dropFirst() {
      for copy in try await cloud.listHypervisors() {
        guard let position = index[copy.hostname] else { continue }
        hosts[position].vcpusUsed += copy.vcpusUsed
        hosts[position].memoryMBUsed += copy.memoryMBUsed
        hosts[position].localGBUsed += copy.localGBUsed
        hosts[position].runningVMs += copy.runningVMs
      }
    }
    return hosts
  }

  /// `GET /os-aggregates` (admins): the sandbox has no host aggregates.
  func listAggregates(_ call: NovaCall) throws(CloudError) -> SandboxReply {
    guard call.caller.isAdmin else { throw .policyRefused("os_compute_api:os-aggregates:index") }
    return .json(200, .object([("aggregates", .array([]))]))
  }

  /// The hypervisor `id` names at the call's version, with its position in the list. Nova wants a UUID from
  /// 2.53 on (400 otherwise) and an integer before (404 otherwise).
  private func hypervisor(_ call: NovaCall, _ id: String) async throws -> (Int, Hypervisor) {
    let notFound = CloudError.notFound("Hypervisor with ID '\(id)' could not be found.")
    let hypervisors = try await roomHypervisors(for: call.caller)
    let found: Int?
    if call.version >= Microversion(2, 53) {
      guard let wanted = HypervisorBody.normalizedUUID(id) else { throw CloudError.badRequest("Invalid uuid \(id)") }
      found = hypervisors.firstIndex { HypervisorBody.normalizedUUID($0.id) == wanted }
    } else {
      guard let number = Int(id.trimmingCharacters(in: .whitespaces)) else { throw notFound }
      found = hypervisors.indices.contains(number - 1) ? number - 1 : nil
    }
    guard let found else { throw notFound }
    return (found, hypervisors[found])
  }

  /// Each host's `nova-compute` service as hypervisor bodies show it, by host name.
  private func computeServices(_ call: NovaCall) async throws -> [String: HypervisorBody.Service] {
    var result: [String: HypervisorBody.Service] = [:]
    for service in try await services(call) where service.binary == "nova-compute" {
      let id: JSONValue = call.version >= Microversion(2, 53) ? .string(service.uuid) : .int(service.number)
      result[service.host] = HypervisorBody.Service(id: id, disabledReason: service.disabledReason)
    }
    return result
  }
}
