import Foundation
import ServerGroupsCore
import Yams

/// A region file that could not be used, with a message that says where and what to do.
package struct RegionFileError: Error, Equatable, CustomStringConvertible {
  package var path: String
  package var message: String
  package var description: String { "\(path): \(message)" }

  package init(path: String, message: String) {
    self.path = path
    self.message = message
  }
}

extension RegionSpec {
  /// Reads a region from YAML text; `path` only names the file in error messages.
  package static func parse(yaml text: String, path: String) throws(RegionFileError) -> RegionSpec {
    let spec: RegionSpec
    do {
      spec = try YAMLDecoder().decode(RegionSpec.self, from: text)
    } catch let error as DecodingError {
      throw RegionFileError(path: path, message: describe(error))
    } catch let error as YamlError {
      throw RegionFileError(
        path: path, message: "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
    } catch {
      throw RegionFileError(path: path, message: "could not be read: \(error)")
    }
    if let problem = spec.problem() { throw RegionFileError(path: path, message: problem) }
    return spec
  }

  /// The first thing wrong with the region's contents, in the user's terms.
  package func problem() -> String? {
    if hosts.isEmpty { return "`hosts` is empty; a region needs at least one compute host" }
    if let name = duplicate(hosts.map(\.name)) { return "two hosts are named `\(name)`; host names must be unique" }
    for host in hosts {
      if host.name.isEmpty { return "a host has an empty name" }
      if host.vcpus <= 0 || host.memoryMB <= 0 || host.diskGB <= 0 {
        return "host `\(host.name)` needs positive vcpus, memory_mb and disk_gb"
      }
      if host.reservedMemoryMB < 0 || host.reservedMemoryMB >= host.memoryMB {
        return "host `\(host.name)`: reserved_memory_mb must be at least 0 and less than memory_mb"
      }
      if [host.cpuAllocationRatio, host.ramAllocationRatio, host.diskAllocationRatio].contains(where: { !($0 > 0) }) {
        return "host `\(host.name)`: allocation ratios must be greater than 0"
      }
    }
    if flavors.isEmpty { return "`flavors` is empty; a region needs at least one flavor" }
    if let name = duplicate(flavors.map(\.name)) { return "two flavors are named `\(name)`" }
    if let id = duplicate(flavors.map(\.id)) { return "two flavors have the id `\(id)`" }
    for flavor in flavors where flavor.vcpus <= 0 || flavor.ramMB <= 0 || flavor.diskGB < 0 {
      return "flavor `\(flavor.name)` needs positive vcpus and ram_mb, and disk_gb of 0 or more"
    }
    if let name = duplicate(images.map(\.name)) { return "two images are named `\(name)`" }
    if let name = duplicate(networks.map(\.name)) { return "two networks are named `\(name)`" }
    if projects.isEmpty { return "`projects` is empty; a region needs a project with a user" }
    for project in projects where project.users.isEmpty { return "project `\(project.name)` has no users" }
    if let name = duplicate(projects.flatMap { $0.users.map(\.name) }) { return "two users are named `\(name)`" }
    for (key, value) in [
      ("instances", quotas.instances), ("cores", quotas.cores), ("ram_mb", quotas.ramMB),
      ("server_groups", quotas.serverGroups), ("server_group_members", quotas.serverGroupMembers),
    ] where value < -1 {
      return "quota `\(key)` must be -1 (unlimited) or 0 or more"
    }
    guard let low = Microversion(parsing: minMicroversion), let high = Microversion(parsing: maxMicroversion),
      low <= high
    else { return "min_microversion and max_microversion must look like 2.1 and 2.75, lowest first" }
    if scheduler.resourceReportInterval <= 0 { return "scheduler.resource_report_interval must be positive" }
    if let problem = scheduler.filterProblem() ?? imageRequirementProblem() { return problem }
    return rangeProblem()
  }

  private func duplicate(_ names: [String]) -> String? {
    var seen = Set<String>()
    for name in names where !seen.insert(name).inserted { return name }
    return nil
  }

  private static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        .trimmingPrefix(".").description
    }
    switch error {
    case .keyNotFound(let key, let context):
      let at = path(context.codingPath + [key])
      return "missing key `\(at)`"
    case .typeMismatch(let type, let context):
      return "`\(path(context.codingPath))` should be \(friendly(type))"
    case .valueNotFound(let type, let context):
      return "`\(path(context.codingPath))` is empty; it should be \(friendly(type))"
    case .dataCorrupted(let context):
      if let yaml = context.underlyingError as? YamlError {
        let first = String(describing: yaml).split(separator: "\n").first.map(String.init) ?? ""
        return "not valid YAML: \(first)"
      }
      let at = path(context.codingPath)
      return at.isEmpty ? "not a region file: \(context.debugDescription)" : "`\(at)`: \(context.debugDescription)"
    @unknown default:
      return "could not be read"
    }
  }

  private static func friendly(_ type: Any.Type) -> String {
    switch type {
    case is Int.Type: "a whole number"
    case is Double.Type: "a number"
    case is String.Type: "text"
    default: "a \(type)"
    }
  }
}

extension String {
  fileprivate func trimmingPrefix(_ prefix: String) -> Substring {
    hasPrefix(prefix) ? dropFirst(prefix.count) : Substring(self)
  }
}
