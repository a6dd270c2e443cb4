import ServerGroupsCore
import Synchronization

/// What a shell session has read from the cloud and need not ask again, so that a typed line costs its own
/// requests: the catalog (flavors, images, networks, read once per session), the project's server groups (kept
/// current by the session's own writes, for the diagram), and every read the caller's role was refused.
/// Shared by every copy of the `ShellContext`; `SessionCachedCloud` reads and fills it.
package final class SessionCache: Sendable {
  private struct State {
    var flavors: [Flavor]?
    var images: [Image]?
    var networks: [Network]?
    var groups: [ServerGroup]?
    /// The refusal each refused read got and the URL it was sent to, by route (`GET compute/os-hypervisors/detail`).
    var refused: [String: (error: CloudError, url: String?)] = [:]
  }

  private let state = Mutex(State())

  package init() {}

  var flavors: [Flavor]? {
    get { state.withLock { $0.flavors } }
    set { state.withLock { $0.flavors = newValue } }
  }

  var images: [Image]? {
    get { state.withLock { $0.images } }
    set { state.withLock { $0.images = newValue } }
  }

  var networks: [Network]? {
    get { state.withLock { $0.networks } }
    set { state.withLock { $0.networks = newValue } }
  }

  /// The project's server groups as last read, with the session's own writes since applied; nil when unknown.
  var groups: [ServerGroup]? {
    get { state.withLock { $0.groups } }
    set { state.withLock { $0.groups = newValue } }
  }

  /// Changes the known groups, when they are known.
  func updateGroups(_ change: (inout [ServerGroup]) -> Void) {
    state.withLock { state in
      guard var groups = state.groups else { return }
      change(&groups)
      state.groups = groups
    }
  }

  /// The refusal `route` got earlier in the session, if it did, and the URL it was sent to.
  func refusal(_ route: String) -> (error: CloudError, url: String?)? { state.withLock { $0.refused[route] } }

  /// Remembers that the caller's role may not read `route`.
  func refuse(_ route: String, _ error: CloudError, url: String?) {
    state.withLock { $0.refused[route] = (error, url) }
  }

  /// Forgets the project's groups: something the session did not see may have changed them (a simulator power,
  /// a lesson's set-up, `reset`).
  package func forgetProjectState() { state.withLock { $0.groups = nil } }

  /// Forgets the catalog too, and the refusals: the caller changed (`set role`).
  package func forgetAll() { state.withLock { $0 = State() } }

  /// Forgets one kind of the catalog so that the next read asks the cloud (a typed `flavor list`).
  package func forgetCatalog(_ kind: CatalogKind) {
    state.withLock { state in
      switch kind {
      case .flavors: state.flavors = nil
      case .images: state.images = nil
      case .networks: state.networks = nil
      }
    }
  }

  /// The parts of the catalog read once per session.
  package enum CatalogKind: Sendable { case flavors, images, networks }
}
