/// Several weights per feature key, in an open-addressing table like `WeightTable`: one probe
/// gives a row of `columns` weights, so a scorer that needs a word's weights in several roles
/// (the word itself, the word before, the word after…) looks the word up once.
///
/// `slot(_:)` never fails: a key the model does not know gets the row of zeros kept past the
/// table's end, so scoring reads a row without a branch.
///
/// Each slot is its key and its row side by side, so a probe that finds its key has the row's
/// first weights in the same cache line: scoring is bound by those loads, not by arithmetic.
public struct WeightRows: Sendable {
    /// Per slot: the key's low and high halves, then `columns` weights as their bit patterns.
    @usableFromInline let slots: [UInt32]
    @usableFromInline let stride: Int
    @usableFromInline let mask: Int
    @usableFromInline let shift: UInt64
    public let columns: Int

    /// `entries` may name a key several times, each time for another column; 0 is reserved as
    /// the empty slot.
    public init(columns: Int, _ entries: [(key: UInt64, column: Int, weight: Float)]) {
        precondition(columns > 0)
        var distinct = Set<UInt64>()
        for entry in entries where entry.key != 0 { distinct.insert(entry.key) }
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < distinct.count * 2 {
            capacity *= 2
            bits += 1
        }
        let stride = 2 + columns
        var slots = [UInt32](repeating: 0, count: (capacity + 1) * stride)
        let mask = capacity - 1
        let shift = 64 - bits
        for entry in entries where entry.key != 0 {
            precondition((0..<columns).contains(entry.column))
            var slot = Self.slot(entry.key, shift)
            while true {
                let found = UInt64(slots[slot * stride]) | UInt64(slots[slot * stride + 1]) << 32
                if found == 0 || found == entry.key { break }
                slot = (slot + 1) & mask
            }
            slots[slot * stride] = UInt32(truncatingIfNeeded: entry.key)
            slots[slot * stride + 1] = UInt32(truncatingIfNeeded: entry.key >> 32)
            slots[slot * stride + 2 + entry.column] = entry.weight.bitPattern
        }
        self.slots = slots
        self.stride = stride
        self.mask = mask
        self.shift = shift
        self.columns = columns
    }

    /// The row of `key`: the zero row when the model does not know it.
    @inlinable @inline(__always)
    public func slot(_ key: UInt64) -> Int {
        var slot = Self.slot(key, shift)
        while true {
            let found = UInt64(slots[slot * stride]) | UInt64(slots[slot * stride + 1]) << 32
            if found == key { return slot }
            if found == 0 { return mask + 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The weight in `column` of the row at `slot`.
    @inlinable @inline(__always)
    public subscript(slot: Int, column: Int) -> Float {
        Float(bitPattern: slots[slot * stride + 2 + column])
    }

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
