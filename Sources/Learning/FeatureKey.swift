import AssayText

/// A feature's 64-bit key: what a model's weight is looked up by, computed from a token's folded
/// hash while scoring (no string is built) and from the feature's name when a model is loaded.
///
/// Names have three shapes: `word:W` (one folded word), `pair:W1 W2` (two consecutive words) and
/// any other `family:value` (a cue, a kind, a length band…), hashed whole.
public enum FeatureKey {
    private static let namedSeed: UInt64 = 0x1656_67B1_9E37_79F9

    /// A word's key from its `FoldedWord.hash` (the hash each `Token` carries): the hash itself,
    /// offset so that it differs from the same bits as a pair's or a name's key. The weight
    /// table spreads keys by multiplying (`WeightTable`), so no mixing is needed here: this runs
    /// for every word of every document.
    @inlinable @inline(__always)
    public static func word(_ foldedHash: UInt64) -> UInt64 {
        foldedHash ^ 0x9E37_79B9_7F4A_7C15
    }

    /// Two consecutive words' key from their folded hashes: one multiply, order-sensitive.
    @inlinable @inline(__always)
    public static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0xC2B2_AE3D_27D4_EB4F) ^ ((second << 31) | (second >> 33))
    }

    /// The key of any feature name, in the three shapes above; read from the name's bytes in
    /// place (a model's thousands of names are keyed at every start).
    public static func of(name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { bytes in
            if starts(bytes, with: "word:") {
                return word(FoldedWord.hash(bytes, 5..<bytes.count))
            }
            if starts(bytes, with: "pair:"), let space = bytes[5...].firstIndex(of: UInt8(ascii: " ")) {
                return pair(FoldedWord.hash(bytes, 5..<space), FoldedWord.hash(bytes, (space + 1)..<bytes.count))
            }
            // A name as a whole: `cue:figure`, `length:1-3`.
            return mix(FoldedWord.hash(bytes, 0..<bytes.count) ^ namedSeed)
        }
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        for index in 0..<count where bytes[index] != prefix.utf8Start[index] { return false }
        return true
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
