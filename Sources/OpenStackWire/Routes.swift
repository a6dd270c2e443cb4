/// The paths the sandbox serves and the client calls, relative to each service's endpoint.
package enum Routes {
  /// Where each service lives under the sandbox's root URL (as devstack lays them out), so each service's
  /// version document has a path of its own.
  package static let identityPrefix = "/identity"
  package static let imagePrefix = "/image"
  package static let networkPrefix = "/networking"
  /// Nova lives at the root: `/` and `/v2.1/...`.
  package static let computeVersion = "/v2.1"

  package static let tokens = "/v3/auth/tokens"
  package static let serverGroups = "/os-server-groups"
  package static func serverGroup(_ id: String) -> String { "/os-server-groups/\(id)" }
  package static let servers = "/servers"
  package static let serversDetail = "/servers/detail"
  package static func server(_ id: String) -> String { "/servers/\(id)" }
  package static let flavorsDetail = "/flavors/detail"
  package static func flavorExtraSpecs(_ id: String) -> String { "/flavors/\(id)/os-extra_specs" }
  package static let limits = "/limits"
  package static let hypervisorsDetail = "/os-hypervisors/detail"
  package static func hypervisor(_ id: String) -> String { "/os-hypervisors/\(id)" }
  package static let services = "/os-services"
  package static let availabilityZones = "/os-availability-zone"
  package static let images = "/v2/images"
  package static let networks = "/v2.0/networks"

  /// The catalog URLs for a sandbox at `root` (`http://127.0.0.1:8774`).
  package static func endpoints(root: String) -> (identity: String, compute: String, image: String, network: String) {
    (root + identityPrefix + "/v3", root + computeVersion, root + imagePrefix, root + networkPrefix)
  }
}
