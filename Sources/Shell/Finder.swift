import LessonEngine
import ServerGroupsCore

/// openstacksdk's `find`: a name or an ID, resolved the way the real CLI resolves it, with its messages
/// (`No ServerGroup found for web`, `More than one ServerGroup exists with the name 'web'.`).
package enum Finder {
  /// A server group by ID (a UUID is fetched directly) or by name.
  package static func serverGroup(_ nameOrID: String, _ ctx: ShellContext) async throws -> ServerGroup {
    let cloud = ctx.cloud
    if UUIDShape.isUUIDLike(nameOrID) {
      do {
        return try await ctx.api {
          try await cloud.showServerGroup(ServerGroupID(nameOrID))
        }
      } catch ShellError.api(.notFound(_), _) {
        // Fall through to a lookup by name, as the SDK does.
      }
    }
    let groups = try await ctx.api {
      try await cloud.listServerGroups(ServerGroupListQuery())
    }
    let matches = try ctx.matching(groups, nameOrID, kind: .kindServerGroup, name: \.name, id: \.id.rawValue)
    return try unique(matches, "ServerGroup", nameOrID)
  }

  /// A server by ID or by name.
  package static func server(_ nameOrID: String, _ ctx: ShellContext) async throws -> Server {
    let cloud = ctx.cloud
    if UUIDShape.isUUIDLike(nameOrID) {
      do {
        return try await ctx.api {
          try await cloud.showServer(ServerID(nameOrID))
        }
      } catch ShellError.api(.notFound(_), _) {
      }
    }
    let servers = try await ctx.api {
      try await cloud.listServers(ServerListQuery())
    }
    let matches = try ctx.matching(servers, nameOrID, kind: .kindServer, name: \.name, id: \.id.rawValue)
    return try unique(matches, "Server", nameOrID)
  }

  /// A flavor by ID or by name.
  package static func flavor(_ nameOrID: String, _ ctx: ShellContext) async throws -> Flavor {
    let cloud = ctx.cloud
    let flavors = try await ctx.api { try await cloud.listFlavors() }
    if let byID = flavors.first(where: { $0.id.rawValue == nameOrID }) { return byID }
    return try unique(flavors.filter { $0.name == nameOrID }, "Flavor", nameOrID)
  }

  /// An image by ID or by name.
  package static func image(_ nameOrID: String, _ ctx: ShellContext) async throws -> Image {
    let cloud = ctx.cloud
    let images = try await ctx.api { try await cloud.listImages() }
    if let byID = images.first(where: { $0.id.rawValue == nameOrID }) { return byID }
    return try unique(images.filter { $0.name == nameOrID }, "Image", nameOrID)
  }

  /// A network by ID or by name.
  package static func network(_ nameOrID: String, _ ctx: ShellContext) async throws -> Network {
    let cloud = ctx.cloud
    let networks = try await ctx.api { try await cloud.listNetworks() }
    if let byID = networks.first(where: { $0.id.rawValue == nameOrID }) { return byID }
    return try unique(networks.filter { $0.name == nameOrID }, "Network", nameOrID)
  }

  /// A hypervisor by ID or by host name.
  package static func hypervisor(_ nameOrID: String, _ ctx: ShellContext) async throws -> Hypervisor {
    let cloud = ctx.cloud
    let hypervisors = try await ctx.api { try await cloud.listHypervisors() }
    if let byID = hypervisors.first(where: { $0.id == nameOrID }) { return byID }
    return try unique(hypervisors.filter { $0.hostname == nameOrID }, "Hypervisor", nameOrID)
  }

  private static func unique<T>(_ matches: [T], _ resource: String, _ nameOrID: String) throws(ShellError) -> T {
    guard let first = matches.first else { throw .notFound(resource: resource, nameOrID) }
    guard matches.count == 1 else { throw .ambiguous(resource: resource, nameOrID) }
    return first
  }
}
