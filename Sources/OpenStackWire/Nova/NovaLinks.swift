import ServerGroupsCore

/// Nova's `links` arrays: a versioned `self` link and an unversioned `bookmark`, both with the project ID.
package struct NovaLinks: Sendable, Equatable {
  /// The compute root without a trailing slash (`http://127.0.0.1:8774`).
  package var root: String
  package var projectID: String

  package init(root: String, projectID: String) {
    self.root = root
    self.projectID = projectID
  }

  /// `[{"href": ".../v2.1/<project>/<collection>/<id>", "rel": "self"}, {"href": ".../<project>/…", "rel": "bookmark"}]`
  package func links(_ collection: String, _ id: String) -> JSONValue {
    .array([
      .object([("href", .string("\(root)/v2.1/\(projectID)/\(collection)/\(id)")), ("rel", .string("self"))]),
      bookmarkLink(collection, id),
    ])
  }

  /// Only the bookmark link (images and flavors inside a server body).
  package func bookmarks(_ collection: String, _ id: String) -> JSONValue {
    .array([bookmarkLink(collection, id)])
  }

  private func bookmarkLink(_ collection: String, _ id: String) -> JSONValue {
    .object([("href", .string("\(root)/\(projectID)/\(collection)/\(id)")), ("rel", .string("bookmark"))])
  }
}
