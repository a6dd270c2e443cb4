/// Where the cloud's services answer: the base URLs error messages name, as openstacksdk names the URL of the
/// request that failed. The simulator pretends to be a controller called `controller` on the default ports; a
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

  /// The full URL of a call: the service's endpoint, its version when the endpoint lacks one, then the path.
  package func url(of call: RestCall) -> String {
    var base: String
    switch call.service {
    case .compute: base = compute
    case .image: base = image
    case .network: base = network
    }
    while base.hasSuffix("/") { base.removeLast() }
    let prefix = call.service.prefix
    // A compute endpoint may carry the project after its version (`…/v2.1/<project>`).
    let segments = base.split(separator: "/").dropFirst(2).map(String.init)
    let versioned =
      call.service == .compute ? segments.contains { $0 == "v2.1" || $0 == "v2" } : base.hasSuffix(prefix)
    return base + (versioned ? "" : prefix) + call.path
  }
}
