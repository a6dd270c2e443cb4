import ServerGroupsCore

/// What a `NovaClient` learns once and keeps: the compute microversion range and the flavor list
/// (servers at 2.47 and later name their flavor, and the shell wants its ID).
actor NovaClientCache {
  private var range: (minimum: Microversion, maximum: Microversion)?
  private var flavors: [Flavor]?
  private var networks: [Network]?
  private var notedNoNetwork = false

  func microversions() -> (minimum: Microversion, maximum: Microversion)? { range }
  func remember(minimum: Microversion, maximum: Microversion) { range = (minimum, maximum) }

  func knownFlavors() -> [Flavor]? { flavors }
  func remember(flavors: [Flavor]) { self.flavors = flavors }

  /// The networks last listed: what `networks: auto` is settled from, so that booting does not list them again.
  func knownNetworks() -> [Network]? { networks }
  func remember(networks: [Network]) { self.networks = networks }

  /// True the first time only: the note about booting without a network is given once per session.
  func firstNoNetworkNote() -> Bool {
    defer { notedNoNetwork = true }
    return !notedNoNetwork
  }
}
