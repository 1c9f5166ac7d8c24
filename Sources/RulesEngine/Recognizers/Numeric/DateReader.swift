import AssayCore

/// Dates among the figures of a sentence: years ("in 1979", "the 2017 gathering"), decades
/// ("1980s"), year spans ("1979–1988") and month dates ("July 17", "17 July 2017", "May 2017").
/// A date is always reported with bound `exact` (or `range` for a span), never as an estimate.
enum DateReader {
    struct ReadDate {
        var tokens: Range<Int>
        var year: Double?
        var month: Double?
        var day: Double?
        /// The last year of a span.
        var endYear: Double?
        var isDecade = false

        var fields: [String: FieldValue] {
            var fields: [String: FieldValue] = [
                "type": .string(NumericType.date.rawValue), "hedge": .null, "referent": .null,
            ]
            if let year, let endYear {
                fields["bound"] = .string(NumericBound.range.rawValue)
                fields["low"] = .number(year)
                fields["high"] = .number(endYear)
            } else {
                fields["bound"] = .string(NumericBound.exact.rawValue)
                if let year { fields["value"] = .number(year) }
            }
            if let month { fields["month"] = .number(month) }
            if let day { fields["day"] = .number(day) }
            if isDecade { fields["decade"] = .bool(true) }
            return fields
        }
    }

    /// A date that opens with a capitalised month name, or with a day before one.
    static func monthDate(_ sentence: SentenceView, at index: Int, end: Int) -> ReadDate? {
        if let month = month(sentence, index, end) {
            if let day = day(sentence, index + 1, end) {
                var date = ReadDate(tokens: index..<(index + 2), month: month, day: day)
                if index + 3 < end, sentence.isPunctuation(index + 2, UInt8(ascii: ",")),
                   let year = year(sentence, index + 3, end) {
                    date.year = year
                    date.tokens = index..<(index + 4)
                }
                return date
            }
            guard let year = year(sentence, index + 1, end) else { return nil }
            return ReadDate(tokens: index..<(index + 2), year: year, month: month)
        }
        guard let day = day(sentence, index, end), let month = month(sentence, index + 1, end) else { return nil }
        var date = ReadDate(tokens: index..<(index + 2), month: month, day: day)
        if let year = year(sentence, index + 2, end) {
            date.year = year
            date.tokens = index..<(index + 3)
        }
        return date
    }

    /// Whether a year-like figure is a year here. It is a count when a plural noun follows it
    /// (or `end`, the end of a span it opens: "1500–2000 people"), unless a word such as "in" or
    /// "the" comes before ("the 2017 elections").
    static func isYear(_ number: ReadNumber, _ sentence: SentenceView, at index: Int, end next: Int) -> Bool {
        if number.isDecade { return true }
        guard number.isYearLike else { return false }
        guard next < sentence.tokenRange.upperBound, sentence[next].kind == .word,
              ReferentReader.isPlural(sentence, sentence[next].range) else { return true }
        let before = index - 1
        return before >= sentence.tokenRange.lowerBound && sentence[before].kind == .word
            && NumericVocabulary.yearContext.contains(sentence[before], in: sentence.text.bytes)
    }

    private static func month(_ sentence: SentenceView, _ index: Int, _ end: Int) -> Double? {
        guard index < end, sentence[index].kind == .word, sentence.isCapitalized(index) else { return nil }
        return NumericVocabulary.months.value(for: sentence[index], in: sentence.text.bytes)
    }

    private static func day(_ sentence: SentenceView, _ index: Int, _ end: Int) -> Double? {
        guard index < end, sentence[index].kind == .number, sentence[index].range.count <= 2,
              let number = NumberReader.read(sentence, at: index, end: index + 1),
              number.high == nil, (1...31).contains(number.value) else { return nil }
        return number.value
    }

    private static func year(_ sentence: SentenceView, _ index: Int, _ end: Int) -> Double? {
        guard index < end, let number = NumberReader.read(sentence, at: index, end: index + 1),
              number.isYearLike, number.high == nil else { return nil }
        return number.value
    }
}
