import ServerGroupsCore

/// The sandbox's regions and who works in which: by default every project has its own copy of the region
/// (so each participant sees the same lesson behaviour); with shared hosts every project uses one.
package struct Workshop: Sendable {
  /// A region with the key it is saved under in the state file.
  package struct Entry: Sendable {
    package var key: String
    package var region: any SandboxRegion
  }

  /// The key of the one region when every project shares it.
  package static let sharedKey = "shared"

  package let directory: Directory
  package let sharedHosts: Bool
  /// Every distinct region, the instructor's first.
  package let entries: [Entry]
  private let byProject: [String: Int]

  /// Builds the regions for `directory`: one per project, or one shared (`key` "shared").
  package init(directory: Directory, sharedHosts: Bool, makeRegion: (UInt64) -> any SandboxRegion) {
    self.directory = directory
    self.sharedHosts = sharedHosts
    if sharedHosts {
      let seed = directory.projects.first?.seed ?? 1
      entries = [Entry(key: Self.sharedKey, region: makeRegion(seed))]
      byProject = Dictionary(uniqueKeysWithValues: directory.projects.map { ($0.id, 0) })
    } else {
      entries = directory.projects.map { Entry(key: $0.id, region: makeRegion($0.seed)) }
      byProject = Dictionary(uniqueKeysWithValues: directory.projects.enumerated().map { ($1.id, $0) })
    }
  }

  /// The region a project works in (the instructor's for an unknown project).
  package func entry(forProject projectID: ProjectID) -> Entry {
    entries[byProject[projectID.rawValue] ?? 0]
  }

  /// The caller's own region, as a `Cloud` for that caller.
  package func cloud(for caller: Caller) -> any Cloud {
    entry(forProject: caller.projectID).region.cloud(for: caller)
  }

  /// Every region as a `Cloud` for `caller`: the caller's own first. Admins reach other projects' regions
  /// this way (all_projects lists, show or delete by ID); for everyone else only the own region counts.
  package func clouds(for caller: Caller) -> [(key: String, cloud: any Cloud)] {
    let own = entry(forProject: caller.projectID)
    guard caller.isAdmin else { return [(own.key, own.region.cloud(for: caller))] }
    return [(own.key, own.region.cloud(for: caller))]
      + entries.filter { $0.key != own.key }.map { ($0.key, $0.region.cloud(for: caller)) }
  }
}
