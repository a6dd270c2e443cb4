/// The subset of JSON Schema that Nova's request schemas use, evaluated keyword by keyword in the
/// order Nova writes them, so the first failure (the one Nova reports) is the same one we report.
package struct Schema: Sendable {
  /// One schema keyword.
  package indirect enum Keyword: Sendable {
    case type([JSONType])
    case enumeration([JSONValue])
    case properties([(String, Schema)])
    case required([String])
    case additionalProperties(Bool)
    case minLength(Int)
    case maxLength(Int)
    /// `^[0-9]*$`, the only pattern these schemas use.
    case digitsPattern
    /// Nova's `minimum`, which first turns digit strings into numbers.
    case minimum(Int)
    case format(Format)
    case prefixItems([Schema])
    case items(Schema)
    case uniqueItems
    case minItems(Int)
    case maxItems(Int)
    case oneOf([Schema])
  }

  /// JSON types as JSON Schema names them.
  package enum JSONType: String, Sendable {
    case object, array, string, integer, number, boolean, null
  }

  /// Formats Nova checks.
  package enum Format: String, Sendable {
    /// `ptypes.name`: printable BMP characters, no leading or trailing whitespace.
    case name
    case uuid
  }

  package var keywords: [Keyword]
  package init(_ keywords: [Keyword]) { self.keywords = keywords }
}

/// The first validation failure, with what Nova needs to word it.
package struct SchemaFailure: Equatable, Sendable {
  /// One step of the path to the failing value, as Nova's message spells it (`server/min_count`, `[0]`).
  package enum PathElement: Equatable, Sendable, CustomStringConvertible {
    case key(String)
    case index(Int)
    package var description: String {
      switch self {
      case .key(let key): key
      case .index(let index): String(index)
      }
    }
  }
  package var path: [PathElement]
  package var instance: JSONValue
  package var message: String
  /// Set when a `name` format failed: Nova then replaces the whole text with its InvalidName message.
  package var invalidName: Bool = false

  /// Nova's 400 detail for a request body.
  package var bodyMessage: String {
    if invalidName { return Self.invalidNameMessage }
    guard let last = path.last else { return message }
    return "Invalid input for field/attribute \(last). Value: \(PythonRepr.str(instance)). \(message)"
  }

  /// Nova's 400 detail for query parameters.
  package var queryMessage: String {
    guard let last = path.last else { return message }
    return "Invalid input for query parameters \(last). Value: \(PythonRepr.str(instance)). \(message)"
  }

  package static let invalidNameMessage =
    "An invalid 'name' value was provided. The name must be: printable characters. Can not start or end with whitespace."
}

extension Schema {
  /// Returns the first failure, or nil when the value is valid.
  package func firstFailure(_ value: JSONValue, path: [SchemaFailure.PathElement] = []) -> SchemaFailure? {
    for keyword in keywords {
      if let failure = check(keyword, value, path) { return failure }
    }
    return nil
  }

  private func fail(_ path: [SchemaFailure.PathElement], _ value: JSONValue, _ message: String) -> SchemaFailure {
    SchemaFailure(path: path, instance: value, message: message)
  }

