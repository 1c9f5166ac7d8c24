import AssayCore
import AssayText
import Extraction

/// One sentence of a `MatchText`, as the built-in recognizers see it: its tokens, and small
/// questions about them answered on the bytes.
public struct SentenceView: Sendable {
    public let text: MatchText
    /// Indices into `text.tokens`.
    public let tokenRange: Range<Int>
    /// The sentence's bytes in `text.bytes`.
    public let byteRange: Range<Int>

    public init(text: MatchText, byteRange: Range<Int>) {
        self.text = text
        self.byteRange = byteRange
        self.tokenRange = text.tokenIndices(in: byteRange)
    }

    public subscript(index: Int) -> Token { text.tokens[index] }

    /// Whether the token is `word` (given in lower case), ignoring ASCII case; no allocation.
    public func `is`(_ index: Int, _ word: String) -> Bool {
        let range = text.tokens[index].range
        return word.utf8.withContiguousStorageIfAvailable { folded in
            // Only a curly apostrophe (three bytes for one) makes a token longer than its word.
            guard range.count == folded.count || range.count > folded.count && folded.contains(0x27) else { return false }
            return FoldedWord.equals(folded, text.bytes, range)
        } ?? FoldedWord.equals(word.utf8, text.bytes, range)
    }

    /// The token's text as written.
    public func string(_ index: Int) -> String { text.string(text.tokens[index].range) }

    /// Whether the token starts with an upper-case letter.
    public func isCapitalized(_ index: Int) -> Bool {
        UTF8Bytes.isUppercase(text.bytes, at: text.tokens[index].range.lowerBound)
    }

    /// Whether the token is the punctuation mark `character` (an ASCII byte, e.g. `,` or `"`).
    public func isPunctuation(_ index: Int, _ character: UInt8) -> Bool {
        let token = text.tokens[index]
        return token.kind == .punctuation && token.range.count == 1 && text.bytes[token.range.lowerBound] == character
    }
}

/// What a built-in recognizer found: a span of the normalised text and the fields it captured.
/// The engine turns it into a `Finding` for every rule of the recognizer's kind whose `when`
/// conditions the fields meet.
public struct Recognition: Sendable, Equatable {
    /// Bytes of `MatchText.bytes`.
    public var byteRange: Range<Int>
    public var fields: [String: FieldValue]

    public init(byteRange: Range<Int>, fields: [String: FieldValue]) {
        self.byteRange = byteRange
        self.fields = fields
    }
}
