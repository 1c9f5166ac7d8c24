/// A model's weights by feature key, in an open-addressing table: a lookup per word of every
/// assertion is the scorer's main cost, so it is one multiply-free probe in the common case.
public struct WeightTable: Sendable {
    private var keys: [UInt64]
    private var weights: [Float]
    private let mask: Int

    /// `entries` must have distinct keys; 0 is reserved as the empty slot.
    public init(_ entries: [(key: UInt64, weight: Float)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        weights = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for entry in entries where entry.key != 0 {
            var slot = Int(truncatingIfNeeded: entry.key) & mask
            while keys[slot] != 0 && keys[slot] != entry.key { slot = (slot + 1) & mask }
            keys[slot] = entry.key
            weights[slot] = entry.weight
        }
    }

    /// The weight of `key`, or 0 for a feature the model does not know.
    @inline(__always)
    public func weight(_ key: UInt64) -> Float {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return weights[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
