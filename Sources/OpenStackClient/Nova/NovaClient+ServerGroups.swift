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
    var sent = request
    sent.microversion = try await version(for: request.microversion)
    let answer = try await perform(
      .compute, "POST", Routes.serverGroups, body: sent.body, microversion: sent.microversion)
    return try RequestExecutor.decode(answer.request, service: .compute) { () throws(WireError) in
      try ServerGroup.decodeShow(answer.json)
    }
  }

  package func listServerGroups(_ query: ServerGroupListQuery) async throws -> [ServerGroup] {
    var pairs: [(String, String)] = []
    if query.allProjects { pairs.append(("all_projects", "True")) }
    if let limit = query.limit { pairs.append(("limit", String(limit))) }
    if let offset = query.offset { pairs.append(("offset", String(offset))) }
    let version = try await version(for: Self.preferredMicroversion)
    let answer = try await perform(
      .compute, "GET", Routes.serverGroups, query: pairs, microversion: version)
    return try RequestExecutor.decode(answer.request, service: .compute) { () throws(WireError) in
      try ServerGroup.decodeList(answer.json)
    }
  }

  package func showServerGroup(_ id: ServerGroupID) async throws -> ServerGroup {
    let version = try await version(for: Self.preferredMicroversion)
    let answer = try await perform(
      .compute, "GET", Routes.serverGroup(Self.pathSegment(id.rawValue)), microversion: version)
    return try RequestExecutor.decode(answer.request, service: .compute) { () throws(WireError) in
      try ServerGroup.decodeShow(answer.json)
    }
  }

  package func deleteServerGroup(_ id: ServerGroupID) async throws {
    let version = try await version(for: Self.preferredMicroversion)
    _ = try await perform(
      .compute, "DELETE", Routes.serverGroup(Self.pathSegment(id.rawValue)), microversion: version)
  }

  /// An ID as one path segment: anything but unreserved characters is percent-encoded, so a name typed where an
  /// ID belongs cannot reach another route.
  static func pathSegment(_ text: String) -> String {
    var allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    allowed.remove("/")
    return text.utf8.map { byte in
      let char = Character(UnicodeScalar(byte))
      return byte < 128 && allowed.contains(char) ? String(char) : String(format: "%%%02X", byte)
    }.joined()
  }
}
