/// A parsed pattern (see `NameFilter` for the subset).
indirect enum RegexNode: Sendable {
  case empty
  case scalar(Unicode.Scalar)
  case any
  case set(RegexSet)
  case assert(RegexAssertion)
  case concat([RegexNode])
  case alternation([RegexNode])
  case repeated(RegexNode, min: Int, max: Int?)
}

/// Reads a Python `re` pattern into `RegexNode`s; `parse()` answers nil for a pattern Python refuses or one
/// outside the subset.
struct RegexParser {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var depth = 0

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  mutating func parse() -> RegexNode? {
    guard let node = alternation(), index == scalars.count else { return nil }
    return node
  }

  private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private mutating func alternation() -> RegexNode? {
    depth += 1
    defer { depth -= 1 }
    guard depth < 200 else { return nil }
    var branches: [RegexNode] = []
    while true {
      guard let branch = sequence() else { return nil }
      branches.append(branch)
      guard peek == "|" else { break }
      index += 1
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  private mutating func sequence() -> RegexNode? {
    var items: [RegexNode] = []
    while let next = peek, next != "|", next != ")" {
      guard var atom = atom() else { return nil }
      if let (low, high) = quantifier() {
        if case .assert = atom { return nil }  // Python: "nothing to repeat"
        if peek == "?" || peek == "+" { index += 1 }  // lazy or possessive: the same names match
        if let after = peek, after == "*" || after == "+" || after == "?" || isQuantifierBrace() {
          return nil  // Python: "multiple repeat"
        }
        atom = .repeated(atom, min: low, max: high)
      }
      items.append(atom)
    }
    return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .concat(items))
  }

  private mutating func atom() -> RegexNode? {
    guard let scalar = peek else { return nil }
    index += 1
    switch scalar {
    case "(":
      if peek == "?" {
        if scalars[index...].starts(with: ["?", ":"]) {
          index += 2
        } else if scalars[index...].starts(with: ["?", "P", "<"]) {
          guard let close = scalars[index...].firstIndex(of: ">") else { return nil }
          index = close + 1
        } else {
          return nil  // lookarounds, inline flags, comments, (?P=name): outside the subset
        }
      }
      guard let inner = alternation(), peek == ")" else { return nil }
      index += 1
      return inner
    case ")", "*", "+", "?": return nil
    case "{":
      index -= 1
      if isQuantifierBrace() { return nil }  // Python: "nothing to repeat"
      index += 1
      return .scalar("{")
    case "[": return bracket()
    case ".": return .any
    case "^": return .assert(.start)
    case "$": return .assert(.end)
    case "\\": return escape()
    default: return .scalar(scalar)
    }
  }

  /// `* + ? {m} {m,} {,n} {m,n}`, or nil (a `{` that is not a quantifier is a literal brace, as in Python).
  private mutating func quantifier() -> (Int, Int?)? {
    switch peek {
    case "*":
      index += 1
      return (0, nil)
    case "+":
      index += 1
      return (1, nil)
    case "?":
      index += 1
      return (0, 1)
    case "{":
      guard let (low, high, end) = braceQuantifier() else { return nil }
      index = end
      return (low, high)
    default: return nil
    }
  }

  private func isQuantifierBrace() -> Bool { peek == "{" && braceQuantifier() != nil }

  /// Reads `{m}`, `{m,}`, `{,n}` or `{m,n}` at the cursor without moving it; counts past 100,000 read as
  /// 100,001 (the compiled program is far too long then anyway).
  private func braceQuantifier() -> (Int, Int?, Int)? {
    var cursor = index + 1
    func number() -> Int? {
      var value: Int?
      while cursor < scalars.count, let digit = Int(String(scalars[cursor])), scalars[cursor].isASCII {
        value = Swift.min((value ?? 0) * 10 + digit, 100_001)
        cursor += 1
      }
      return value
    }
    let low = number()
    var high = low
    if cursor < scalars.count, scalars[cursor] == "," {
      cursor += 1
      high = number()
    } else if low == nil {
      return nil
    }
    guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
    if let high, high < (low ?? 0) { return nil }  // Python: "min repeat greater than max repeat"
    return (low ?? 0, high, cursor + 1)
  }

  private mutating func escape() -> RegexNode? {
    guard let scalar = peek else { return nil }
    index += 1
    switch scalar {
    case "d": return .set(RegexSet(classes: [.digit]))
    case "D": return .set(RegexSet(classes: [.notDigit]))
    case "w": return .set(RegexSet(classes: [.word]))
    case "W": return .set(RegexSet(classes: [.notWord]))
    case "s": return .set(RegexSet(classes: [.space]))
    case "S": return .set(RegexSet(classes: [.notSpace]))
    case "b": return .assert(.wordBoundary)
    case "B": return .assert(.notWordBoundary)
    case "A": return .assert(.textStart)
    case "Z": return .assert(.textEnd)
    default:
      index -= 1
      return escapedScalar(inClass: false).map(RegexNode.scalar)
    }
  }

  /// The scalar an escape stands for (`\n`, `\x41`, `\u00e9`, `\0`, `\.`); nil for a backreference or an
  /// unknown letter escape, which Python refuses or which lie outside the subset.
  private mutating func escapedScalar(inClass: Bool) -> Unicode.Scalar? {
    guard let scalar = peek else { return nil }
    index += 1
    let simple: [Unicode.Scalar: UInt32] = ["n": 10, "t": 9, "r": 13, "f": 12, "v": 11, "a": 7]
    if let value = simple[scalar] { return Unicode.Scalar(value) }
    if inClass, scalar == "b" { return Unicode.Scalar(8) }
    switch scalar {
    case "x": return hex(2)
    case "u": return hex(4)
    case "U": return hex(8)
    case "0":
      var value: UInt32 = 0
      for _ in 0..<2 {
        guard let next = peek, let digit = UInt32(String(next)), digit < 8 else { break }
        value = value * 8 + digit
        index += 1
      }
      return Unicode.Scalar(value)
    default:
      if scalar.isASCII, scalar.properties.isAlphabetic || ("1"..."9").contains(scalar) { return nil }
      return scalar
    }
  }

  private mutating func hex(_ count: Int) -> Unicode.Scalar? {
    guard index + count <= scalars.count else { return nil }
    let digits = String(String.UnicodeScalarView(scalars[index..<index + count]))
    guard let value = UInt32(digits, radix: 16), digits.allSatisfy(\.isHexDigit) else { return nil }
    index += count
    return Unicode.Scalar(value)
  }

  /// `[…]` after its `[`: an optional `^`, a leading `]` taken literally, ranges, class escapes.
  private mutating func bracket() -> RegexNode? {
    var set = RegexSet()
    if peek == "^" {
      set.negated = true
      index += 1
    }
    var first = true
    while true {
      guard let scalar = peek else { return nil }  // Python: "unterminated character set"
      if scalar == "]" && !first {
        index += 1
        return .set(set)
      }
      first = false
      guard let low = classMember(&set) else { return nil }
      guard let lowValue = low else { continue }
      if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
        index += 1
        guard let high = classMember(&set), let highValue = high, lowValue <= highValue else { return nil }
        set.ranges.append(lowValue...highValue)
      } else {
        set.ranges.append(lowValue...lowValue)
      }
    }
  }

  /// One member of a class: `.some(value)` for a single scalar, `.some(nil)` for a class escape (added to
  /// `set` directly), nil for an error.
  private mutating func classMember(_ set: inout RegexSet) -> UInt32?? {
    guard let scalar = peek else { return nil }
    index += 1
    guard scalar == "\\" else { return .some(scalar.value) }
    let classes: [Unicode.Scalar: RegexClass] = [
      "d": .digit, "D": .notDigit, "w": .word, "W": .notWord, "s": .space, "S": .notSpace,
    ]
    if let next = peek, let found = classes[next] {
      index += 1
      set.classes.append(found)
      return .some(nil)
    }
    return escapedScalar(inClass: true).map { .some($0.value) } ?? nil
  }
}
