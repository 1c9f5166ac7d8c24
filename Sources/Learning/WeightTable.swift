/// A model's weights by feature key, in an open-addressing table: a lookup per word of every
/// assertion is the scorer's main cost, so it is one multiply and one probe in the common case.
/// Slots come from the key's top bits after a multiply by 2⁶⁴/φ (Fibonacci hashing), which
/// spreads keys that differ only in a few bits.
public struct WeightTable: Sendable {
    private var keys: [UInt64]
    private var weights: [Float]
    private let mask: Int
    private let shift: UInt64

    /// `entries` must have distinct keys; 0 is reserved as the empty slot.
    public init(_ entries: [(key: UInt64, weight: Float)]) {
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < entries.count * 2 {
            capacity *= 2
            bits += 1
        }
        keys = Array(repeating: 0, count: capacity)
        weights = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        shift = 64 - bits
        for entry in entries where entry.key != 0 {
            var slot = Self.slot(entry.key, shift)
            while keys[slot] != 0 && keys[slot] != entry.key { slot = (slot + 1) & mask }
            keys[slot] = entry.key
            weights[slot] = entry.weight
        }
    }

    /// The weight of `key`, or 0 for a feature the model does not know.
    @inline(__always)
    public func weight(_ key: UInt64) -> Float {
        var slot = Self.slot(key, shift)
        while true {
            let found = keys[slot]
            if found == key { return weights[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
