/// A hash table from words to values, looked up directly on UTF-8 bytes without building a
/// `String`: keys are folded (`FoldedWord`) both when stored and when looked up.
///
/// Most lookups are of words the table does not hold, so two bit sets of the bytes keys begin
/// and end with answer "no" for most of them before any hashing; the rest cost one hash and a
/// probe of one flat table, the keys' bytes in one arena.
public struct WordTable<Value: Sendable>: Sendable {
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var hash: UInt64
        @usableFromInline var keyStart: Int
        @usableFromInline var keyEnd: Int
        @usableFromInline var value: Value

        @usableFromInline
        init(hash: UInt64, keyStart: Int, keyEnd: Int, value: Value) {
            self.hash = hash
            self.keyStart = keyStart
            self.keyEnd = keyEnd
            self.value = value
        }
    }

    @usableFromInline let entries: [Entry]
    /// Open addressing: an index into `entries`, or -1 for an empty slot.
    @usableFromInline let slots: [Int32]
    @usableFromInline let mask: Int
    @usableFromInline let arena: [UInt8]
    @usableFromInline let firstBytes: ByteSet
    @usableFromInline let lastBytes: ByteSet
    @usableFromInline let hasEmptyKey: Bool

    public init(_ pairs: [(String, Value)]) {
        var entries: [Entry] = []
        var arena: [UInt8] = []
        var firstBytes = ByteSet()
        var lastBytes = ByteSet()
        var indexOfKey: [[UInt8]: Int] = [:]
        for (word, value) in pairs {
            let key = FoldedWord.fold(Array(word.utf8)[...])
            if let existing = indexOfKey[key] {
                entries[existing].value = value
                continue
            }
            indexOfKey[key] = entries.count
            entries.append(Entry(hash: FoldedWord.hash(key, 0..<key.count), keyStart: arena.count,
                                 keyEnd: arena.count + key.count, value: value))
            arena += key
            if let first = key.first, let last = key.last {
                firstBytes.insertFolded(first, curlyApostropheByte: 0xE2)
                lastBytes.insertFolded(last, curlyApostropheByte: 0x99)
            }
        }
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.entries = entries
        self.slots = slots
        self.mask = size - 1
        self.arena = arena
        self.firstBytes = firstBytes
        self.lastBytes = lastBytes
        self.hasEmptyKey = indexOfKey[[]] != nil
    }

    @inlinable
    public func value(for bytes: [UInt8], in range: Range<Int>) -> Value? {
        guard mayHold(bytes, range) else { return nil }
        return value(for: bytes, in: range, hash: FoldedWord.hash(bytes, range))
    }

    /// The value of a token's word, with the hash the tokenizer already computed.
    @inlinable
    public func value(for token: Token, in bytes: [UInt8]) -> Value? {
        guard mayHold(bytes, token.range) else { return nil }
        return value(for: bytes, in: token.range, hash: token.foldedHash)
    }

    /// False when no key starts and ends with these bytes: most words a table does not hold.
    @inlinable @inline(__always)
    func mayHold(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        if range.isEmpty { return hasEmptyKey }
        return firstBytes.contains(bytes[range.lowerBound]) && lastBytes.contains(bytes[range.upperBound - 1])
    }

    @inlinable
    func value(for bytes: [UInt8], in range: Range<Int>, hash: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            guard index >= 0 else { return nil }
            let entry = entries[index]
            if entry.hash == hash, FoldedWord.equals(arena[entry.keyStart..<entry.keyEnd], bytes, range) {
                return entry.value
            }
            slot = (slot + 1) & mask
        }
    }

    @inlinable
    public func contains(_ bytes: [UInt8], in range: Range<Int>) -> Bool { value(for: bytes, in: range) != nil }

    @inlinable
    public func contains(_ token: Token, in bytes: [UInt8]) -> Bool { value(for: token, in: bytes) != nil }
}

extension WordTable where Value == Void {
    /// A set of words.
    public init(words: [String]) { self.init(words.map { ($0, ()) }) }
}

/// A set of byte values, as four 64-bit words.
@usableFromInline
struct ByteSet: Sendable {
    @usableFromInline var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    /// Adds a folded key byte, its upper-case form, and for `'` the byte a curly apostrophe
    /// (E2 80 99) shows at that end of a word.
    mutating func insertFolded(_ byte: UInt8, curlyApostropheByte: UInt8) {
        insert(byte)
        if UTF8Bytes.isASCIILower(byte) { insert(byte & ~0x20) }
        if byte == 0x27 { insert(curlyApostropheByte) }
    }

    private mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    @inlinable @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word = switch byte >> 6 {
        case 0: words.0
        case 1: words.1
        case 2: words.2
        default: words.3
        }
        return word & (UInt64(1) << UInt64(byte & 63)) != 0
    }
}
