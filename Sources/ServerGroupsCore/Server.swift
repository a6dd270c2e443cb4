import Foundation

/// A server (instance) as a project sees it.
package struct Server: Hashable, Sendable, Codable, Identifiable {
  package var id: ServerID
  package var name: String
  package var status: ServerStatus
  package var flavorID: FlavorID
  package var imageID: ImageID?
  /// Names of the networks the server is attached to (empty with `networks: none`).
  package var networks: [String: [String]]
  /// The compute host, present only when the caller may see it (admins) and the server has one.
  package var host: String?
  /// Nova's `hostId`: a hash of the project and the host, empty when the server has no host.
  package var hostID: String
  /// `UP`, `DOWN` or `UNKNOWN` for a server with a host; nil without one.
  package var hostStatus: HostStatus?
  package var serverGroups: [ServerGroupID]
  package var fault: Fault?
  package var projectID: ProjectID
  package var userID: UserID
  package var created: Date
  package var updated: Date
  package var metadata: [String: String]
  package var reservationID: String
  package var availabilityZone: String?
  /// `OS-DCF:diskConfig` as the create request asked (nil shows as `MANUAL`).
  package var diskConfig: String?

  package init(
    id: ServerID, name: String, status: ServerStatus, flavorID: FlavorID, imageID: ImageID?,
    networks: [String: [String]] = [:], host: String? = nil, hostID: String = "", hostStatus: HostStatus? = nil,
    serverGroups: [ServerGroupID] = [], fault: Fault? = nil, projectID: ProjectID, userID: UserID,
    created: Date, updated: Date, metadata: [String: String] = [:], reservationID: String = "",
    availabilityZone: String? = nil
  ) {
    self.id = id
    self.name = name
    self.status = status
    self.flavorID = flavorID
    self.imageID = imageID
    self.networks = networks
    self.host = host
    self.hostID = hostID
    self.hostStatus = hostStatus
    self.serverGroups = serverGroups
    self.fault = fault
    self.projectID = projectID
    self.userID = userID
    self.created = created
    self.updated = updated
    self.metadata = metadata
    self.reservationID = reservationID
    self.availabilityZone = availabilityZone
  }
}

extension Server {
  /// Nova's `OS-EXT-STS:power_state`: 1 running, 4 shut down, 0 no state (building, in error, deleted).
  package var powerStateCode: Int {
    switch status {
    case .active: 1
    case .shutoff: 4
    case .build, .error, .deleted: 0
    }
  }
}

/// A server's `status` field.
package enum ServerStatus: String, Sendable, Codable, CaseIterable {
  case build = "BUILD"
  case active = "ACTIVE"
  case error = "ERROR"
  /// Stopped: what an evacuation at microversion 2.95 or later leaves.
  case shutoff = "SHUTOFF"
  case deleted = "DELETED"
}

/// A server's `host_status` field (microversion 2.16).
package enum HostStatus: String, Sendable, Codable {
  case up = "UP"
  case down = "DOWN"
  case maintenance = "MAINTENANCE"
  case unknown = "UNKNOWN"
}

/// The `fault` Nova attaches to a server in ERROR.
package struct Fault: Hashable, Sendable, Codable {
  package var code: Int
  package var message: String
  package var created: Date

  package init(code: Int, message: String, created: Date) {
    self.code = code
    self.message = message
    self.created = created
  }

  /// Nova's text when placement returns no candidate at all (note the trailing space).
  package static let noValidHostNoCandidates = "No valid host was found. "
  /// Nova's text when candidates existed but the filters left too few for the request.
  package static let noValidHostNotEnoughHosts = "No valid host was found. There are not enough hosts available."
}
