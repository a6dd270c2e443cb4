/// Where the services live in the sandbox, and the Glance and Neutron paths the sandbox serves and the client
/// calls (Nova's routes are `NovaRoute`).
package enum Routes {
  /// Where each service lives under the sandbox's root URL (as devstack lays them out), so each service's
  /// version document has a path of its own.
  package static let identityPrefix = "/identity"
  package static let imagePrefix = "/image"
  package static let networkPrefix = "/networking"
  /// Nova lives at the root: `/` and `/v2.1/...`.
  package static let computeVersion = "/v2.1"

  package static let tokens = "/v3/auth/tokens"
  package static let images = "/v2/images"
  package static let networks = "/v2.0/networks"

  /// The catalog URLs for a sandbox at `root` (`http://127.0.0.1:8774`).
  package static func endpoints(root: String) -> (identity: String, compute: String, image: String, network: String) {
    (root + identityPrefix + "/v3", root + computeVersion, root + imagePrefix, root + networkPrefix)
  }
}
