import AssayCore
import AssayText
import Extraction

/// The built-in numeric-estimate recognizer: every quantity of a sentence — counts, percentages,
/// proportions, ranges, vague quantities and dates — with its value, the bound its hedge sets,
/// and what it counts.
///
/// One left-to-right pass over the sentence's tokens; at each token that may start a quantity
/// (`QuantityStarts`) a bounded look-ahead in hash tables (hedge, proportion, vague phrase,
/// number, referent). A quantity's tokens are consumed, so the cost is linear in the
/// sentence's length.
public struct NumericRecognizer: Sendable {
    private let hedges: PhraseTable<NumericBound>
    private let vagueQuantities: PhraseTable<Double?>
    private let proportions: PhraseTable<NumericConfiguration.Proportion>
    private let referents: ReferentReader
    private let starts: QuantityStarts

    public init(_ configuration: NumericConfiguration) {
        hedges = PhraseTable(configuration.hedges.map { ($0.key, $0.value) })
        vagueQuantities = PhraseTable(configuration.vagueQuantities.map { ($0.key, $0.value) })
        proportions = PhraseTable(configuration.proportions.map { ($0.key, $0.value) })
        referents = ReferentReader(
            units: WordTable(words: Array(configuration.units)),
            maximumWords: configuration.maximumReferentWords ?? NumericConfiguration.defaultMaximumReferentWords
        )
        starts = QuantityStarts(configuration)
    }

