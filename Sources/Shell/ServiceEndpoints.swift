/// Where the cloud's services answer: the base URLs the simulator's requests are shown at (`equivalent`, error
/// messages, which name the URL of the request that failed as openstacksdk does). The simulator pretends to be a controller called `controller` on the default ports; a
/// real cloud's come from its service catalog.
package struct ServiceEndpoints: Sendable, Equatable {
  /// Nova's endpoint, usually with its version (`https://nova.example.com:8774/v2.1`).
  package var compute: String
  /// Glance's endpoint, usually without a version.
  package var image: String
  /// Neutron's endpoint, usually without a version.
  package var network: String

  package init(compute: String, image: String, network: String) {
    self.compute = compute
    self.image = image
    self.network = network
  }

  /// The simulator's pretend controller.
  package static let simulator = ServiceEndpoints(
    compute: "http://controller:8774/v2.1", image: "http://controller:9292", network: "http://controller:9696")
}
