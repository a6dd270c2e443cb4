import Foundation
import HTTPTypes
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// Glance v2: the version document, `GET /v2/images` (with `name` and `id` filters), `GET /v2/images/{id}`,
  /// the image and metadefs schemas (`GlanceSchemas`) and an empty list of metadefs namespaces.
  func glance(_ request: SandboxRequest, _ path: [String]) async -> SandboxReply {
    let base = request.root + Routes.imagePrefix
    if path.isEmpty || path == ["versions"] {
      return .json(path.isEmpty ? 300 : 200, ServiceVersions.image(base: base))
    }
    guard let (caller, _) = authenticate(request) else { return unauthorized(request) }
    let owner = workshop.directory.projects.first?.id ?? caller.projectID.rawValue
    switch (request.method, path) {
    case (.get, ["v2", "images"]):
      var list = images
      // Glance filters take one value or `in:a,b,c`.
      func allowed(_ value: String) -> Set<String> {
        value.hasPrefix("in:") ? Set(value.dropFirst(3).split(separator: ",").map(String.init)) : [value]
      }
      if let name = request.queryValue("name").map(allowed) { list = list.filter { name.contains($0.name) } }
      if let id = request.queryValue("id").map(allowed) { list = list.filter { id.contains($0.id.rawValue) } }
      if let marker = request.queryValue("marker") {
        // Everything is on one page: a marker means the client asks for the page after it.
        list = list.firstIndex { $0.id.rawValue == marker }.map { Array(list[(list.index(after: $0))...]) } ?? []
      }
      return .json(200, ImageBody.list(list.map { ImageBody.detail($0, owner: owner, created: created) }))
    case (.get, _) where PathPattern.match(path, "v2/images/*") != nil:
      let id = path[2]
      guard let image = images.first(where: { $0.id.rawValue == id }) else {
        return Self.glanceNotFound(request, "No image found with ID \(id)")
      }
      return .json(200, ImageBody.detail(image, owner: owner, created: created))
    case (.get, _) where path.count > 2 && path[0] == "v2" && path[1] == "schemas":
      guard let schema = GlanceSchemas.schema(Array(path.dropFirst(2))) else {
        return Self.glanceNotFound(request, "The resource could not be found.")
      }
      return .json(200, schema)
    case (.get, ["v2", "metadefs", "namespaces"]):
      // The sandbox defines no metadata namespaces (Horizon's launch wizard asks, for any resource type).
      return .json(
        200,
        .object([
          ("namespaces", .array([])), ("first", .string("/v2/metadefs/namespaces")),
          ("schema", .string("/v2/schemas/metadefs/namespaces")),
        ]))
    default:
      return Self.glanceNotFound(request, "The resource could not be found.")
    }
  }

  /// Glance's 404 (webob's): plain text, or its JSON form when the client asks for JSON.
  static func glanceNotFound(_ request: SandboxRequest, _ explanation: String) -> SandboxReply {
    guard request.header("Accept")?.lowercased().contains("application/json") == true else {
      return .text(404, "404 Not Found\n\n\(explanation)\n\n   ")
    }
    return .json(
      404,
      .object([
        ("message", .string(explanation + "<br /><br />\n\n\n")), ("code", .string("404 Not Found")),
        ("title", .string("Not Found")),
      ]))
  }

  /// Neutron v2.0: the version document, networks (list with filters, show), subnets, ports and security
  /// groups (`NeutronResources.swift`), and empty lists of what the sandbox does not have.
  func neutron(_ request: SandboxRequest, _ path: [String]) async -> SandboxReply {
    let base = request.root + Routes.networkPrefix
    if path.isEmpty { return .json(200, ServiceVersions.network(base: base)) }
    guard let (caller, _) = authenticate(request) else { return unauthorized(request) }
    let owner = workshop.directory.projects.first?.id ?? caller.projectID.rawValue
    if request.method == .get, let reply = await neutronResource(request, path, caller: caller) { return reply }
    switch (request.method, path) {
    case (.get, ["v2.0"]):
      return .json(200, .object([("resources", .array([]))]))
    case (.get, ["v2.0", "networks"]):
      // A key given more than once matches any of its values, as in Neutron.
      func values(_ key: String) -> [String]? {
        let given = request.query.filter { $0.0 == key }.map(\.1)
        return given.isEmpty ? nil : given
      }
      var list = networks
      if let names = values("name") { list = list.filter { names.contains($0.name) } }
      if let ids = values("id") { list = list.filter { ids.contains($0.id.rawValue) } }
      if let shared = values("shared") {
        list = list.filter { network in shared.contains { network.isShared == ($0.lowercased() == "true") } }
      }
      return .json(
        200, .object([("networks", .array(list.map { NetworkBody.detail($0, owner: owner, created: created) }))]))
    case (.get, _) where PathPattern.match(path, "v2.0/networks/*") != nil:
      let id = path[2]
      guard let network = networks.first(where: { $0.id.rawValue == id }) else {
        return .json(404, NetworkBody.notFound(id))
      }
      return .json(200, .object([("network", NetworkBody.detail(network, owner: owner, created: created))]))
    case (.get, ["v2.0", "extensions"]):
      return .json(200, .object([("extensions", .array([]))]))
    default:
      return .json(
        404,
        .object([
          (
            "NeutronError",
            .object([
              ("type", .string("HTTPNotFound")), ("message", .string("The resource could not be found.")),
              ("detail", .string("")),
            ])
          )
        ]))
    }
  }
}
