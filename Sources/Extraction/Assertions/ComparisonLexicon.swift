import AssayText

/// Words around a figure that bound it or make it a percentage, and the -est words that are not
/// superlatives, read by the check-worthiness features in the classifier's pass (comparatives,
/// superlatives and the first person are cues of `CueLexicon`).
enum ComparisonLexicon {
    /// Words that bound a figure when they come just before it ("over 30,000", "at least 5").
    static let bounds = WordTable(words: [
        "over", "nearly", "almost", "about", "around", "approximately", "roughly", "under", "below", "above",
        "least", "most", "some", "estimated", "upwards", "exceeding", "exceeds", "than", "to", "beyond",
    ])

    /// Words that make a figure large: after one ("12 million", "5 bn") or alone ("thousands").
    static let magnitudes = WordTable(words: [
        "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions", "bn", "m", "mn",
        "k", "tn",
    ])

    /// Words after a figure that make it a percentage.
    static let percentWords = WordTable(words: ["percent", "per", "percentage", "%"])

    /// -est words of six letters or more that are not superlatives.
    static let notSuperlative = WordTable(words: [
        "interest", "honest", "protest", "forest", "request", "suggest", "modest", "earnest", "harvest",
        "arrest", "contest", "invest", "digest", "manifest", "conquest", "behest", "dishonest", "unrest",
        "pretest", "bequest", "attest", "detest", "molest", "inquest",
    ])

    /// Whether a lower-case word ends in -est and is long enough to be a superlative.
    static func looksSuperlative(_ bytes: [UInt8], _ token: Token) -> Bool {
        let range = token.range
        guard range.count >= 6, token.kind == .word else { return false }
        let end = range.upperBound
        return bytes[end - 3] == UInt8(ascii: "e") && bytes[end - 2] == UInt8(ascii: "s") && bytes[end - 1] == UInt8(ascii: "t")
            && !notSuperlative.contains(token, in: bytes)
    }
}
