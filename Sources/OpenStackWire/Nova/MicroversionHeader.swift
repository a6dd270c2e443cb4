import ServerGroupsCore

/// Nova's microversion negotiation (spec §1.2): which version a request asks for, and the headers every
/// versioned answer carries.
package enum MicroversionHeader {
  /// `OpenStack-API-Version` (preferred when both are sent).
  package static let standard = "OpenStack-API-Version"
  /// `X-OpenStack-Nova-API-Version` (the legacy header).
  package static let legacy = "X-OpenStack-Nova-API-Version"

  /// The version a request asks for, from its two headers; no header means the minimum (2.1).
  /// - Returns: the version, or Nova's 400 (bad format) or 406 (outside the range) error.
  package static func negotiate(
    standard standardValue: String?, legacy legacyValue: String?, minimum: Microversion, maximum: Microversion
  ) -> Result<Microversion, CloudError> {
    let requested = standardValue.flatMap(computeVersion(inStandardHeader:)) ?? legacyValue.map(trimmed)
    guard let requested, !requested.isEmpty else { return .success(minimum) }
    if requested.lowercased() == "latest" { return .success(maximum) }
    guard let version = Microversion(parsing: requested) else {
      return .failure(
        .badRequest("API Version String \(requested) is of invalid format. Must be of format MajorNum.MinorNum."))
    }
    guard version >= minimum, version <= maximum else {
      return .failure(
        .notAcceptable(
          "Version \(version) is not supported by the API. Minimum is \(minimum) and maximum is \(maximum)."))
    }
    return .success(version)
  }

  /// The version a client sends for a request that wants `wanted`: `wanted`, or the nearest the cloud's range
  /// (up to `maximum`, which may be a pinned version) allows.
  package static func chosen(wanted: Microversion, minimum: Microversion, maximum: Microversion) -> Microversion {
    max(min(wanted, maximum), minimum)
  }

  /// The `compute` entry of `OpenStack-API-Version: compute 2.64, image 2.1` (the last one wins).
  package static func computeVersion(inStandardHeader value: String) -> String? {
    var found: String?
    for entry in value.split(separator: ",") {
      let words = entry.split(separator: " ", omittingEmptySubsequences: true)
      if words.count == 2, words[0].lowercased() == "compute" { found = String(words[1]) }
    }
    return found
  }

  /// The response headers Nova adds at `version` (on successes and on faults alike).
  package static func responseHeaders(_ version: Microversion) -> [(String, String)] {
    [
      (standard, "compute \(version)"), (legacy, "\(version)"),
      ("Vary", "\(standard), \(legacy)"),
    ]
  }

  /// The request headers keystoneauth sends for compute: both forms.
  package static func requestHeaders(_ version: Microversion) -> [(String, String)] {
    [(standard, "compute \(version)"), (legacy, "\(version)")]
  }

  private static func trimmed(_ text: String) -> String {
    String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
