/// A hash table from words to values, looked up directly on UTF-8 bytes without building a
/// `String`: keys are folded (`FoldedWord`) both when stored and when looked up.
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
            let key = FoldedWord.fold(Array(word.utf8)[...])
            let bucket = Int(truncatingIfNeeded: FoldedWord.hash(key, 0..<key.count)) & mask
            if let existing = buckets[bucket].firstIndex(where: { $0.key == key }) {
                buckets[bucket][existing].value = value
            } else {
                buckets[bucket].append(Entry(key: key, value: value))
            }
        }
    }

    @inlinable
    public func value(for bytes: [UInt8], in range: Range<Int>) -> Value? {
        let hash = FoldedWord.hash(bytes, range)
        for entry in buckets[Int(truncatingIfNeeded: hash) & mask] where FoldedWord.equals(entry.key, bytes, range) {
            return entry.value
        }
        return nil
    }

    @inlinable
    public func contains(_ bytes: [UInt8], in range: Range<Int>) -> Bool { value(for: bytes, in: range) != nil }
}

extension WordTable where Value == Void {
    /// A set of words.
    public init(words: [String]) { self.init(words.map { ($0, ()) }) }
}
