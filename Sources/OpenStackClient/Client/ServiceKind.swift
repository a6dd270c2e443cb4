import OpenStackWire

/// The OpenStack services sgtutor talks to, named as users know them in messages.
package enum ServiceKind: String, Sendable, CaseIterable {
  case identity, compute, image, network

  /// `the compute service (Nova)`.
  package var label: String {
    switch self {
    case .identity: "the identity service (Keystone)"
    case .compute: "the compute service (Nova)"
    case .image: "the image service (Glance)"
    case .network: "the network service (Neutron)"
    }
  }

  /// The short name (`Nova`).
  package var projectName: String {
    switch self {
    case .identity: "Keystone"
    case .compute: "Nova"
    case .image: "Glance"
    case .network: "Neutron"
    }
  }

  /// The service type in Keystone's catalog.
  package var catalogType: String { rawValue }

  /// The service a wire request goes to.
  package init(_ service: WireRequest.Service) {
    switch service {
    case .identity: self = .identity
    case .compute: self = .compute
    case .image: self = .image
    case .network: self = .network
    }
  }
}
