/// A dictionary that remembers which keys were written since the changes were last taken, so a store can save
/// only the servers and groups a request touched (the cost of a save does not grow with the region).
///
/// Every write goes through the subscript (`table[id] = record`, `table[id]?.field = value`), so no mutation
/// can be missed. The remembered keys are not encoded: a copy of the state is a checkpoint, not a change.
struct TrackedTable<Key: Hashable & Sendable & Codable, Value: Sendable & Codable>: Sendable {
  private(set) var storage: [Key: Value]
  /// Keys written (set, changed or removed) since `takeChangedKeys()`.
  private(set) var changedKeys: Set<Key> = []

  init(_ storage: [Key: Value] = [:]) { self.storage = storage }

  subscript(key: Key) -> Value? {
    get { storage[key] }
    _modify {
      changedKeys.insert(key)
      yield &storage[key]
    }
  }

  var values: Dictionary<Key, Value>.Values { storage.values }
  var keys: Dictionary<Key, Value>.Keys { storage.keys }
  var count: Int { storage.count }

  /// The keys written since the last call, and forgets them.
  mutating func takeChangedKeys() -> Set<Key> {
    defer { changedKeys = [] }
    return changedKeys
  }
}

extension TrackedTable: Codable {
  init(from decoder: any Decoder) throws {
    storage = try decoder.singleValueContainer().decode([Key: Value].self)
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(storage)
  }
}

extension TrackedTable: ExpressibleByDictionaryLiteral {
  init(dictionaryLiteral elements: (Key, Value)...) {
    self.init(Dictionary(uniqueKeysWithValues: elements))
  }
}
