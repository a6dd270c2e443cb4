import OpenStackWire
import ServerGroupsCore

extension NovaClient: CloudAdministration {
  package func evacuateServer(_ id: ServerID, host: String?, adminPass: String?) async throws {
    // 2.29 is where openstackclient lets `--host` through; from 2.14 Nova wants no `onSharedStorage`.
    let version = try await version(for: Self.preferredMicroversion)
    var arguments: [(String, JSONValue)] = host.map { [("host", .string($0))] } ?? []
    if let adminPass { arguments.append(("adminPass", .string(adminPass))) }
    if version < Microversion(2, 14) { arguments.append(("onSharedStorage", .bool(false))) }
    _ = try await perform(
      .compute, "POST", Routes.serverAction(Self.pathSegment(id.rawValue)),
      body: .object([("evacuate", .object(arguments))]), microversion: version)
  }

  package func quotaSet(for project: ProjectID) async throws -> [String: Int] {
    let version = try await version(for: Self.preferredMicroversion)
    let answer = try await perform(
      .compute, "GET", Routes.quotaSet(Self.pathSegment(project.rawValue)), microversion: version)
    return try Self.decodeQuotaSet(answer)
  }

  package func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int] {
    let version = try await version(for: Self.preferredMicroversion)
    let pairs = limits.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.int($0.value)) }
    let answer = try await perform(
      .compute, "PUT", Routes.quotaSet(Self.pathSegment(project.rawValue)),
      body: .object([("quota_set", .object(pairs))]), microversion: version)
    return try Self.decodeQuotaSet(answer)
  }

  /// `{"quota_set": {"id": …, "instances": 10, …}}` as limits by key (the `id` left out).
  static func decodeQuotaSet(_ answer: Answer) throws(CloudError) -> [String: Int] {
    try RequestExecutor.decode(answer.request, service: .compute) { () throws(WireError) in
      guard let set = answer.json["quota_set"] else { throw .missingKey("quota_set") }
      guard case .object(let pairs) = set else { throw .wrongType("quota_set", expected: "an object") }
      var limits: [String: Int] = [:]
      for (key, value) in pairs where key != "id" {
        guard let limit = value.intValue else { throw .wrongType("quota_set.\(key)", expected: "an integer") }
        limits[key] = limit
      }
      return limits
    }
  }
}
