import Extraction

/// Which tokens a quantity can begin at, told with one hash lookup: a number, a currency sign
/// before one, or a word that opens one of the numeric readers (a hedge, a range opener, a
/// proportion, a vague quantity, a month, a spelled number, "a"/"an" before a magnitude).
///
/// Most tokens of a sentence are none of these; without this test the recognizer would try
/// every reader, each with its own lookups, at every token. It may say yes where no quantity
/// starts (the readers decide), never no where one does.
struct QuantityStarts: Sendable {
    private let words: WordTable<Void>

    init(_ configuration: NumericConfiguration) {
        // First words as `PhraseTable` keys them, so that every phrase the readers can match is here.
        func firstWords(_ phrases: some Sequence<String>) -> [String] {
            phrases.compactMap { $0.lowercased().split(separator: " ").first.map(String.init) }
        }
        let phraseStarts = firstWords(configuration.hedges.keys) + firstWords(configuration.vagueQuantities.keys)
            + firstWords(configuration.proportions.keys)
        let vocabulary = NumericVocabulary.rangeOpenerWords.map(\.0) + NumericVocabulary.monthNames.map(\.0)
            + NumericVocabulary.spelledNumberWords.map(\.0) + ["a", "an"]
        words = WordTable(words: phraseStarts + vocabulary)
    }

    func mayStart(_ sentence: SentenceView, at index: Int) -> Bool {
        let token = sentence[index]
        switch token.kind {
        case .number:
            return true
        case .punctuation:
            return index + 1 < sentence.tokenRange.upperBound && sentence[index + 1].kind == .number
        case .word:
            let bytes = sentence.text.bytes
            if words.contains(token, in: bytes) { return true }
            // "twenty-five": the spelled number is the part before the hyphen.
            guard let hyphen = bytes[token.range].firstIndex(of: UInt8(ascii: "-")) else { return false }
            return NumericVocabulary.spelledNumbers.contains(bytes, in: token.range.lowerBound..<hyphen)
        }
    }
}
