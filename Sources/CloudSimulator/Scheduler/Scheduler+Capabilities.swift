/// What the flavor and the image of a request ask of a host, and whether a host gives it: Nova's
/// ComputeCapabilitiesFilter (`compute_capabilities_filter.py`, `extra_specs_ops.py`) and ImagePropertiesFilter
/// (`image_props_filter.py`).
package enum HostRequirements {
  /// The first extra spec the host does not satisfy, or nil. Keys scoped other than `capabilities:` (`hw:…`) are
  /// not the filter's; an unscoped key counts only when the host reports something by that name.
  static func unmetExtraSpec(
    _ extraSpecs: [String: String], host: HostProperties, name: String, state: HostState, overcommit: Overcommit
  ) -> (key: String, requirement: String, found: String?)? {
    for key in extraSpecs.keys.sorted() {
      guard let requirement = extraSpecs[key] else { continue }
      var scope = key.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      if scope.count > 1 {
        guard scope[0] == "capabilities" else { continue }
        scope.removeFirst()
      } else if host.capability(scope, host: name, state: state, overcommit: overcommit) == nil {
        continue
      }
      let found = host.capability(scope, host: name, state: state, overcommit: overcommit)
      guard let found, matches(found, requirement) else { return (key, requirement, found) }
    }
    return nil
  }

  /// `extra_specs_ops.match`: `=` (at least), `==`, `!=`, `>=`, `<=` compare numbers; `s==`, `s!=`, `s<`, `s<=`,
  /// `s>`, `s>=` compare text; `<in>` is a substring, `<all-in>` every word a substring, `<or>` any of the words.
  /// A requirement with no operator must equal the value.
  package static func matches(_ value: String, _ requirement: String) -> Bool {
    var words = requirement.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return value == requirement }
    let operation = words.removeFirst()
    if operation == "<or>" {
      while !words.isEmpty {
        if words.removeFirst() == value { return true }
        if words.isEmpty { break }
        words.removeFirst()
      }
      return false
    }
    let numeric: [String: (Double, Double) -> Bool] = [
      "=": (>=), "==": (==), "!=": (!=), ">=": (>=), "<=": (<=),
    ]
    let textual: [String: (String, String) -> Bool] = [
      "s==": (==), "s!=": (!=), "s<": (<), "s<=": (<=), "s>": (>), "s>=": (>=),
    ]
    guard numeric[operation] != nil || textual[operation] != nil || operation == "<in>" || operation == "<all-in>"
    else { return value == requirement }
    guard let operand = words.first else { return false }
    if operation == "<in>" { return value.contains(operand) }
    if operation == "<all-in>" { return words.allSatisfy { value.contains($0) } }
    if let compare = textual[operation] { return compare(value, operand) }
    guard let compare = numeric[operation], let left = Double(value), let right = Double(operand) else { return false }
    return compare(left, right)
  }

  /// The image properties ImagePropertiesFilter reads, canonical; empty when the image asks for nothing.
  static func imageAsks(_ properties: [String: String]) -> [String] {
    [
      properties["hw_architecture"].map(Canonical.architecture),
      properties["img_hv_type"].map(Canonical.hypervisorType),
      properties["hw_vm_mode"].map(Canonical.vmMode),
    ].compactMap { $0 }.filter { !$0.isEmpty }
  }

  /// Whether the host runs the image: one supported (architecture, hypervisor, VM mode) holds everything the image
  /// asks for, and the hypervisor version meets `img_hv_requested_version` when the image sets one.
  static func supportsImage(_ properties: [String: String], host: HostProperties) -> Bool {
    let asks = imageAsks(properties)
    guard !asks.isEmpty else { return true }
    guard host.supportedInstances.contains(where: { offer in asks.allSatisfy(offer.contains) }) else { return false }
    guard let requested = properties["img_hv_requested_version"], host.hypervisorVersion != 0 else { return true }
    return VersionRequirement(requested)?.isMet(by: host.versionText) ?? false
  }
}

/// A version requirement as an image states it (`>=8.0`, `>= 6.0, < 9`): comparisons joined by commas, each of
/// `<`, `<=`, `==`, `!=`, `>`, `>=` and a dotted version.
struct VersionRequirement {
  private var clauses: [(operation: String, version: [Int])] = []

  init?(_ text: String) {
    for clause in text.split(separator: ",") {
      let trimmed = clause.trimmingSpaces
      guard let operation = ["<=", ">=", "==", "!=", "<", ">"].first(where: trimmed.hasPrefix),
        let version = Self.parts(trimmed.dropFirst(operation.count).trimmingSpaces)
      else { return nil }
      clauses.append((operation, version))
    }
    if clauses.isEmpty { return nil }
  }

  func isMet(by version: String) -> Bool {
    guard let have = Self.parts(Substring(version)) else { return false }
    return clauses.allSatisfy { clause in
      let order = Self.compare(have, clause.version)
      switch clause.operation {
      case "<": return order < 0
      case "<=": return order <= 0
      case "==": return order == 0
      case "!=": return order != 0
      case ">": return order > 0
      default: return order >= 0
      }
    }
  }

  private static func parts(_ text: Substring) -> [Int]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
    guard !parts.isEmpty, parts.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
    return parts.compactMap { $0 }
  }

  /// −1, 0 or 1, missing parts counting as 0 (8.2 == 8.2.0).
  private static func compare(_ left: [Int], _ right: [Int]) -> Int {
    for index in 0..<max(left.count, right.count) {
      let a = index < left.count ? left[index] : 0
      let b = index < right.count ? right[index] : 0
      if a != b { return a < b ? -1 : 1 }
    }
    return 0
  }
}

extension StringProtocol {
  fileprivate var trimmingSpaces: Substring {
    let text = Substring(self)
    guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let end = text.lastIndex(where: { !$0.isWhitespace }) ?? start
    return text[start...end]
  }
}
