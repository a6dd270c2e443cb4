/// SplitMix64: a small, fast generator whose sequence is fixed by its seed, so a seeded region hands out the
/// same IDs run after run and tests draw the same values every time. Its state is its whole save file.
package struct SeededGenerator: RandomNumberGenerator, Sendable, Codable {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  package init(from decoder: any Decoder) throws {
    state = try decoder.singleValueContainer().decode(UInt64.self)
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(state)
  }
}
