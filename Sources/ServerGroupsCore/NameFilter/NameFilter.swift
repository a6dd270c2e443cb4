/// Nova's `name` filter on server lists: the value is a Python regular expression applied with `re.search`
/// (Nova's `_regex_instance_filter`; the sqlite back end calls `re.search`, MySQL's REGEXP also finds the
/// pattern anywhere in the name).
///
/// The pattern is compiled to a small program and run as a Pike VM (every thread advances in lock step over
/// the name), so the work is at most program size × name length: `^(a+)+b$` over thirty `a`s costs a few
/// thousand steps, not 2³⁰. The subset: literals, escapes, `.`, classes `[…]` and `[^…]` with ranges, `\d \w \s`
/// and their negations, anchors `^ $ \A \Z \b \B`, groups `(…)`, `(?:…)`, `(?P<name>…)`, alternation,
/// `* + ? {m} {m,} {,n} {m,n}` (lazy and possessive forms match the same names as greedy ones, and only
/// match or no match matters here).
///
/// A pattern outside the subset (a backreference, a lookaround, inline flags), one Python itself refuses
/// (`*a`, `[z-a]`, `(`), or one that would compile to more than `maxProgram` steps is matched as literal text
/// anywhere in the name, as sgtutor did before: a filter never fails and never runs long.
package struct NameFilter: Sendable {
  /// The largest compiled program; `a{1000}` fits, `(a{100}){100}` does not.
  package static let maxProgram = 4_000

  private let program: [RegexInstruction]?
  private let literal: String

  package init(_ pattern: String) {
    literal = pattern
    var parser = RegexParser(Array(pattern.unicodeScalars))
    if let tree = parser.parse() {
      var compiler = RegexCompiler(limit: Self.maxProgram)
      program = compiler.compile(tree)
    } else {
      program = nil
    }
  }

  /// Whether the pattern was understood as a regular expression (rather than taken as literal text).
  package var isRegularExpression: Bool { program != nil }

  /// `re.search(pattern, name) is not None`.
  package func matches(_ name: String) -> Bool {
    guard let program else { return name.contains(literal) }
    return PikeVM(program: program, text: Array(name.unicodeScalars)).search()
  }
}

/// One step of a compiled pattern.
enum RegexInstruction: Sendable {
  case scalar(Unicode.Scalar)
  case set(RegexSet)
  /// `.`: anything but a newline.
  case any
  case split(Int, Int)
  case jump(Int)
  case assert(RegexAssertion)
  case match
}

/// A zero-width test at a position.
enum RegexAssertion: Sendable {
  case start, end, textStart, textEnd, wordBoundary, notWordBoundary
}

/// A bracket class or a class escape.
struct RegexSet: Sendable {
  var ranges: [ClosedRange<UInt32>] = []
  var classes: [RegexClass] = []
  var negated = false

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let inside = ranges.contains { $0.contains(scalar.value) } || classes.contains { $0.contains(scalar) }
    return inside != negated
  }
}

/// `\d \D \w \W \s \S`, with Python 3's Unicode meanings for `str` patterns.
enum RegexClass: Sendable {
  case digit, notDigit, word, notWord, space, notSpace

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    switch self {
    case .digit: Self.isDigit(scalar)
    case .notDigit: !Self.isDigit(scalar)
    case .word: Self.isWord(scalar)
    case .notWord: !Self.isWord(scalar)
    case .space: Self.isSpace(scalar)
    case .notSpace: !Self.isSpace(scalar)
    }
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .decimalNumber }

  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
  }
}

/// Runs a program over a text, all threads in lock step; a thread is only a program counter, and each is
/// added at most once per position, so the run is linear in the text for a given program.
struct PikeVM {
  let program: [RegexInstruction]
  let text: [Unicode.Scalar]

  func search() -> Bool {
    var current: [Int] = []
    var next: [Int] = []
    var seen = [Int](repeating: -1, count: program.count)
    for position in 0...text.count {
      // `re.search`: a new attempt starts at every position.
      if add(0, at: position, to: &current, seen: &seen) { return true }
      guard position < text.count else { break }
      let scalar = text[position]
      next.removeAll(keepingCapacity: true)
      for pc in current where accepts(program[pc], scalar) {
        if add(pc + 1, at: position + 1, to: &next, seen: &seen) { return true }
      }
      swap(&current, &next)
    }
    return false
  }

  private func accepts(_ instruction: RegexInstruction, _ scalar: Unicode.Scalar) -> Bool {
    switch instruction {
    case .scalar(let wanted): scalar == wanted
    case .set(let set): set.contains(scalar)
    case .any: scalar != "\n"
    default: false
    }
  }

  /// Adds the thread at `start` and everything it reaches without consuming; true once `match` is reached.
  /// `seen` holds, per instruction, the position it was last added at (`position + 1` keeps the generations
  /// of two neighbouring positions apart).
  private func add(_ start: Int, at position: Int, to list: inout [Int], seen: inout [Int]) -> Bool {
    var stack = [start]
    while let pc = stack.popLast() {
      guard seen[pc] != position else { continue }
      seen[pc] = position
      switch program[pc] {
      case .match: return true
      case .jump(let target): stack.append(target)
      case .split(let first, let second):
        stack.append(second)
        stack.append(first)
      case .assert(let assertion):
        if holds(assertion, at: position) { stack.append(pc + 1) }
      case .scalar, .set, .any: list.append(pc)
      }
    }
    return false
  }

  private func holds(_ assertion: RegexAssertion, at position: Int) -> Bool {
    switch assertion {
    case .start, .textStart: return position == 0
    case .textEnd: return position == text.count
    case .end: return position == text.count || (position == text.count - 1 && text[position] == "\n")
    case .wordBoundary, .notWordBoundary:
      let before = position > 0 && RegexClass.isWord(text[position - 1])
      let after = position < text.count && RegexClass.isWord(text[position])
      return (before != after) == (assertion == .wordBoundary)
    }
  }
}
