import Foundation
import OpenStackWire
import ServerGroupsCore

extension Sandbox {
  /// The paths `projectsAndDomains` answers (GET only).
  static let projectAndDomainRoutes = [
    "v3/auth/projects", "v3/auth/domains", "v3/projects", "v3/projects/*", "v3/users/*/projects", "v3/domains",
    "v3/domains/*",
  ]

  /// Keystone's project and domain reads with its default policy (the sandbox's admin role stands for
  /// Keystone's system reader): `GET /v3/projects` and `/v3/domains` are admin only; a project, a user's
  /// projects or the domain can be read by the admin and by users of that project, that user or that domain.
  /// Policy comes before lookup, so a non-admin cannot tell another project from a missing one (both 403). An
  /// unscoped token has no role and no project: it reads its own user's projects only.
  func projectsAndDomains(_ request: SandboxRequest, _ path: [String]) -> SandboxReply {
    guard let (caller, user, scoped) = authenticateAnyScope(request) else { return keystoneError(.unauthorized) }
    let directory = workshop.directory
    let v3 = request.root + Routes.identityPrefix + "/v3"
    let route = Self.projectAndDomainRoutes.first { PathPattern.match(path, $0) != nil }
    let id = PathPattern.match(path, route ?? "")?.first ?? ""
    switch route {
    case "v3/auth/projects":
      let own = directory.project(id: user.projectID).map { [projectBody($0, v3: v3)] } ?? []
      return .json(200, .object([("links", links(v3 + "/auth/projects")), ("projects", .array(own))]))
    case "v3/auth/domains":
      // Project-scoped role assignments give no domain (Keystone lists domains with a role on the domain).
      return .json(200, .object([("domains", .array([])), ("links", links(v3 + "/auth/domains"))]))
    case "v3/projects":
      guard caller.isAdmin else { return keystoneError(.forbiddenAction("identity:list_projects")) }
      let projects = directory.projects.filter { project in
        request.queryValue("name").map { $0 == project.name } ?? true
          && request.queryValue("domain_id").map { $0 == "default" } ?? true
      }
      let body = projects.map { projectBody($0, v3: v3) }
      return .json(200, .object([("links", links(v3 + "/projects", request)), ("projects", .array(body))]))
    case "v3/projects/*":
      guard caller.isAdmin || (scoped && user.projectID == id) else {
        return keystoneError(.forbiddenAction("identity:get_project"))
      }
      guard let project = directory.project(id: id) else {
        return keystoneError(.notFound("Could not find project: \(id)."))
      }
      return .json(200, .object([("project", projectBody(project, v3: v3))]))
    case "v3/users/*/projects":
      guard caller.isAdmin || user.id == id else {
        return keystoneError(.forbiddenAction("identity:list_user_projects"))
      }
      guard let owner = directory.user(id: id) else { return keystoneError(.notFound("Could not find user: \(id).")) }
      let own = directory.project(id: owner.projectID).map { [projectBody($0, v3: v3)] } ?? []
      return .json(200, .object([("links", links(v3 + "/users/\(id)/projects")), ("projects", .array(own))]))
    case "v3/domains":
      guard caller.isAdmin else { return keystoneError(.forbiddenAction("identity:list_domains")) }
      let all = request.queryValue("name").map { $0 == "Default" } ?? true
      return .json(
        200,
        .object([("domains", .array(all ? [domainBody(v3: v3)] : [])), ("links", links(v3 + "/domains", request))]))
    case "v3/domains/*":
      // Every sandbox project lives in `default`: its users may read it (token.project.domain.id).
      guard scoped else { return keystoneError(.forbiddenAction("identity:get_domain")) }
      guard id == "default" else {
        return keystoneError(
          caller.isAdmin ? .notFound("Could not find domain: \(id).") : .forbiddenAction("identity:get_domain"))
      }
      return .json(200, .object([("domain", domainBody(v3: v3))]))
    default:
      return keystoneError(.notFound("The resource could not be found."))
    }
  }

  /// A project as Keystone shows it.
  func projectBody(_ project: Directory.Project, v3: String) -> JSONValue {
    .object([
      ("id", .string(project.id)), ("name", .string(project.name)), ("domain_id", .string("default")),
      ("description", .string("")), ("enabled", .bool(true)), ("parent_id", .string("default")),
      ("is_domain", .bool(false)), ("tags", .array([])), ("options", .object([])),
      ("links", .object([("self", .string(v3 + "/projects/" + project.id))])),
    ])
  }

  /// The `Default` domain as Keystone's bootstrap creates it.
  private func domainBody(v3: String) -> JSONValue {
    .object([
      ("id", .string("default")), ("name", .string("Default")), ("description", .string("The default domain")),
      ("enabled", .bool(true)), ("tags", .array([])), ("options", .object([])),
      ("links", .object([("self", .string(v3 + "/domains/default"))])),
    ])
  }

  /// A collection's `links` (the sandbox never pages them); `self` repeats the request's query, as Keystone's does.
  private func links(_ url: String, _ request: SandboxRequest? = nil) -> JSONValue {
    let query = (request?.query ?? []).map { key, value in
      [key, value].map { $0.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? $0 }
        .joined(separator: "=")
    }
    let url = query.isEmpty ? url : url + "?" + query.joined(separator: "&")
    return .object([("next", .null), ("self", .string(url)), ("previous", .null)])
  }
}

extension CharacterSet {
  /// What may stay unescaped in a query key or value.
  fileprivate static let urlQueryValueAllowed = CharacterSet.urlQueryAllowed.subtracting(
    CharacterSet(charactersIn: "&=+#"))
}
