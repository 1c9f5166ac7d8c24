/// A word, number or punctuation mark of a sentence, as a byte range of the normalised text.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    public var range: Range<Int>
    public var kind: Kind
    /// `FoldedWord.hash` of the token's bytes, computed once when tokenising so that the many
    /// word-table lookups of a token do not each hash it again.
    public var foldedHash: UInt64

    init(range: Range<Int>, kind: Kind, foldedHash: UInt64) {
        self.range = range
        self.kind = kind
        self.foldedHash = foldedHash
    }
}
