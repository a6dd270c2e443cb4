import ServerGroupsCore

/// What the `hosts` diagram shows: every host with its servers, each server marked by its group.
package struct Placement: Sendable, Equatable {
  /// One compute host.
  package struct Host: Sendable, Equatable {
    package var name: String
    package var isUp: Bool
    package var isEnabled: Bool
    package var isFilled: Bool
    package var vcpus: Int
    package var vcpusUsed: Int
    package var ramMB: Int
    package var ramUsedMB: Int
    package var servers: [Entry]
    /// True when only the project's own use of the host is known (a real cloud, without the hypervisor
    /// list): the diagram then shows that use and no state or size.
    package var usageOnly: Bool

    package init(
      name: String, isUp: Bool = true, isEnabled: Bool = true, isFilled: Bool = false, vcpus: Int = 4,
      vcpusUsed: Int = 0, ramMB: Int = 7680, ramUsedMB: Int = 0, servers: [Entry] = [], usageOnly: Bool = false
    ) {
      self.name = name
      self.isUp = isUp
      self.isEnabled = isEnabled
      self.isFilled = isFilled
      self.vcpus = vcpus
      self.vcpusUsed = vcpusUsed
      self.ramMB = ramMB
      self.ramUsedMB = ramUsedMB
      self.servers = servers
      self.usageOnly = usageOnly
    }
  }

  /// Who sees the hosts.
  package enum View: Sendable, Equatable {
    /// The simulator: every host, with its state and size.
    case wholeCloud
    /// A project on a real cloud: only the hosts its servers run on, by name for an admin, otherwise by
    /// `hostId` as Host A, Host B, ….
    case project(namedByHostID: Bool)
  }

  /// One server in the picture.
  package struct Entry: Sendable, Equatable {
    package var name: String
    package var status: ServerStatus
    /// Index into `groups`, nil for a server in no group.
    package var group: Int?

    package init(name: String, status: ServerStatus, group: Int? = nil) {
      self.name = name
      self.status = status
      self.group = group
    }
  }

  /// A group and the letter that marks its servers.
  package struct GroupKey: Sendable, Equatable {
    package var name: String
    package var policy: Policy
    package var maxServerPerHost: Int?

    package init(name: String, policy: Policy, maxServerPerHost: Int? = nil) {
      self.name = name
      self.policy = policy
      self.maxServerPerHost = maxServerPerHost
    }
  }

  package var hosts: [Host]
  /// Servers with no host (scheduling failed): they are ERROR and still members of their group.
  package var unplaced: [Entry]
  package var groups: [GroupKey]
  package var view: View

  package init(hosts: [Host], unplaced: [Entry] = [], groups: [GroupKey] = [], view: View = .wholeCloud) {
    self.hosts = hosts
    self.unplaced = unplaced
    self.groups = groups
    self.view = view
  }

  /// The mark of group `index`: A, B, …, Z, then a, b, ….
  package static func mark(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return String(letters[index % letters.count])
  }
}
