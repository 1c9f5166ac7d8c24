/// A word, number or punctuation mark of a sentence, as a byte range of the normalised text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    var range: Range<Int>
    var kind: Kind
}
