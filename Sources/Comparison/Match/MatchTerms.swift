import AssayCore

/// The terms match compares: a text's content words with plurals folded ("rallies" → "rally",
/// "expatriates" → "expatriate"), so the same word counts whether singular or plural.
enum MatchTerms {
    static func of(_ text: String) -> Set<String> {
        Set(ClaimWords(text).words.map(fold))
    }

    static func fold(_ word: String) -> String {
        if word.count > 4 && word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        let keeps = ["ss", "us", "is"]
        if word.count > 3 && word.hasSuffix("s") && !keeps.contains(where: word.hasSuffix) { return String(word.dropLast()) }
        return word
    }

    /// Dice's coefficient of two term sets; 0 when either is empty.
    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
