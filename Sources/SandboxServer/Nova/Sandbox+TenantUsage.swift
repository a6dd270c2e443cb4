import Foundation
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// `GET /os-simple-tenant-usage` (admins: one entry per project with servers in the period, their
  /// `server_usages` only with `detailed=1`) and `GET /os-simple-tenant-usage/{project}` (that project's
  /// readers and admins). Hours are the overlap of each server's life (created until now) with
  /// [`start`, `end`], as Nova counts them; a project without servers in the period shows `{}`.
  func tenantUsage(_ call: NovaCall, project: String?) async throws -> SandboxReply {
    if let project {
      guard call.caller.isAdmin || call.caller.projectID.rawValue == project else {
        throw CloudError.policyRefused("os_compute_api:os-simple-tenant-usage:show")
      }
    } else if !call.caller.isAdmin {
      throw CloudError.policyRefused("os_compute_api:os-simple-tenant-usage:list")
    }
    let period = try usagePeriod(call.request)
    let query = ServerListQuery(allProjects: true, reservationID: nil)
    var servers: [Server] = []
    // The project's own region is enough for its readers; an admin's list reaches every region.
    let reader = Caller(projectID: ProjectID(project ?? call.caller.projectID.rawValue), userID: "", roles: [.admin])
    for (_, cloud) in workshop.clouds(for: reader) { servers += try await cloud.listServers(query) }
    servers = try usagePage(
      servers.filter { project == nil || $0.projectID.rawValue == project }, call.request, version: call.version)
    var byProject: [(String, [Server])] = []
    for server in servers {
      if let index = byProject.firstIndex(where: { $0.0 == server.projectID.rawValue }) {
        byProject[index].1.append(server)
      } else {
        byProject.append((server.projectID.rawValue, [server]))
      }
    }
    let detailed = project != nil || call.request.queryValue("detailed") == "1"
    let usages = byProject.map { usageBody(project: $0.0, servers: $0.1, period: period, detailed: detailed) }
    if project != nil { return .json(200, .object([("tenant_usage", usages.first ?? .object([]))])) }
    return .json(200, .object([("tenant_usages", .array(usages))]))
  }

  /// From 2.40 the usage is paged over the servers, oldest first: `marker` (a server ID) starts after that server
  /// and `limit` caps the page (Nova's `max_limit`, 1000, when larger or absent). A client reads pages until one
  /// comes back with no server, so a page after the last server is empty (`{}`) and an unknown marker is Nova's 400.
  private func usagePage(_ servers: [Server], _ request: SandboxRequest, version: Microversion) throws(CloudError)
    -> [Server]
  {
    guard version >= Microversion(2, 40) else { return servers }
    var page = servers.sorted { ($0.created, $0.id.rawValue) < ($1.created, $1.id.rawValue) }
    if let marker = request.queryValue("marker") {
      guard let index = page.firstIndex(where: { $0.id.rawValue == marker }) else {
        throw .badRequest("Marker \(marker) could not be found.")
      }
      page = Array(page[(index + 1)...])
    }
    var limit = 1000
    if let text = request.queryValue("limit") {
      guard !text.isEmpty, text.allSatisfy({ ("0"..."9").contains($0) }), let asked = Int(text) else {
        throw .badRequest(
          "Invalid input for query parameters limit. Value: \(text). '\(text)' does not match '^[0-9]*$'")
      }
      limit = min(limit, asked)
    }
    return Array(page.prefix(limit))
  }

  /// The `start` and `end` query parameters (each defaults to now), or Nova's 400s.
  private func usagePeriod(_ request: SandboxRequest) throws(CloudError) -> (start: Date, end: Date) {
    let current = now()
    func parse(_ name: String) throws(CloudError) -> Date {
      guard let text = request.queryValue(name) else { return current }
      guard let date = Self.usageDate(text) else { throw .badRequest("Datetime is in invalid format") }
      return date
    }
    let start = try parse("start")
    var end = try parse("end")
    if request.queryValue("start") == nil && request.queryValue("end") == nil { end = current.addingTimeInterval(1e-6) }
    guard start < end else {
      throw .badRequest("Invalid start time. The start time cannot occur after the end time.")
    }
    return (start, end)
  }

  /// The formats Nova's `_parse_datetime` accepts (UTC, no zone).
  static func usageDate(_ text: String) -> Date? {
    for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSSSSS", "yyyy-MM-dd HH:mm:ss.SSSSSS"] {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = format
      if let date = formatter.date(from: text) { return date }
    }
    return nil
  }

  /// Python's `datetime.isoformat()` of a UTC time, as Nova prints usage times.
  static func usageTime(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS"
    return formatter.string(from: date)
  }

  /// One project's `tenant_usage`.
  private func usageBody(
    project: String, servers: [Server], period: (start: Date, end: Date), detailed: Bool
  ) -> JSONValue {
    var totals = (hours: 0.0, disk: 0.0, memory: 0.0, vcpus: 0.0)
    var rows: [JSONValue] = []
    let current = now()
    for server in servers {
      let flavor = flavors.first { $0.id == server.flavorID }
      let from = max(server.created, period.start)
      let hours = max(0, period.end.timeIntervalSince(from)) / 3600
      let (vcpus, memory, disk) = (flavor?.vcpus ?? 0, flavor?.ramMB ?? 0, flavor?.diskGB ?? 0)
      totals.hours += hours
      totals.disk += Double(disk) * hours
      totals.memory += Double(memory) * hours
      totals.vcpus += Double(vcpus) * hours
      rows.append(
        .object([
          ("ended_at", .null), ("flavor", .string(flavor?.name ?? "")), ("hours", .double(hours)),
          ("instance_id", .string(server.id.rawValue)), ("local_gb", .int(disk)), ("memory_mb", .int(memory)),
          ("name", .string(server.name)), ("started_at", .string(Self.usageTime(server.created))),
          ("state", .string(Self.usageState(server.status))), ("tenant_id", .string(project)),
          ("uptime", .int(Int(max(0, current.timeIntervalSince(server.created))))), ("vcpus", .int(vcpus)),
        ]))
    }
    var pairs: [(String, JSONValue)] = []
    if detailed { pairs.append(("server_usages", .array(rows))) }
    pairs += [
      ("start", .string(Self.usageTime(period.start))), ("stop", .string(Self.usageTime(period.end))),
      ("tenant_id", .string(project)), ("total_hours", .double(totals.hours)),
      ("total_local_gb_usage", .double(totals.disk)), ("total_memory_mb_usage", .double(totals.memory)),
      ("total_vcpus_usage", .double(totals.vcpus)),
    ]
    return .object(pairs)
  }

  /// Nova's `vm_state` for a server status.
  private static func usageState(_ status: ServerStatus) -> String {
    switch status {
    case .build: "building"
    case .error: "error"
    case .shutoff: "stopped"
    default: status.rawValue.lowercased()
    }
  }
}
