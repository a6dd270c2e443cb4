import Foundation
import OpenStackWire
import ServerGroupsCore

extension NovaClient {
  package func createServerGroup(_ request: ServerGroupCreateRequest) async throws -> ServerGroup {
    let range = try await computeRange()
    // What the cloud itself cannot do is said plainly, before anything is sent.
    if Policy(rawValue: request.policy)?.isSoft == true, range.maximum < .v2_15 {
      throw CloudError.unsupported(
        ClientMessages.unsupportedMicroversion(
          feature: "the \(request.policy) policy", needed: "2.15",
          maximum: range.maximum.description))
    }
    if !request.rules.isEmpty, range.maximum < .v2_64 {
      throw CloudError.unsupported(
        ClientMessages.unsupportedMicroversion(
          feature: "a rule such as max_server_per_host", needed: "2.64",
          maximum: range.maximum.description))
    }
    // The body depends on the version (`policies` before 2.64, `policy` and `rules` from it).
    var sent = request
    sent.microversion = try await version(for: request.microversion)
    let answer = try await perform(CloudRequests.createServerGroup(sent))
    return try RequestExecutor.decode(answer.request, service: .compute) { () throws(WireError) in
      try ServerGroup.decodeShow(answer.json)
    }
  }

  package func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    let answer = try await perform(CloudRequests.listServerGroups(query))
    return try RequestExecutor.decode(answer.request, service: .compute) { () throws(WireError) in
      try ServerGroup.decodeList(answer.json)
    }
  }

  package func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup {
    let answer = try await perform(CloudRequests.showServerGroup(id))
    return try RequestExecutor.decode(answer.request, service: .compute) { () throws(WireError) in
      try ServerGroup.decodeShow(answer.json)
    }
  }

  package func deleteServerGroup(_ id: ServerGroupID) async throws {
    _ = try await perform(CloudRequests.deleteServerGroup(id))
  }
}
