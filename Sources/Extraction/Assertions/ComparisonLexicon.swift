import AssayText

/// Words that make a claim measurable against something else — comparatives, superlatives,
/// bounds on a figure — and the first-person words of a personal account, read by the
/// check-worthiness features in the classifier's pass.
enum ComparisonLexicon {
    enum Signal: Sendable {
        case comparative
        case superlative
        case firstPerson
    }

    static let table = WordTable<Signal>(
        words(.comparative, [
            "than", "compared", "versus", "vs", "more", "less", "fewer", "higher", "lower", "bigger", "smaller",
            "larger", "greater", "worse", "better", "doubled", "tripled", "halved", "twice", "increase",
            "increased", "decrease", "decreased", "rose", "fell", "risen", "fallen", "grew", "dropped",
        ])
        + words(.superlative, [
            "most", "least", "fewest", "best", "worst", "largest", "biggest", "highest", "lowest", "greatest",
            "smallest", "fastest", "slowest", "richest", "poorest", "oldest", "youngest", "deadliest", "record",
        ])
        + words(.firstPerson, ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine"])
    )

    /// Words that bound a figure when they come just before it ("over 30,000", "at least 5").
    static let bounds = WordTable(words: [
        "over", "nearly", "almost", "about", "around", "approximately", "roughly", "under", "below", "above",
        "least", "most", "some", "estimated", "upwards", "exceeding", "exceeds", "than", "to", "beyond",
    ])

    /// Words after a figure that make it a percentage.
    static let percentWords = WordTable(words: ["percent", "per", "percentage", "%"])

    /// -est words of six letters or more that are not superlatives.
    static let notSuperlative = WordTable(words: [
        "interest", "honest", "protest", "forest", "request", "suggest", "modest", "earnest", "harvest",
        "arrest", "contest", "invest", "digest", "manifest", "conquest", "behest", "dishonest", "unrest", "pretest", "bequest", "attest", "detest", "molest", "inquest",
    ])

    private static func words(_ signal: Signal, _ list: [String]) -> [(String, Signal)] {
        list.map { ($0, signal) }
    }

    /// Whether a lower-case word ends in -est and is long enough to be a superlative.
    static func looksSuperlative(_ bytes: [UInt8], _ token: Token) -> Bool {
        let range = token.range
        guard range.count >= 6, token.kind == .word else { return false }
        let end = range.upperBound
        return bytes[end - 3] == UInt8(ascii: "e") && bytes[end - 2] == UInt8(ascii: "s") && bytes[end - 1] == UInt8(ascii: "t")
            && !notSuperlative.contains(token, in: bytes)
    }
}
