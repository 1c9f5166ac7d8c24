/// How words are compared throughout: ASCII upper case folds to lower case and `’` (E2 80 99)
/// to `'`. A word's folded form is built once (`fold`), while text is hashed and compared in
/// place on its bytes (`hash`, `equals`), with no allocation. Every word list — `WordTable`,
/// `PhraseTable`, the rules' lexicon trie — goes through these three functions.
public enum FoldedWord {
    /// The folded bytes of a word.
    public static func fold(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if isCurlyApostrophe(bytes, index, end: bytes.endIndex) {
                out.append(0x27)
                index += 3
            } else {
                out.append(UTF8Bytes.lowercased(bytes[index]))
                index += 1
            }
        }
        return out
    }

    /// FNV-1a's starting value; `combine` adds one folded byte.
    @inlinable public static var hashSeed: UInt64 { 0xcbf29ce484222325 }

    @inlinable @inline(__always)
    public static func combine(_ hash: UInt64, _ foldedByte: UInt8) -> UInt64 {
        (hash ^ UInt64(foldedByte)) &* 0x100000001b3
    }

    /// FNV-1a of the folded form of `bytes[range]`; equal for a word and its folded form.
    @inlinable
    public static func hash<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ range: Range<Int>) -> UInt64
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var hash = hashSeed
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            var byte = bytes[index]
            index += 1
            if byte < 0x80 {
                // ASCII upper case to lower case without a branch.
                byte |= (byte &- 0x41) < 26 ? 0x20 : 0
            } else if byte == 0xE2, index + 1 < end, bytes[index] == 0x80, bytes[index + 1] == 0x99 {
                byte = 0x27
                index += 2
            }
            hash = combine(hash, byte)
        }
        return hash
    }

    /// Whether `bytes[range]`, folded, is `folded` (already folded: lower-case ASCII, `'`).
    @inlinable
    public static func equals<Folded: Collection>(_ folded: Folded, _ bytes: [UInt8], _ range: Range<Int>) -> Bool
    where Folded.Element == UInt8 {
        var key = folded.startIndex
        var index = range.lowerBound
        while index < range.upperBound {
            guard key != folded.endIndex else { return false }
            if isCurlyApostrophe(bytes, index, end: range.upperBound) {
                guard folded[key] == 0x27 else { return false }
                index += 3
            } else {
                guard folded[key] == UTF8Bytes.lowercased(bytes[index]) else { return false }
                index += 1
            }
            key = folded.index(after: key)
        }
        return key == folded.endIndex
    }

    @inlinable
    static func isCurlyApostrophe<C: Collection>(_ bytes: C, _ index: Int, end: Int) -> Bool
    where C.Element == UInt8, C.Index == Int {
        index + 2 < end && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }
}
