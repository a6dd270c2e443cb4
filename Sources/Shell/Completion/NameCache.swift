import Foundation
import LessonEngine
import ServerGroupsCore

/// The cloud's names for Tab completion. The REPL refreshes it after every command; the completer reads it
/// synchronously from the line editor's callback, so it is a locked reference shared by both.
package final class NameCache: @unchecked Sendable {
  /// The names, by kind.
  package struct Names: Sendable, Equatable {
    package var groups: [String] = []
    package var servers: [String] = []
    package var flavors: [String] = []
    package var images: [String] = []
    package var networks: [String] = []
    package var hosts: [String] = []

    package init(
      groups: [String] = [], servers: [String] = [], flavors: [String] = [], images: [String] = [],
      networks: [String] = [], hosts: [String] = []
    ) {
      self.groups = groups
      self.servers = servers
      self.flavors = flavors
      self.images = images
      self.networks = networks
      self.hosts = hosts
    }
  }

  private let lock = NSLock()
  private var stored: Names

  package init(_ names: Names = Names()) { stored = names }

  /// The names as last refreshed.
  package var names: Names {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }

  /// Reads every name from the cloud. A call that fails leaves that kind as it was.
  package func refresh(_ ctx: ShellContext) async {
    var names = self.names
    let cloud = ctx.cloud
    if let groups = try? await cloud.listServerGroups(ServerGroupListQuery()) {
      names.groups = Self.typable(groups.map(\.name))
    }
    if let servers = try? await cloud.listServers(ServerListQuery()) {
      names.servers = Self.typable(servers.map(\.name))
    }
    if let flavors = try? await cloud.listFlavors() { names.flavors = flavors.map(\.name) }
    if let images = try? await cloud.listImages() { names.images = images.map(\.name) }
    if let networks = try? await cloud.listNetworks() { names.networks = networks.map(\.name) }
    if let controls = ctx.controls {
      names.hosts = await controls.hostSnapshots().map(\.name)
    } else if let hypervisors = try? await cloud.listHypervisors() {
      names.hosts = hypervisors.map(\.hostname)
    }
    self.names = names
  }

  /// The names as they can be typed: on a real cloud what a lesson made (`sgt-l2-DB Cluster`) is also found
  /// as the name the lesson used (`DB Cluster`), so that name completes too.
  static func typable(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return (names + names.filter { LessonNames.prefix(of: $0) != nil }.map(LessonNames.stripped)).filter {
      seen.insert($0).inserted
    }
  }
}
