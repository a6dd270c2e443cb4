/// Turns a `RegexNode` into Pike VM instructions; a counted repeat is written out (`a{2,4}` is `aa` then two
/// optional `a`s), so the program's length, capped at `limit`, bounds the work per character.
struct RegexCompiler {
  let limit: Int
  private var program: [RegexInstruction] = []

  init(limit: Int) { self.limit = limit }

  /// The program, or nil when it would be longer than `limit`.
  mutating func compile(_ node: RegexNode) -> [RegexInstruction]? {
    program = []
    guard emit(node), append(.match) else { return nil }
    return program
  }

  private mutating func append(_ instruction: RegexInstruction) -> Bool {
    guard program.count < limit else { return false }
    program.append(instruction)
    return true
  }

  private mutating func emit(_ node: RegexNode) -> Bool {
    switch node {
    case .empty: return true
    case .scalar(let scalar): return append(.scalar(scalar))
    case .any: return append(.any)
    case .set(let set): return append(.set(set))
    case .assert(let assertion): return append(.assert(assertion))
    case .concat(let items):
      for item in items where !emit(item) { return false }
      return true
    case .alternation(let branches):
      // split L1, next; L1: branch; jump end; next: split L2, … ; last branch.
      var jumps: [Int] = []
      for (position, branch) in branches.enumerated() {
        if position < branches.count - 1 {
          let split = program.count
          guard append(.split(split + 1, 0)), emit(branch) else { return false }
          jumps.append(program.count)
          guard append(.jump(0)) else { return false }
          program[split] = .split(split + 1, program.count)
        } else if !emit(branch) {
          return false
        }
      }
      for jump in jumps { program[jump] = .jump(program.count) }
      return true
    case .repeated(let body, let low, let high):
      for _ in 0..<low where !emit(body) { return false }
      guard let high else { return star(body) }
      // Each optional copy: split body, end-of-copies.
      var splits: [Int] = []
      for _ in low..<high {
        splits.append(program.count)
        guard append(.split(0, 0)), emit(body) else { return false }
      }
      for split in splits { program[split] = .split(split + 1, program.count) }
      return true
    }
  }

  /// `body*`: L: split body, end; body; jump L.
  private mutating func star(_ body: RegexNode) -> Bool {
    let split = program.count
    guard append(.split(0, 0)), emit(body), append(.jump(split)) else { return false }
    program[split] = .split(split + 1, program.count)
    return true
  }
}
