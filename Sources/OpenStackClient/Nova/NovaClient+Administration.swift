import OpenStackWire
import ServerGroupsCore

extension NovaClient: CloudAdministration {
  package func evacuateServer(_ id: ServerID, _ request: ServerEvacuateRequest) async throws {
    // The body depends on the version the request goes out at (`onSharedStorage` before 2.14).
    var sent = request
    sent.microversion = try await version(for: request.microversion)
    _ = try await perform(CloudRequests.evacuateServer(id, sent))
  }

  package func quotaSet(for project: ProjectID) async throws -> [String: Int] {
    try Self.decodeQuotaSet(try await perform(CloudRequests.quotaSet(project)))
  }

  package func updateQuotaSet(_ limits: [String: Int], for project: ProjectID) async throws -> [String: Int] {
    try Self.decodeQuotaSet(try await perform(CloudRequests.updateQuotaSet(limits, for: project)))
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
