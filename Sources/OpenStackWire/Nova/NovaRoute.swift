/// Nova's routes, spelled once: the sandbox parses a request's path into one, the client and `equivalent` build the
/// path of one. Paths are below the compute endpoint (`/v2.1`, and the optional project ID, already removed).
package enum NovaRoute: Equatable, Sendable {
  case listGroups, createGroup
  case showGroup(String)
  case deleteGroup(String)
  case listServers(detail: Bool)
  case createServer
  case showServer(String)
  case deleteServer(String)
  case listFlavors(detail: Bool)
  case showFlavor(String)
  case flavorExtraSpecs(String)
  case flavorExtraSpec(String, String)
  case flavorAccess(String)
  case limits
  case listHypervisors(detail: Bool)
  case showHypervisor(String)
  case hypervisorUptime(String)
  case aggregates
  case listServices
  case updateService(String)
  case availabilityZones(detail: Bool)
  case keypairs
  case tenantUsage(String?)
  case quotaSet(String, detail: Bool, defaults: Bool)
  case updateQuotaSet(String)
  case deleteQuotaSet(String)
  case volumeAttachments(String)
  case serverSecurityGroups(String)
  case serverAction(String)

  /// One row of the table: the method, the path pattern (`*` is one segment) and the route its segments make.
  struct Entry: Sendable {
    var method: String
    var pattern: String
    var make: @Sendable ([String]) -> NovaRoute
  }

  /// The table. Order matters where patterns overlap: the first match wins.
  static let table: [Entry] = [
    Entry(method: "GET", pattern: "os-server-groups") { _ in .listGroups },
    Entry(method: "POST", pattern: "os-server-groups") { _ in .createGroup },
    Entry(method: "GET", pattern: "os-server-groups/*") { .showGroup($0[0]) },
    Entry(method: "DELETE", pattern: "os-server-groups/*") { .deleteGroup($0[0]) },
    Entry(method: "GET", pattern: "servers") { _ in .listServers(detail: false) },
    Entry(method: "GET", pattern: "servers/detail") { _ in .listServers(detail: true) },
    Entry(method: "POST", pattern: "servers") { _ in .createServer },
    Entry(method: "GET", pattern: "servers/*") { .showServer($0[0]) },
    Entry(method: "DELETE", pattern: "servers/*") { .deleteServer($0[0]) },
    Entry(method: "GET", pattern: "flavors") { _ in .listFlavors(detail: false) },
    Entry(method: "GET", pattern: "flavors/detail") { _ in .listFlavors(detail: true) },
    Entry(method: "GET", pattern: "flavors/*") { .showFlavor($0[0]) },
    Entry(method: "GET", pattern: "flavors/*/os-extra_specs") { .flavorExtraSpecs($0[0]) },
    Entry(method: "GET", pattern: "flavors/*/os-extra_specs/*") { .flavorExtraSpec($0[0], $0[1]) },
    Entry(method: "GET", pattern: "flavors/*/os-flavor-access") { .flavorAccess($0[0]) },
    Entry(method: "GET", pattern: "limits") { _ in .limits },
    Entry(method: "GET", pattern: "os-hypervisors") { _ in .listHypervisors(detail: false) },
    // `detail` before `*`: Nova's router matches the collection's own action first.
    Entry(method: "GET", pattern: "os-hypervisors/detail") { _ in .listHypervisors(detail: true) },
    Entry(method: "GET", pattern: "os-hypervisors/*") { .showHypervisor($0[0]) },
    Entry(method: "GET", pattern: "os-hypervisors/*/uptime") { .hypervisorUptime($0[0]) },
    Entry(method: "GET", pattern: "os-aggregates") { _ in .aggregates },
    Entry(method: "GET", pattern: "os-services") { _ in .listServices },
    Entry(method: "PUT", pattern: "os-services/*") { .updateService($0[0]) },
    Entry(method: "GET", pattern: "os-availability-zone") { _ in .availabilityZones(detail: false) },
    Entry(method: "GET", pattern: "os-availability-zone/detail") { _ in .availabilityZones(detail: true) },
    Entry(method: "GET", pattern: "os-keypairs") { _ in .keypairs },
    Entry(method: "GET", pattern: "os-simple-tenant-usage") { _ in .tenantUsage(nil) },
    Entry(method: "GET", pattern: "os-simple-tenant-usage/*") { .tenantUsage($0[0]) },
    Entry(method: "GET", pattern: "os-quota-sets/*") { .quotaSet($0[0], detail: false, defaults: false) },
    Entry(method: "PUT", pattern: "os-quota-sets/*") { .updateQuotaSet($0[0]) },
    Entry(method: "DELETE", pattern: "os-quota-sets/*") { .deleteQuotaSet($0[0]) },
    Entry(method: "GET", pattern: "os-quota-sets/*/detail") { .quotaSet($0[0], detail: true, defaults: false) },
    Entry(method: "GET", pattern: "os-quota-sets/*/defaults") { .quotaSet($0[0], detail: false, defaults: true) },
    Entry(method: "POST", pattern: "servers/*/action") { .serverAction($0[0]) },
    Entry(method: "GET", pattern: "servers/*/os-volume_attachments") { .volumeAttachments($0[0]) },
    Entry(method: "GET", pattern: "servers/*/os-security-groups") { .serverSecurityGroups($0[0]) },
  ]

  /// The route a request's method and path segments (already percent-decoded) ask for, or nil when Nova has none.
  package init?(method: String, path: [String]) {
    for entry in Self.table where entry.method == method {
      if let captures = PathPattern.match(path, entry.pattern) {
        self = entry.make(captures)
        return
      }
    }
    return nil
  }

  /// The segments the route carries (IDs, keys), in path order.
  private var captures: [String] {
    switch self {
    case .showGroup(let id), .deleteGroup(let id), .showServer(let id), .deleteServer(let id), .showFlavor(let id),
      .flavorExtraSpecs(let id), .flavorAccess(let id), .showHypervisor(let id), .hypervisorUptime(let id),
      .updateService(let id), .quotaSet(let id, _, _), .updateQuotaSet(let id), .deleteQuotaSet(let id),
      .volumeAttachments(let id), .serverSecurityGroups(let id), .serverAction(let id):
      [id]
    case .flavorExtraSpec(let id, let key): [id, key]
    case .tenantUsage(let project): project.map { [$0] } ?? []
    case .listGroups, .createGroup, .listServers, .createServer, .listFlavors, .limits, .listHypervisors, .aggregates,
      .listServices, .availabilityZones, .keypairs:
      []
    }
  }

  /// The table's row for this route.
  private var entry: Entry {
    let captures = self.captures
    let stars = captures.count
    guard
      let found = Self.table.first(where: {
        $0.pattern.split(separator: "/").filter { $0 == "*" }.count == stars && $0.make(captures) == self
      })
    else {
      preconditionFailure("NovaRoute.\(self) has no row in the table")
    }
    return found
  }

  /// `GET`, `POST`, `PUT` or `DELETE`.
  package var method: String { entry.method }

  /// The path below the compute endpoint (`/os-server-groups/<id>`), each carried segment percent-encoded so an
  /// ID cannot reach another route.
  package var path: String {
    var captures = self.captures.makeIterator()
    let parts = entry.pattern.split(separator: "/").map { part in
      part == "*" ? PathPattern.segment(captures.next() ?? "") : String(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}

/// Matching path segments against a pattern (`servers/*/action`), and encoding one segment.
package enum PathPattern {
  /// The segments matched by `*`, or nil when the path does not fit the pattern.
  package static func match(_ path: [String], _ pattern: String) -> [String]? {
    let parts = pattern.split(separator: "/").map(String.init)
    guard parts.count == path.count else { return nil }
    var captures: [String] = []
    for (part, segment) in zip(parts, path) {
      if part == "*" {
        captures.append(segment)
      } else if part != segment {
        return nil
      }
    }
    return captures
  }

  /// A value as one path segment: anything but unreserved characters is percent-encoded.
  package static func segment(_ text: String) -> String {
    let unreserved = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".utf8)
    var out = ""
    for byte in text.utf8 {
      if unreserved.contains(byte) {
        out.append(Character(UnicodeScalar(byte)))
      } else {
        out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return out
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
