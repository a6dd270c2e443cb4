import Dispatch
import LessonEngine
import ServerGroupsCore
import Synchronization

/// The cloud's names for Tab completion, read when Tab needs them: each kind once, and the project's groups and
/// servers again only after a write (`markStale()`). The flavors, images and networks come from the session's
/// catalog (read once per session), and a read the caller's role was refused is not asked again (see
/// `SessionCachedCloud`). The completer reads it synchronously from the line editor's callback, so it is a
/// locked reference shared by both.
package final class NameCache: Sendable {
  /// The kinds of names Tab completes.
  package enum Kind: Sendable, Hashable, CaseIterable { case groups, servers, flavors, images, networks, hosts }

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

    subscript(kind: Kind) -> [String] {
      get {
        switch kind {
        case .groups: groups
        case .servers: servers
        case .flavors: flavors
        case .images: images
        case .networks: networks
        case .hosts: hosts
        }
      }
      set {
        switch kind {
        case .groups: groups = newValue
        case .servers: servers = newValue
        case .flavors: flavors = newValue
        case .images: images = newValue
        case .networks: networks = newValue
        case .hosts: hosts = newValue
        }
      }
    }
  }

  /// Reads one kind of names from the cloud; nil when it cannot.
  package typealias Reader = @Sendable (Kind) async -> [String]?

  private struct State {
    var names: Names
    /// The kinds read since the last write.
    var fresh: Set<Kind> = []
    var reader: Reader?
    var patience: Double = 2
  }

  private let state: Mutex<State>

  /// Names given as they are (no cloud to read until `read(from:)`).
  package init(_ names: Names = Names()) { state = Mutex(State(names: names)) }

  /// The names as last read.
  package var names: Names {
    get { state.withLock { $0.names } }
    set { state.withLock { $0.names = newValue } }
  }

  /// How long Tab waits for a read before it completes from the names as they were (seconds). The line editor
  /// must not hang on a slow cloud; a test on a loaded machine gives the read all the time it needs.
  package var patience: Double {
    get { state.withLock { $0.patience } }
    set { state.withLock { $0.patience = newValue } }
  }

  /// From now on names are read from the cloud `ctx` calls, when Tab needs them. Sends nothing. Only the cloud is
  /// kept, not the context: the context holds this cache, and keeping it would keep both alive for good (a
  /// browser session's whole shell, in the sandbox).
  package func read(from ctx: ShellContext) {
    let cloud = ctx.cloud
    let controls = ctx.controls
    state.withLock { $0.reader = { kind in await Self.read(kind, cloud: cloud, controls: controls) } }
  }

  /// The cloud was written to: the project's groups and servers are read again at the next Tab that needs them.
  package func markStale() { state.withLock { $0.fresh.subtract([.groups, .servers]) } }

  /// The names of `kind`, read first when they are not current. A read that fails keeps the names as they were.
  @discardableResult
  package func load(_ kind: Kind) async -> [String] {
    let reader: Reader? = state.withLock { $0.fresh.contains(kind) ? nil : $0.reader }
    guard let reader else { return names[kind] }
    guard let read = await reader(kind) else { return names[kind] }
    state.withLock {
      $0.names[kind] = read
      $0.fresh.insert(kind)
    }
    return read
  }

  /// The names of `kind` for the completer, which cannot wait asynchronously: reads them when they are not
  /// current, waiting at most `patience` seconds (then the names as they were, and the read lands for the next
  /// Tab).
  package func current(_ kind: Kind) -> [String] {
    let pending = state.withLock { $0.fresh.contains(kind) || $0.reader == nil ? nil : $0.names[kind] }
    guard pending != nil else { return names[kind] }
    let done = DispatchSemaphore(value: 0)
    Task {
      await self.load(kind)
      done.signal()
    }
    _ = done.wait(timeout: .now() + patience)
    return names[kind]
  }

  /// One kind of names from `cloud` (the simulator's hosts from its `controls`).
  static func read(_ kind: Kind, cloud: any Cloud, controls: (any SimulatorControls)?) async -> [String]? {
    switch kind {
    case .groups: return try? await typable(cloud.listServerGroups(ServerGroupListQuery()).map(\.name))
    case .servers: return try? await typable(cloud.listServers(ServerListQuery()).map(\.name))
    case .flavors: return try? await cloud.listFlavors().map(\.name)
    case .images: return try? await cloud.listImages().map(\.name)
    case .networks: return try? await cloud.listNetworks().map(\.name)
    case .hosts:
      if let controls { return await controls.hostSnapshots().map(\.name) }
      return try? await cloud.listHypervisors().map(\.hostname)
    }
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
