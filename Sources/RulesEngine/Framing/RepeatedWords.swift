import AssayText

/// How often each word and each pair of consecutive words occurs in a document: repetition is
/// one of the techniques, and a word an advocate keeps repeating is rarely neutral. Counted in
/// one open-addressing table of hashes, sized to the document, with no allocation per word.
public struct RepeatedWords: Sendable {
    private var keys: [UInt64]
    private var counts: [UInt16]
    private let mask: Int

    public init(_ text: MatchText) {
        var capacity = 64
        while capacity < text.tokens.count * 4 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        var previous: UInt64?
        for token in text.tokens {
            guard token.kind == .word else {
                previous = nil
                continue
            }
            add(FramingFeature.key(.word, token.foldedHash))
            if let previous { add(FramingFeature.key(.pair, previous, token.foldedHash)) }
            previous = token.foldedHash
        }
    }

    func words(_ hash: UInt64) -> Int { count(FramingFeature.key(.word, hash)) }
    func pairs(_ first: UInt64, _ second: UInt64) -> Int { count(FramingFeature.key(.pair, first, second)) }

    private mutating func add(_ key: UInt64) {
        let key = key == 0 ? 1 : key
        var slot = Self.slot(key, mask)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        counts[slot] &+= 1
    }

    private func count(_ key: UInt64) -> Int {
        let key = key == 0 ? 1 : key
        var slot = Self.slot(key, mask)
        while keys[slot] != 0 {
            if keys[slot] == key { return Int(counts[slot]) }
            slot = (slot + 1) & mask
        }
        return 0
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }
}
