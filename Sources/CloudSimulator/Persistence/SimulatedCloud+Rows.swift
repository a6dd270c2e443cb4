import Foundation
import ServerGroupsCore

/// The region as rows for the sandbox's store: each server and group on its own, the rest in one small row.
extension SimulatedCloud {
  package func takeChanges(complete: Bool) -> RegionChanges {
    let everything = complete || stateReplaced
    let serverKeys = state.servers.takeChangedKeys()
    let groupKeys = state.groups.takeChangedKeys()
    var servers: [String: RegionChanges.Row?] = [:]
    for id in everything ? Set(state.servers.keys) : serverKeys {
      // updateValue: a deleted server is listed with nil (a plain assignment of nil would drop the key).
      servers.updateValue(state.servers[id], forKey: id.rawValue)
    }
    var groups: [String: RegionChanges.Row?] = [:]
    for id in everything ? Set(state.groups.keys) : groupKeys {
      groups.updateValue(state.groups[id], forKey: id.rawValue)
    }
    stateReplaced = false
    return RegionChanges(meta: meta(), servers: servers, groups: groups, isComplete: everything)
  }

  package func restore(_ rows: RegionRows) throws {
    let decoder = JSONDecoder()
    let saved: SavedRegion
    do {
      saved = try decoder.decode(SavedRegion.self, from: rows.meta)
    } catch {
      throw CloudError.badRequest("The saved region could not be read: \(Self.reason(error)).")
    }
    guard saved.regionName == region.name, saved.state.hostNames == state.hostNames else {
      throw CloudError.badRequest("The saved state belongs to another region.")
    }
    if let problem = saved.state.savedProblem() {
      throw CloudError.badRequest("The saved region is damaged: \(problem).")
    }
    var restored = saved.state
    var servers: [ServerID: ServerRecord] = [:]
    for (id, data) in rows.servers {
      let record: ServerRecord
      do {
        record = try decoder.decode(ServerRecord.self, from: data)
      } catch {
        throw CloudError.badRequest("The saved server \(id) could not be read: \(Self.reason(error)).")
      }
      guard record.server.id.rawValue == id, record.hostIndex.map(restored.hosts.indices.contains) ?? true else {
        throw CloudError.badRequest("The saved server \(id) does not fit the region.")
      }
      servers[record.server.id] = record
    }
    var groups: [ServerGroupID: GroupRecord] = [:]
    for (id, data) in rows.groups {
      do {
        let record = try decoder.decode(GroupRecord.self, from: data)
        guard record.group.id.rawValue == id else { throw CloudError.badRequest("mismatched ID") }
        groups[record.group.id] = record
      } catch {
        throw CloudError.badRequest("The saved server group \(id) could not be read: \(Self.reason(error)).")
      }
    }
    // A host's servers, in the order they arrived there.
    let placed = servers.values.filter { $0.hostIndex != nil }
      .sorted { ($0.arrival ?? $0.serial, $0.serial) < ($1.arrival ?? $1.serial, $1.serial) }
    for index in restored.hosts.indices { restored.hosts[index].servers = [] }
    for record in placed { restored.hosts[record.hostIndex!].servers.append(record.server.id) }
    restored.servers = TrackedTable(servers)
    restored.groups = TrackedTable(groups)
    state = restored
    hostIDCache = [:]
    stateReplaced = false
  }

  /// The state without its servers and groups (and without the hosts' server lists, rebuilt from the servers).
  private func meta() -> SavedRegion {
    var meta = state
    meta.servers = [:]
    meta.groups = [:]
    for index in meta.hosts.indices { meta.hosts[index].servers = [] }
    return SavedRegion(regionName: region.name, seed: seed, state: meta)
  }

  private static func reason(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
      DecodingError.valueNotFound(_, let context), DecodingError.keyNotFound(_, let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    default:
      return "\(error)"
    }
  }
}
