import ServerGroupsCore

extension ShellContext {
  /// The project's server groups as the session knows them (the last list, with the session's own writes since),
  /// read only when unknown: the diagram's groups cost nothing after the first read.
  package func knownServerGroups() async throws -> [ServerGroup] {
    if let groups = cache.groups { return groups }
    let cloud = self.cloud
    return try await api { try await cloud.listServerGroups(ServerGroupListQuery()) }
  }
}