    /// Every quantity in the sentence, in text order.
    public func recognize(_ sentence: SentenceView) -> [Recognition] {
        var found: [Recognition] = []
        var index = sentence.tokenRange.lowerBound
        while index < sentence.tokenRange.upperBound {
            let readers = starts.readers(sentence, at: index)
            if !readers.isEmpty, let quantity = quantity(sentence, at: index, readers: readers) {
                found.append(Recognition(byteRange: byteRange(sentence, quantity.tokens), fields: quantity.fields))
                index = max(quantity.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: one quantity

    private struct Quantity {
        var tokens: Range<Int>
        var fields: [String: FieldValue]
    }

    /// What opens a quantity before its figure: a hedge ("as many as") or a range opener ("between").
    private struct Opening {
        var tokens: Range<Int>
        var bound: NumericBound?
        /// The word that must join the two ends of a range opened by "between" or "from".
        var rangeJoiner: String?
    }

    /// The quantity starting at `index`, trying the `readers` that can begin there. After an
    /// opening, the proportion and figure readers look at the token that follows it.
    private func quantity(_ sentence: SentenceView, at index: Int, readers: QuantityStarts.Readers) -> Quantity? {
        let end = sentence.tokenRange.upperBound
        if readers.contains(.date), let date = DateReader.monthDate(sentence, at: index, end: end) {
            return Quantity(tokens: date.tokens, fields: date.fields)
        }
        let opening = readers.contains(.opening) ? self.opening(sentence, at: index, end: end) : nil
        let next = opening?.tokens.upperBound ?? index
        if opening != nil || readers.contains(.proportion),
           let proportion = proportion(sentence, at: next, opening: opening) { return proportion }
        if opening == nil, readers.contains(.vague), let vague = vague(sentence, at: index) { return vague }
        guard opening != nil || readers.contains(.figure) else { return nil }
        return figure(sentence, at: next, opening: opening)
    }

    private func opening(_ sentence: SentenceView, at index: Int, end: Int) -> Opening? {
        let bytes = sentence.text.bytes
        if let (length, bound) = hedges.match(bytes, sentence.text.tokens, at: index), index + length < end {
            return Opening(tokens: index..<(index + length), bound: bound)
        }
        if sentence[index].kind == .word,
           let joiner = NumericVocabulary.rangeOpeners.value(for: sentence[index], in: bytes) {
            return Opening(tokens: index..<(index + 1), rangeJoiner: joiner)
        }
        return nil
    }

    /// "well over half of Iran's gross domestic product", "two-thirds of the vote".
    private func proportion(_ sentence: SentenceView, at index: Int, opening: Opening?) -> Quantity? {
        let end = sentence.tokenRange.upperBound
        guard opening?.rangeJoiner == nil,
              let (length, proportion) = proportions.match(sentence.text.bytes, sentence.text.tokens, at: index),
              index + length <= end else { return nil }
        let after = index + length
        var referent: Range<Int>?
        if after < end, NumberReader.isWord(sentence, after, "of") {
            referent = referents.read(sentence, from: after + 1, end: end, afterOf: true)
        } else if after < end, NumericVocabulary.determiners.contains(sentence[after], in: sentence.text.bytes) {
            referent = referents.read(sentence, from: after, end: end, afterOf: true)
        }
        guard referent != nil || opening != nil else { return nil }
        let start = opening?.tokens.lowerBound ?? index
        var fields = baseFields(.proportion, bound: opening?.bound ?? proportion.bound, opening, referent, sentence)
        fields["value"] = .number(proportion.value)
        return Quantity(tokens: start..<(referent?.upperBound ?? after), fields: fields)
    }

    /// "Hundreds of high-profile political dignitaries", "tens of thousands of people", "countless lives".
    private func vague(_ sentence: SentenceView, at index: Int) -> Quantity? {
        let end = sentence.tokenRange.upperBound
        let bytes = sentence.text.bytes
        guard let (length, first) = vagueQuantities.match(bytes, sentence.text.tokens, at: index),
              index + length <= end else { return nil }
        var magnitude = first
        var after = index + length
        while after < end, let (length, more) = vagueQuantities.match(bytes, sentence.text.tokens, at: after),
              after + length <= end, let multiplier = more, let current = magnitude {
            magnitude = current * multiplier
            after += length
        }
        let endsWithOf = NumberReader.isWord(sentence, after - 1, "of")
        var referent: Range<Int>?
        if endsWithOf {
            referent = referents.read(sentence, from: after, end: end, afterOf: true)
        } else if after < end, NumberReader.isWord(sentence, after, "of") {
            referent = referents.read(sentence, from: after + 1, end: end, afterOf: true)
        } else {
            referent = referents.read(sentence, from: after, end: end, afterOf: false)
        }
        let quantityEnd = endsWithOf && referent == nil ? after - 1 : after
        guard quantityEnd > index else { return nil }
        var fields = baseFields(.count, bound: .vague, nil, referent, sentence)
        if let magnitude { fields["magnitude"] = .number(magnitude) }
        return Quantity(tokens: index..<(referent?.upperBound ?? quantityEnd), fields: fields)
    }

    /// A number, with its hedge or range, percent sign and referent — or the year it turns out to be.
    private func figure(_ sentence: SentenceView, at index: Int, opening: Opening?) -> Quantity? {
        let end = sentence.tokenRange.upperBound
        guard index < end else { return nil }
        let currency = Self.isCurrency(sentence, index) ? 1 : 0
        let numberIndex = index + currency
        // Reading the number first: most tokens are none, and that is quicker to tell.
        guard var number = NumberReader.read(sentence, at: numberIndex, end: end),
              !isLabelOrClock(sentence, numberIndex, opening: opening) else { return nil }
        let start = opening?.tokens.lowerBound ?? index
        if DateReader.isYear(number, sentence, at: numberIndex) {
            // A hedge or "between" before a year is left out: the year is reported on its own.
            guard opening == nil else { return nil }
            return year(sentence, number, at: numberIndex)
        }
        if number.high == nil, let high = rangeEnd(sentence, after: number, joiner: opening?.rangeJoiner) {
            if number.magnitude == 1, high.magnitude > 1, number.value * high.magnitude <= high.value {
                number.value *= high.magnitude
            }
            number.high = high.value
            number.end = high.end
        }
        if opening?.rangeJoiner != nil, number.high == nil { return nil }
        var last = number.end
        var type = NumericType.count
        if number.high == nil, let whole = ratioWhole(sentence, after: number) {
            type = .proportion
            number.value /= whole.value
            last = whole.end
        } else if let length = percentLength(sentence, at: last) {
            type = .percentage
            last += length
        }
        var referent: Range<Int>?
        if type != .count, last < end, NumberReader.isWord(sentence, last, "of") {
            referent = referents.read(sentence, from: last + 1, end: end, afterOf: true)
        } else {
            referent = referents.read(sentence, from: last, end: end, afterOf: false)
        }
        if number.isLoneOne, referent == nil, opening == nil, type == .count { return nil }
        let bound: NumericBound = number.high != nil ? .range : opening?.bound ?? .exact
        var fields = baseFields(type, bound: bound, opening, referent, sentence)
        if let high = number.high {
            fields["low"] = .number(number.value)
            fields["high"] = .number(high)
        } else {
            fields["value"] = .number(number.value)
        }
        if currency == 1 { fields["unit"] = .string(sentence.string(index)) }
        return Quantity(tokens: start..<(referent?.upperBound ?? last), fields: fields)
    }

    private func year(_ sentence: SentenceView, _ number: ReadNumber, at index: Int) -> Quantity {
        var date = DateReader.ReadDate(tokens: index..<number.end, year: number.value, isDecade: number.isDecade)
        if let high = number.high {
            date.endYear = high
        } else if let span = rangeEnd(sentence, after: number, joiner: nil), span.isYearLike, span.value > number.value {
            date.endYear = span.value
            date.tokens = index..<span.end
        }
        return Quantity(tokens: date.tokens, fields: date.fields)
    }

    /// The upper end of "20–30", "20 to 30", or "between 20 and 30" after the lower end.
    private func rangeEnd(_ sentence: SentenceView, after low: ReadNumber, joiner: String?) -> ReadNumber? {
        let end = sentence.tokenRange.upperBound
        let index = low.end
        guard index + 1 < end else { return nil }
        let isJoined: Bool
        if let joiner {
            isJoined = NumberReader.isWord(sentence, index, joiner)
        } else {
            isJoined = NumberReader.isWord(sentence, index, "to") || Self.isDash(sentence, index)
        }
        guard isJoined, let high = NumberReader.read(sentence, at: index + 1, end: end), high.high == nil,
              high.value > low.value || high.magnitude > low.magnitude else { return nil }
        return high
    }

    /// The "five" of "one in five": a whole larger than the part, not a year.
    private func ratioWhole(_ sentence: SentenceView, after part: ReadNumber) -> ReadNumber? {
        let end = sentence.tokenRange.upperBound
        guard part.end + 1 < end, NumberReader.isWord(sentence, part.end, "in"),
              let whole = NumberReader.read(sentence, at: part.end + 1, end: end),
              whole.high == nil, !whole.isYearLike, whole.value > part.value else { return nil }
        return whole
    }

    // MARK: small questions about tokens

    /// "%", "percent", "per cent", "percentage points": how many tokens, or nil.
    private func percentLength(_ sentence: SentenceView, at index: Int) -> Int? {
        guard index < sentence.tokenRange.upperBound else { return nil }
        if sentence.isPunctuation(index, UInt8(ascii: "%")) { return 1 }
        guard let (length, _) = NumericVocabulary.percentWords.match(sentence.text.bytes, sentence.text.tokens, at: index),
              index + length <= sentence.tokenRange.upperBound else { return nil }
        return length
    }

    /// "Resolution 2231", "Article 5", and clock times or scores ("10:30", "3:2") are not quantities.
    private func isLabelOrClock(_ sentence: SentenceView, _ index: Int, opening: Opening?) -> Bool {
        let range = sentence.tokenRange
        guard range.contains(index) else { return true }
        if index + 1 < range.upperBound, sentence.isPunctuation(index + 1, UInt8(ascii: ":")) { return true }
        guard index > range.lowerBound, opening == nil else { return false }
        if sentence.isPunctuation(index - 1, UInt8(ascii: ":")) { return true }
        return sentence[index - 1].kind == .word
            && NumericVocabulary.labels.contains(sentence[index - 1], in: sentence.text.bytes)
    }

    private static func isCurrency(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard sentence[index].kind == .punctuation, index + 1 < sentence.tokenRange.upperBound,
              sentence[index + 1].kind == .number else { return false }
        return ["$", "€", "£", "¥"].contains { sentence.is(index, $0) }
    }

    /// A hyphen or en dash written as its own token ("20–30", "20 - 30").
    private static func isDash(_ sentence: SentenceView, _ index: Int) -> Bool {
        sentence.isPunctuation(index, UInt8(ascii: "-")) || sentence.is(index, "\u{2013}")
    }

    private func baseFields(_ type: NumericType, bound: NumericBound, _ opening: Opening?,
                            _ referent: Range<Int>?, _ sentence: SentenceView) -> [String: FieldValue] {
        let hedge = opening.flatMap { $0.bound == nil ? nil : text(sentence, $0.tokens) }
        return [
            "type": .string(type.rawValue),
            "bound": .string(bound.rawValue),
            "hedge": hedge.map(FieldValue.string) ?? .null,
            "referent": referent.map { .string(text(sentence, $0)) } ?? .null,
        ]
    }

    private func text(_ sentence: SentenceView, _ tokens: Range<Int>) -> String {
        sentence.text.string(byteRange(sentence, tokens))
    }

    private func byteRange(_ sentence: SentenceView, _ tokens: Range<Int>) -> Range<Int> {
        sentence[tokens.lowerBound].range.lowerBound..<sentence[tokens.upperBound - 1].range.upperBound
    }
}
