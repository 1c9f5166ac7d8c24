/// Several weights per feature key, in an open-addressing table like `WeightTable`: one probe
/// gives a row of `columns` weights, so a scorer that needs a word's weights in several roles
/// (the word itself, the word before, the word after…) looks the word up once.
///
/// `slot(_:)` never fails: a key the model does not know gets the row of zeros kept past the
/// table's end, so scoring reads a row without a branch.
///
/// A slot holds the key, the row's first weight and where the rest of the row is, in 16 bytes:
/// a scorer that reads the first column of every word and the others only for a few sentences
/// (the framing tagger: its sentence model, then its span model where the first passes) touches
/// one cache line per lookup, in a table small enough to stay in the core's cache.
public struct WeightRows: Sendable {
    /// Per slot: the key's two halves, the first column's bit pattern, and the row's index into `rest`.
    @usableFromInline let slots: [UInt32]
    /// Columns after the first, `columns - 1` per row; row 0 is zeros, for absent keys.
    @usableFromInline let rest: [Float]
    @usableFromInline let mask: Int
    @usableFromInline let shift: UInt64
    /// One bit per key, set for every key of the table (about eight bits per key, small enough to
    /// stay in the core's first cache): most words and pairs of a text are not in the model, and
    /// a clear bit answers for them without touching the table.
    @usableFromInline let filter: [UInt64]
    @usableFromInline let filterMask: UInt64
    public let columns: Int

    /// `entries` may name a key several times, each time for another column; 0 is reserved as
    /// the empty slot.
    public init(columns: Int, _ entries: [(key: UInt64, column: Int, weight: Float)]) {
        precondition(columns > 0)
        var rows: [UInt64: Int] = [:]
        for entry in entries where entry.key != 0 && rows[entry.key] == nil { rows[entry.key] = rows.count + 1 }
        // Linear probing stays short up to about 70% full.
        var capacity = 16
        var bits: UInt64 = 4
        while capacity * 7 / 10 < rows.count {
            capacity *= 2
            bits += 1
        }
        var filterBits = 64
        while filterBits < rows.count * 8 { filterBits *= 2 }
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        let filterMask = UInt64(filterBits - 1)
        for key in rows.keys {
            let bit = Self.filterBit(key, filterMask)
            filter[Int(bit >> 6)] |= 1 << (bit & 63)
        }
        var slots = [UInt32](repeating: 0, count: (capacity + 1) * 4)
        var rest = [Float](repeating: 0, count: (rows.count + 1) * (columns - 1))
        let mask = capacity - 1
        let shift = 64 - bits
        for entry in entries where entry.key != 0 {
            precondition((0..<columns).contains(entry.column))
            var slot = Self.slot(entry.key, shift)
            while true {
                let found = UInt64(slots[slot * 4]) | UInt64(slots[slot * 4 + 1]) << 32
                if found == 0 || found == entry.key { break }
                slot = (slot + 1) & mask
            }
            let row = rows[entry.key]!
            slots[slot * 4] = UInt32(truncatingIfNeeded: entry.key)
            slots[slot * 4 + 1] = UInt32(truncatingIfNeeded: entry.key >> 32)
            slots[slot * 4 + 3] = UInt32(row)
            if entry.column == 0 {
                slots[slot * 4 + 2] = entry.weight.bitPattern
            } else {
                rest[row * (columns - 1) + entry.column - 1] = entry.weight
            }
        }
        self.slots = slots
        self.rest = rest
        self.filter = filter
        self.filterMask = filterMask
        self.mask = mask
        self.shift = shift
        self.columns = columns
    }

    /// The slot of `key`: the empty one past the table's end when the model does not know it.
    @inlinable @inline(__always)
    public func slot(_ key: UInt64) -> Int {
        let bit = Self.filterBit(key, filterMask)
        guard filter[Int(bit >> 6)] & (1 << (bit & 63)) != 0 else { return mask + 1 }
        var slot = Self.slot(key, shift)
        while true {
            let found = UInt64(slots[slot * 4]) | UInt64(slots[slot * 4 + 1]) << 32
            if found == key { return slot }
            if found == 0 { return mask + 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The weight in `column` of the row at `slot`.
    @inlinable @inline(__always)
    public subscript(slot: Int, column: Int) -> Float {
        if column == 0 { return Float(bitPattern: slots[slot * 4 + 2]) }
        return rest[Int(slots[slot * 4 + 3]) * (columns - 1) + column - 1]
    }

    /// The filter's bit for `key`, from other bits of it than the slot's (the low ones, mixed).
    @inlinable @inline(__always)
    static func filterBit(_ key: UInt64, _ mask: UInt64) -> UInt64 {
        (key &* 0xC2B2_AE3D_27D4_EB4F) >> 17 & mask
    }

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
