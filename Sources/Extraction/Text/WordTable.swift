/// A hash table from words to values, looked up directly on UTF-8 bytes without building a
/// `String`: keys are folded (ASCII case, `’` → `'`) both when stored and when looked up.
public struct WordTable<Value: Sendable>: Sendable {
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var key: [UInt8]
        @usableFromInline var value: Value

        @usableFromInline
        init(key: [UInt8], value: Value) {
            self.key = key
            self.value = value
        }
    }

    @usableFromInline var buckets: [[Entry]]
    @usableFromInline let mask: Int

    public init(_ pairs: [(String, Value)]) {
        var size = 16
        while size < pairs.count * 2 { size <<= 1 }
        mask = size - 1
        buckets = Array(repeating: [], count: size)
        for (word, value) in pairs {
            let key = WordTable.fold(Array(word.utf8)[...])
            let bucket = Int(truncatingIfNeeded: WordTable.hash(key[...])) & mask
            if let existing = buckets[bucket].firstIndex(where: { $0.key == key }) {
                buckets[bucket][existing].value = value
            } else {
                buckets[bucket].append(Entry(key: key, value: value))
            }
        }
    }

    @inlinable
    public func value(for bytes: [UInt8], in range: Range<Int>) -> Value? {
        let hash = WordTable.foldedHash(bytes, range)
        for entry in buckets[Int(truncatingIfNeeded: hash) & mask] where WordTable.equalsFolded(entry.key, bytes, range) {
            return entry.value
        }
        return nil
    }

    @inlinable
    public func contains(_ bytes: [UInt8], in range: Range<Int>) -> Bool { value(for: bytes, in: range) != nil }

    // MARK: folding

    /// Folds `’` (E2 80 99) to `'` and ASCII upper case to lower case.
    public static func fold(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if isCurlyApostrophe(bytes, index) {
                out.append(0x27)
                index += 3
            } else {
                out.append(UTF8Bytes.lowercased(bytes[index]))
                index += 1
            }
        }
        return out
    }

    @inlinable
    static func isCurlyApostrophe<C: Collection>(_ bytes: C, _ index: C.Index) -> Bool
    where C.Element == UInt8, C.Index == Int {
        bytes[index] == 0xE2 && index + 2 < bytes.endIndex && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }

    @usableFromInline
    static func hash(_ key: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }

    @inlinable
    static func foldedHash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        var index = range.lowerBound
        while index < range.upperBound {
            let byte: UInt8
            if index + 2 < range.upperBound, isCurlyApostrophe(bytes, index) {
                byte = 0x27
                index += 3
            } else {
                byte = UTF8Bytes.lowercased(bytes[index])
                index += 1
            }
            hash = (hash ^ UInt64(byte)) &* 0x100000001b3
        }
        return hash
    }

    @inlinable
    static func equalsFolded(_ key: [UInt8], _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var keyIndex = 0
        var index = range.lowerBound
        while index < range.upperBound {
            guard keyIndex < key.count else { return false }
            if index + 2 < range.upperBound, isCurlyApostrophe(bytes, index) {
                guard key[keyIndex] == 0x27 else { return false }
                index += 3
            } else {
                guard key[keyIndex] == UTF8Bytes.lowercased(bytes[index]) else { return false }
                index += 1
            }
            keyIndex += 1
        }
        return keyIndex == key.count
    }
}

extension WordTable where Value == Void {
    /// A set of words.
    public init(words: [String]) { self.init(words.map { ($0, ()) }) }
}
