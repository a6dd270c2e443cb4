import ServerGroupsCore

/// Nova's `links` arrays: a versioned `self` link and an unversioned `bookmark`, both with the project ID when
/// the request's URL had one (an empty `projectID` leaves it out, as Nova does since 2.18).
package struct NovaLinks: Sendable, Equatable {
  /// The compute root without a trailing slash (`http://127.0.0.1:8774`).
  package var root: String
  package var projectID: String
  /// `/<project>` or nothing.
  private var projectPart: String { projectID.isEmpty ? "" : "/" + projectID }

  package init(root: String, projectID: String) {
    self.root = root
    self.projectID = projectID
  }

  /// `[{"href": ".../v2.1/<project>/<collection>/<id>", "rel": "self"}, {"href": ".../<project>/…", "rel": "bookmark"}]`
  package func links(_ collection: String, _ id: String) -> JSONValue {
    .array([
      .object([("href", .string("\(root)/v2.1\(projectPart)/\(collection)/\(id)")), ("rel", .string("self"))]),
      bookmarkLink(collection, id),
    ])
  }

  /// The versioned URL of one resource (a created server's `Location`).
  package func href(_ collection: String, _ id: String) -> String { "\(root)/v2.1\(projectPart)/\(collection)/\(id)" }

  /// Only the bookmark link (images and flavors inside a server body).
  package func bookmarks(_ collection: String, _ id: String) -> JSONValue {
    .array([bookmarkLink(collection, id)])
  }

  private func bookmarkLink(_ collection: String, _ id: String) -> JSONValue {
    .object([("href", .string("\(root)\(projectPart)/\(collection)/\(id)")), ("rel", .string("bookmark"))])
  }
}
