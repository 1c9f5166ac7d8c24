import AssayText

/// A feature's 64-bit key: what a model's weight is looked up by, computed from a token's folded
/// hash while scoring (no string is built) and from the feature's name when a model is loaded.
///
/// Names have three shapes: `word:W` (one folded word), `pair:W1 W2` (two consecutive words) and
/// any other `family:value` (a cue, a kind, a length band…), hashed whole.
public enum FeatureKey {
    private static let namedSeed: UInt64 = 0x1656_67B1_9E37_79F9

    /// A word's key from its `FoldedWord.hash` (the hash each `Token` carries).
    @inlinable @inline(__always)
    public static func word(_ foldedHash: UInt64) -> UInt64 {
        mix(foldedHash ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// Two consecutive words' key from their folded hashes.
    @inlinable @inline(__always)
    public static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(mix(first ^ 0xC2B2_AE3D_27D4_EB4F) &+ second)
    }

    /// The key of a feature named as a whole (`cue:figure`, `length:short`).
    public static func named(_ name: String) -> UInt64 {
        mix(FoldedWord.hash(Array(name.utf8), 0..<name.utf8.count) ^ namedSeed)
    }

    /// The key of any feature name, in the three shapes above.
    public static func of(name: String) -> UInt64 {
        if name.hasPrefix("word:") {
            return word(foldedHash(name.dropFirst(5)))
        }
        if name.hasPrefix("pair:"), let space = name.dropFirst(5).firstIndex(of: " ") {
            let words = name.dropFirst(5)
            return pair(foldedHash(words[..<space]), foldedHash(words[words.index(after: space)...]))
        }
        return named(name)
    }

    private static func foldedHash(_ word: Substring) -> UInt64 {
        let bytes = Array(word.utf8)
        return FoldedWord.hash(bytes, 0..<bytes.count)
    }

    /// SplitMix64's finaliser: spreads FNV's low-entropy bits over all 64.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