  private func check(_ keyword: Keyword, _ value: JSONValue, _ path: [SchemaFailure.PathElement]) -> SchemaFailure? {
    switch keyword {
    case .type(let types):
      guard !types.contains(where: { Self.matches(value, $0) }) else { return nil }
      let names = types.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      return fail(path, value, "\(PythonRepr.repr(value)) is not of type \(names)")
    case .enumeration(let allowed):
      guard !allowed.contains(value) else { return nil }
      return fail(path, value, "\(PythonRepr.repr(value)) is not one of \(PythonRepr.repr(.array(allowed)))")
    case .properties(let properties):
      guard case .object(let pairs) = value else { return nil }
      for (name, schema) in properties {
        guard let child = pairs.last(where: { $0.0 == name })?.1 else { continue }
        if let failure = schema.firstFailure(child, path: path + [.key(name)]) { return failure }
      }
      return nil
    case .required(let names):
      guard case .object(let pairs) = value else { return nil }
      for name in names where !pairs.contains(where: { $0.0 == name }) {
        return fail(path, value, "\(PythonRepr.string(name)) is a required property")
      }
      return nil
    case .additionalProperties(let allowed):
      guard !allowed, case .object(let pairs) = value else { return nil }
      let known = Set(
        keywords.flatMap { keyword -> [String] in
          if case .properties(let properties) = keyword { return properties.map(\.0) }
          return []
        })
      let extra = pairs.map(\.0).filter { !known.contains($0) }
      guard !extra.isEmpty else { return nil }
      let listed = extra.map(PythonRepr.string).joined(separator: ", ")
      return fail(
        path, value, "Additional properties are not allowed (\(listed) \(extra.count == 1 ? "was" : "were") unexpected)"
      )
    case .minLength(let minimum):
      guard case .string(let text) = value, text.count < minimum else { return nil }
      return fail(
        path, value,
        minimum == 1 ? "\(PythonRepr.repr(value)) should be non-empty" : "\(PythonRepr.repr(value)) is too short")
    case .maxLength(let maximum):
      guard case .string(let text) = value, text.count > maximum else { return nil }
      return fail(path, value, "\(PythonRepr.repr(value)) is too long")
    case .digitsPattern:
      guard case .string(let text) = value, !text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
        return nil
      }
      return fail(path, value, "\(PythonRepr.repr(value)) does not match '^[0-9]*$'")
    case .minimum(let minimum):
      guard let number = Self.number(value), number < Double(minimum) else { return nil }
      let shown: JSONValue =
        if case .bigInteger = value { value } else if number == number.rounded() && abs(number) < 1e15 {
          .int(Int(number))
        } else { .double(number) }
      return fail(path, shown, "\(PythonRepr.repr(shown)) is less than the minimum of \(minimum)")
    case .format(let format):
      guard case .string(let text) = value else { return nil }
      switch format {
      case .name:
        guard !NameFormat.isValid(text) else { return nil }
        var failure = fail(path, value, "")
        failure.invalidName = true
        return failure
      case .uuid:
        guard !UUIDShape.isUUIDLike(text) else { return nil }
        return fail(path, value, "\(PythonRepr.repr(value)) is not a 'uuid'")
      }
    case .prefixItems(let schemas):
      guard case .array(let items) = value else { return nil }
      for (index, (item, schema)) in zip(items, schemas).enumerated() {
        if let failure = schema.firstFailure(item, path: path + [.index(index)]) { return failure }
      }
      return nil
    case .items(let schema):
      guard case .array(let items) = value else { return nil }
      for (index, item) in items.enumerated() {
        if let failure = schema.firstFailure(item, path: path + [.index(index)]) { return failure }
      }
      return nil
    case .uniqueItems:
      guard case .array(let items) = value, Set(items).count != items.count else { return nil }
      return fail(path, value, "\(PythonRepr.repr(value)) has non-unique elements")
    case .minItems(let minimum):
      guard case .array(let items) = value, items.count < minimum else { return nil }
      return fail(
        path, value,
        minimum == 1 ? "\(PythonRepr.repr(value)) should be non-empty" : "\(PythonRepr.repr(value)) is too short")
    case .maxItems(let maximum):
      guard case .array(let items) = value, items.count > maximum else { return nil }
      return fail(path, value, "\(PythonRepr.repr(value)) is too long")
    case .oneOf(let schemas):
      let passing = schemas.filter { $0.firstFailure(value, path: path) == nil }.count
      guard passing != 1 else { return nil }
      return fail(
        path, value,
        passing == 0
          ? "\(PythonRepr.repr(value)) is not valid under any of the given schemas"
          : "\(PythonRepr.repr(value)) is valid under each of the given schemas")
    }
  }

  private static func matches(_ value: JSONValue, _ type: JSONType) -> Bool {
    switch (type, value) {
    case (.object, .object), (.array, .array), (.string, .string), (.boolean, .bool), (.null, .null): true
    case (.integer, .int), (.integer, .bigInteger), (.number, .bigInteger): true
    case (.integer, .double(let d)): d.isFinite && d == d.rounded()  // Python: `inf.is_integer()` is False
    case (.number, .int), (.number, .double): true
    default: false
    }
  }

  /// Nova's `_number_from_str`: numbers stay numbers, numeric strings become numbers, the rest is skipped.
  private static func number(_ value: JSONValue) -> Double? {
    switch value {
    case .int(let i): Double(i)
    case .double(let d): d
    case .bigInteger(let digits): Double(digits)
    case .string(let s): Int(s.trimmingWhitespace).map(Double.init) ?? Double(s.trimmingWhitespace)
    default: nil
    }
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}

/// Nova's `name` format: printable characters of the Basic Multilingual Plane, no leading or trailing whitespace.
package enum NameFormat {
  package static func isValid(_ text: String) -> Bool {
    var scalars = Array(text.unicodeScalars)
    // Python's `$` also matches before one final newline, so "name\n" passes in Nova.
    if scalars.last == "\n" { scalars.removeLast() }
    guard let first = scalars.first, let last = scalars.last else { return false }
    guard !isSpace(first), !isSpace(last) else { return false }
    return scalars.allSatisfy(isPrintable)
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .spaceSeparator || scalar.properties.isWhitespace
  }

  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value <= 0xFFFF else { return false }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark,
      .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation,
      .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
      .spaceSeparator:
      return true
    default:
      return false
    }
  }
}
