/// Which tokens of a sentence stand inside quotation marks, and which inside a short quotation
/// of at most four tokens (a scare quote: the writer's distance from a word, not a speaker).
public struct QuotedTokens: Sendable {
    public struct Mark: Sendable {
        public var isInside = false
        public var isShort = false
    }

    private var marks: [Mark]
    private static let shortest = 4

    public init(_ features: FramingFeatures) {
        let text = features.text
        marks = Array(repeating: Mark(), count: features.tokens.count)
        var opened: Int?
        for index in features.tokens {
            let token = text.tokens[index]
            let isQuote = token.kind == .punctuation && text.bytes[token.range.lowerBound] == UInt8(ascii: "\"")
            guard isQuote else { continue }
            let offset = index - features.tokens.lowerBound
            if let start = opened {
                let isShort = offset - start - 1 <= Self.shortest
                for inside in (start + 1)..<offset { marks[inside] = Mark(isInside: true, isShort: isShort) }
                opened = nil
            } else {
                opened = offset
            }
        }
        // A quotation still open at the sentence's end runs to it (it continues in the next).
        if let start = opened {
            for inside in (start + 1)..<marks.count { marks[inside].isInside = true }
        }
    }

    public subscript(offset: Int) -> Mark { marks[offset] }
}
