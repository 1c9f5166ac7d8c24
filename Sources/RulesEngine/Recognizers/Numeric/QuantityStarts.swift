import AssayText
import Extraction

/// Which of the numeric readers can begin at a token, told with one hash lookup: a number (a
/// date's day or a figure), a currency sign before one, or a word that opens a reader — a
/// month, a hedge or range opener, a proportion, a vague quantity, a spelled number, "a"/"an"
/// before a magnitude or fraction, "minus", a currency code, or a sign, point or comparison
/// before a number.
///
/// Most tokens of a sentence open none; without this the recognizer would try every reader,
/// each with its own lookups, at every token. It may name a reader that then finds nothing,
/// never leave out one that would find something.
struct QuantityStarts: Sendable {
    struct Readers: OptionSet, Sendable {
        let rawValue: UInt8
        /// "July 17", "17 July 2017".
        static let date = Readers(rawValue: 1)
        /// A hedge ("as many as") or a range opener ("between").
        static let opening = Readers(rawValue: 2)
        static let proportion = Readers(rawValue: 4)
        static let vague = Readers(rawValue: 8)
        /// A number, a spelled number, or a currency sign before a number.
        static let figure = Readers(rawValue: 16)
    }

    private let words: WordTable<Readers>

    init(_ configuration: NumericConfiguration) {
        var readers: [String: Readers] = [:]
        // Each phrase's first word as its `PhraseTable` looks it up, so every phrase a reader can match is here.
        func add(_ phrases: some Sequence<String>, _ reader: Readers) {
            for first in phrases.compactMap(PhraseTable<Void>.firstWord) { readers[first, default: []].insert(reader) }
        }
        add(configuration.hedges.keys, .opening)
        add(NumericVocabulary.rangeOpenerWords.map(\.0), .opening)
        add(configuration.proportions.keys, .proportion)
        add(configuration.vagueQuantities.keys, .vague)
        add(NumericVocabulary.monthNames.map(\.0), .date)
        add(NumericVocabulary.spelledNumberWords.map(\.0) + ["a", "an", "minus"], .figure)
        add(NumericVocabulary.currencyCodeWords.map(\.0), .figure)
        words = WordTable(readers.map { ($0.key, $0.value) })
    }

    func readers(_ sentence: SentenceView, at index: Int) -> Readers {
        let token = sentence[index]
        switch token.kind {
        case .number:
            return [.date, .figure]
        case .punctuation:
            // A sign, currency, point or comparison before a number ("$5", ".08", "> 10"), or two
            // of them ("-$5", ">= 10").
            let end = sentence.tokenRange.upperBound
            guard index + 1 < end else { return [] }
            let isBeforeNumber = sentence[index + 1].kind == .number
                || sentence[index + 1].kind == .punctuation && index + 2 < end && sentence[index + 2].kind == .number
            return isBeforeNumber ? [.figure, .opening] : []
        case .word:
            let bytes = sentence.text.bytes
            if let readers = words.value(for: token, in: bytes) { return readers }
            // "twenty-five": the spelled number is the part before the hyphen.
            guard let hyphen = bytes[token.range].firstIndex(of: UInt8(ascii: "-")),
                  NumericVocabulary.spelledNumbers.contains(bytes, in: token.range.lowerBound..<hyphen) else { return [] }
            return .figure
        }
    }
}
