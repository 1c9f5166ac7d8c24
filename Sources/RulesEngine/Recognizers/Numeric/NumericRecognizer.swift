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
    private let trailingHedges: PhraseTable<NumericBound>
    private let vagueQuantities: PhraseTable<Double?>
    private let proportions: PhraseTable<NumericConfiguration.Proportion>
    private let referents: ReferentReader
    private let starts: QuantityStarts

    public init(_ configuration: NumericConfiguration) {
        hedges = PhraseTable(configuration.hedges.map { ($0.key, $0.value) })
        trailingHedges = PhraseTable(configuration.trailingHedges.map { ($0.key, $0.value) })
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
                if let fields = quantity.fields {
                    found.append(Recognition(byteRange: byteRange(sentence, quantity.tokens), fields: fields))
                }
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
        /// Nil for tokens passed over because they only look like a quantity ("iOS 17.2").
        var fields: [String: FieldValue]?
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
        if sentence[index].kind == .punctuation { return symbolHedge(sentence, at: index, end: end) }
        if let (length, bound) = hedges.match(bytes, sentence.text.tokens, at: index), index + length < end {
            return Opening(tokens: index..<(index + length), bound: bound)
        }
        if sentence[index].kind == .word,
           let joiner = NumericVocabulary.rangeOpeners.value(for: sentence[index], in: bytes) {
            return Opening(tokens: index..<(index + 1), rangeJoiner: joiner)
        }
        return nil
    }

    /// "> 10", ">= 10", "≥ 10", "< 5", "≤ 5", "~500", "≈ 40%".
    private func symbolHedge(_ sentence: SentenceView, at index: Int, end: Int) -> Opening? {
        let bound: NumericBound
        if sentence.isPunctuation(index, UInt8(ascii: ">")) || sentence.is(index, "\u{2265}") {
            bound = .lower
        } else if sentence.isPunctuation(index, UInt8(ascii: "<")) || sentence.is(index, "\u{2264}") {
            bound = .upper
        } else if sentence.isPunctuation(index, UInt8(ascii: "~")) || sentence.is(index, "\u{2248}") {
            bound = .approximate
        } else {
            return nil
        }
        var length = 1
        if bound != .approximate, index + 1 < end, sentence.isPunctuation(index + 1, UInt8(ascii: "=")),
           NumberReader.touch(sentence, index, index + 1) { length = 2 }
        guard index + length < end else { return nil }
        return Opening(tokens: index..<(index + length), bound: bound)
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
        var fields = baseFields(.proportion, bound: opening?.bound ?? proportion.bound, hedge: hedgeTokens(opening), referent, sentence)
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
        var fields = baseFields(.count, bound: .vague, hedge: nil, referent, sentence)
        if let magnitude { fields["magnitude"] = .number(magnitude) }
        return Quantity(tokens: index..<(referent?.upperBound ?? quantityEnd), fields: fields)
    }

    /// A number, with its sign, currency, hedge or range, percent sign, unit and referent — or the
    /// year it turns out to be, or tokens that only look like a number (`NonQuantities`).
    private func figure(_ sentence: SentenceView, at index: Int, opening: Opening?) -> Quantity? {
        let end = sentence.tokenRange.upperBound
        guard index < end else { return nil }
        let prefix = FigurePrefix.read(sentence, at: index, end: end)
        let numberIndex = index + prefix.length
        if sentence[numberIndex].kind != .punctuation,
           let skipped = NonQuantities.end(sentence, at: numberIndex, isOpened: opening != nil, hasPrefix: prefix.length > 0) {
            return Quantity(tokens: index..<skipped, fields: nil)
        }
        // Reading the number first: most tokens are none, and that is quicker to tell.
        guard var number = read(sentence, at: numberIndex, prefix: prefix) else { return nil }
        if number.isJoinedM, prefix.currency == nil, !isCountedNoun(sentence, number.end) {
            return Quantity(tokens: index..<number.end, fields: nil)  // "the 100m final": metres
        }
        let start = opening?.tokens.lowerBound ?? index
        var rangeHigh = number.high == nil && !number.isFraction ? rangeEnd(sentence, after: number, at: index, opening: opening) : nil
        // After a year, only another four-digit number makes a range of counts ("1000–5000");
        // "in 2004 to 136,000" is a year and a figure.
        if number.isYearLike, let high = rangeHigh, !high.isYearLike,
           high.magnitude > 1 || high.value >= 10_000 || high.value != high.value.rounded() {
            rangeHigh = nil
        }
        // "above 1000 and below 1500": two hedges make it a range of counts, never of years.
        if rangeHigh == nil, number.high == nil, let opening,
           let (low, high) = boundedRange(sentence, after: number, opening: opening) {
            number.value = low
            number.isYearLike = false
            rangeHigh = high
        }
        if prefix.length == 0, rangeHigh?.isYearLike ?? true,
           DateReader.isYear(number, sentence, at: numberIndex, end: rangeHigh?.end ?? number.end) {
            // A hedge or "between" before a year is left out: the year is reported on its own.
            guard opening == nil else { return nil }
            return year(sentence, number, at: numberIndex)
        }
        if number.needsShareContext, !isShare(sentence, number, at: numberIndex, opening: opening) {
            // "the past two quarters" counts two of them; "a third term" counts nothing.
            guard let numerator = number.numerator else { return nil }
            number = ReadNumber(value: numerator, end: number.end - 1)
        }
        if let high = rangeHigh {
            if number.magnitude == 1, high.magnitude > 1, number.value * high.magnitude <= high.value {
                number.value *= high.magnitude
            }
            number.high = high.value
            number.end = high.end
        }
        if opening?.rangeJoiner != nil, number.high == nil { return nil }
        if number.high != nil, NonQuantities.isClockWord(sentence, at: number.end) {
            return Quantity(tokens: index..<(number.end + 1), fields: nil)  // "between 2000 and 2100 GMT"
        }
        var last = number.end
        var type = NumericType.count
        var percent: String?
        if number.isFraction, let (length, unit) = percentLength(sentence, at: last) {
            type = .percentage  // "a quarter percentage point"
            percent = unit
            last += length
        } else if number.isFraction {
            type = .proportion
        } else if number.high == nil, let whole = ratioWhole(sentence, after: number) {
            type = .proportion
            number.value = NumberReader.share(number.value, of: whole.value)
            last = whole.end
        } else if let (length, unit) = percentLength(sentence, at: last) {
            type = .percentage
            percent = unit
            last += length
        }
        // A trailing hedge after a leading one ("some 10+ years") is part of the figure; the leading one sets the bound.
        var trailing: (tokens: Range<Int>, bound: NumericBound)?
        if number.high == nil, let found = trailingHedge(sentence, at: last) {
            trailing = found
            last = found.tokens.upperBound
        }
        var referent: Range<Int>?
        if type != .count || number.takesOf, last < end, NumberReader.isWord(sentence, last, "of") {
            referent = referents.read(sentence, from: last + 1, end: end, afterOf: true)
        } else {
            referent = referents.read(sentence, from: last, end: end, afterOf: false)
        }
        if number.takesOf, referent == nil { return nil }
        // After a trailing hedge a referent is a plural noun ("10 or more people"), not the
        // verb of "aged 12 and under travel free".
        if trailing != nil, let read = referent, !ReferentReader.isPlural(sentence, sentence[read.upperBound - 1].range) {
            referent = nil
        }
        if trailing == nil, opening?.bound == nil, number.high == nil, let referent,
           let found = trailingHedge(sentence, at: referent.upperBound) {
            trailing = found
        }
        if number.isLoneWord, referent == nil, opening == nil, trailing == nil, type == .count,
           !isLoneCount(sentence, number, at: numberIndex) { return nil }
        // "zero deaths" counts; "zero tolerance" is a figure of speech.
        if number.isLoneWord, number.value == 0, let referent, opening == nil,
           !ReferentReader.isPlural(sentence, sentence[referent.upperBound - 1].range) { return nil }
        let bound: NumericBound = number.high != nil ? .range : opening?.bound ?? trailing?.bound ?? .exact
        let hedge = hedgeTokens(opening) ?? trailing?.tokens
        var fields = baseFields(type, bound: bound, hedge: hedge, referent, sentence)
        let sign = prefix.isNegative ? -1.0 : 1.0
        if let high = number.high {
            fields["low"] = .number(sign * number.value)
            fields["high"] = .number(high)
        } else {
            fields["value"] = .number(sign * number.value)
        }
        if let unit = FigureUnit.unit(sentence, currency: prefix.currency, percent: percent,
                                      compoundWord: number.compoundWord, referent: referent) {
            fields["unit"] = .string(unit)
        }
        let quantityEnd = max(referent?.upperBound ?? last, trailing?.tokens.upperBound ?? last)
        return Quantity(tokens: start..<quantityEnd, fields: fields)
    }

    /// The number at `index` after its prefix: digits after a leading point (".08"), or any figure.
    private func read(_ sentence: SentenceView, at index: Int, prefix: FigurePrefix) -> ReadNumber? {
        let end = sentence.tokenRange.upperBound
        if prefix.hasLeadingPoint { return DigitReader.read(sentence, at: index, end: end, leadingPoint: true) }
        return NumberReader.read(sentence, at: index, end: end)
    }

    private func year(_ sentence: SentenceView, _ number: ReadNumber, at index: Int) -> Quantity {
        var date = DateReader.ReadDate(tokens: index..<number.end, year: number.value, isDecade: number.isDecade)
        if let high = number.high {
            date.endYear = high
        } else if let span = rangeEnd(sentence, after: number, at: index, opening: nil), span.isYearLike, span.value > number.value {
            date.endYear = span.value
            date.tokens = index..<span.end
        }
        return Quantity(tokens: date.tokens, fields: date.fields)
    }

    /// The upper end of "20–30", "20 to 30", "between 20 and 30" or "$5m to $10m" after the lower end.
    private func rangeEnd(_ sentence: SentenceView, after low: ReadNumber, at lowStart: Int, opening: Opening?) -> ReadNumber? {
        let end = sentence.tokenRange.upperBound
        // "2% to 3%": the lower end may carry its own percent sign, and then so must the upper.
        guard low.end + 1 < end else { return nil }
        let lowPercent = isRangeJoiner(sentence, low.end) ? nil : percentLength(sentence, at: low.end)
        let index = low.end + (lowPercent?.length ?? 0)
        guard index + 1 < end else { return nil }
        let isJoined: Bool
        if let joiner = opening?.rangeJoiner {
            isJoined = NumberReader.isWord(sentence, index, joiner)
        } else {
            isJoined = NumberReader.isWord(sentence, index, "to") && !followsChange(sentence, opening?.tokens.lowerBound ?? lowStart)
                || NonQuantities.isDash(sentence, index)
        }
        guard isJoined, let high = figureAfterJoiner(sentence, at: index + 1), high.high == nil,
              high.value > low.value || high.magnitude > low.magnitude,
              lowPercent.map({ $0.unit == percentLength(sentence, at: high.end)?.unit }) ?? true else { return nil }
        return high
    }

    /// A word or dash that may join a range's ends: "to", "and", a dash.
    private func isRangeJoiner(_ sentence: SentenceView, _ index: Int) -> Bool {
        NumberReader.isWord(sentence, index, "to") || NumberReader.isWord(sentence, index, "and") || NonQuantities.isDash(sentence, index)
    }

    /// "fell $2.80 to $51.15", "rose 3% to 10%": after a verb of change, "to" gives the new level,
    /// and the first figure is the change, not the low end of a range.
    private func followsChange(_ sentence: SentenceView, _ index: Int) -> Bool {
        var before = index - 1
        // "fell by 600,000 to 5.9 million"; but "increase the presence by 25 to 30 seats" is a range.
        if before > sentence.tokenRange.lowerBound, NumberReader.isWord(sentence, before, "by") { before -= 1 }
        return before >= sentence.tokenRange.lowerBound && sentence[before].kind == .word
            && NumericVocabulary.changeWords.contains(sentence[before], in: sentence.text.bytes)
    }

    /// "above 1000 and below 1500", "at least 20 but no more than 30": a hedge of the other bound
    /// after "and" or "but". The low value and the high end, whichever was written first.
    private func boundedRange(_ sentence: SentenceView, after first: ReadNumber, opening: Opening) -> (low: Double, high: ReadNumber)? {
        let end = sentence.tokenRange.upperBound
        let joiner = first.end
        guard let bound = opening.bound, bound != .approximate, joiner + 2 < end,
              NumberReader.isWord(sentence, joiner, "and") || NumberReader.isWord(sentence, joiner, "but"),
              let (length, other) = hedges.match(sentence.text.bytes, sentence.text.tokens, at: joiner + 1),
              other != bound, other != .approximate,
              var second = figureAfterJoiner(sentence, at: joiner + 1 + length), second.high == nil else { return nil }
        guard bound == .lower else {
            guard second.value < first.value else { return nil }
            let low = second.value
            second.value = first.value  // "below 1500 and above 1000"
            return (low, second)
        }
        guard second.value > first.value else { return nil }
        return (first.value, second)
    }

    /// A range's second figure, which may carry its own currency sign ("£5bn to £10bn").
    private func figureAfterJoiner(_ sentence: SentenceView, at index: Int) -> ReadNumber? {
        let end = sentence.tokenRange.upperBound
        guard index < end else { return nil }
        let prefix = FigurePrefix.read(sentence, at: index, end: end)
        guard !prefix.isNegative else { return nil }
        return read(sentence, at: index + prefix.length, prefix: prefix)
    }

    /// The "five" of "one in five" or the "four" of "three out of four": a whole larger than the part, not a year.
    private func ratioWhole(_ sentence: SentenceView, after part: ReadNumber) -> ReadNumber? {
        let end = sentence.tokenRange.upperBound
        var index = part.end
        if index + 2 < end, NumberReader.isWord(sentence, index, "out"), NumberReader.isWord(sentence, index + 1, "of") {
            index += 2
        } else if index + 1 < end, NumberReader.isWord(sentence, index, "in") {
            index += 1
        } else {
            return nil
        }
        guard let whole = NumberReader.read(sentence, at: index, end: end),
              whole.high == nil, !whole.isYearLike, !whole.isFraction, whole.value > part.value else { return nil }
        return whole
    }

    /// A fraction written with a space or a slash is a share only where an ordinal, a period, odds
    /// or days would not stand: before "of" or a determiner ("a third of the vote", "1/3 of the
    /// budget"), after a hedge or "by" ("fell by a quarter"), or at the end of a clause ("a
    /// third.") unless it is a half or quarter ("the past two quarters.") or slashed.
    private func isShare(_ sentence: SentenceView, _ number: ReadNumber, at index: Int, opening: Opening?) -> Bool {
        let range = sentence.tokenRange
        let next = number.end
        if opening != nil { return true }
        if index > range.lowerBound, NumberReader.isWord(sentence, index - 1, "by") { return true }
        guard next < range.upperBound else { return !isHalfOrQuarter(sentence, next - 1) }
        if NumberReader.isWord(sentence, next, "of")
            || NumericVocabulary.determiners.contains(sentence[next], in: sentence.text.bytes) { return true }
        // A slashed fraction at the end of a clause is as likely odds ("cut from 4/6 to 1/2,").
        let isSlashed = sentence[next - 1].kind == .number
        return !isSlashed && sentence[next].kind == .punctuation && !isHalfOrQuarter(sentence, next - 1)
    }

    private func isHalfOrQuarter(_ sentence: SentenceView, _ index: Int) -> Bool {
        NumericVocabulary.denominators.value(for: sentence[index], in: sentence.text.bytes).map { $0.value <= 4 && $0.value != 3 } ?? false
    }

    /// "only one", "just one", "zero.": a lone "one" or "zero" that is a count; not "just one of many".
    private func isLoneCount(_ sentence: SentenceView, _ number: ReadNumber, at index: Int) -> Bool {
        let range = sentence.tokenRange
        if number.end < range.upperBound, NumberReader.isWord(sentence, number.end, "of") { return false }
        let bytes = sentence.text.bytes
        if index > range.lowerBound, sentence[index - 1].kind == .word,
           NumericVocabulary.loneNumberContext.contains(sentence[index - 1], in: bytes) {
            // "the only one that stands" is a pronoun.
            return index - 1 == range.lowerBound || !NumberReader.isWord(sentence, index - 2, "the")
        }
        guard number.value == 0, index == range.lowerBound || !sentence.isCapitalized(index) else { return false }
        return number.end >= range.upperBound || sentence[number.end].kind == .punctuation
    }

    /// A plural noun after "3.2m" that makes it millions ("3.2m people"), and not an event run
    /// in metres ("the 60m hurdles").
    private func isCountedNoun(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard index < sentence.tokenRange.upperBound, sentence[index].kind == .word else { return false }
        let bytes = sentence.text.bytes
        if NumericVocabulary.currencyWords.contains(sentence[index], in: bytes) { return true }
        return ReferentReader.isPlural(sentence, sentence[index].range)
            && !NumericVocabulary.metreEvents.contains(sentence[index], in: bytes)
    }

    // MARK: small questions about tokens

    /// "%", "percent", "per cent", "percentage points": how many tokens, and the unit they give.
    private func percentLength(_ sentence: SentenceView, at index: Int) -> (length: Int, unit: String)? {
        guard index < sentence.tokenRange.upperBound else { return nil }
        if sentence.isPunctuation(index, UInt8(ascii: "%")) { return (1, "%") }
        guard let (length, unit) = NumericVocabulary.percentWords.match(sentence.text.bytes, sentence.text.tokens, at: index),
              index + length <= sentence.tokenRange.upperBound else { return nil }
        return (length, unit)
    }

    /// "or more", "and over", "or fewer" after a figure or its referent; or a "+" touching the
    /// figure ("10+ years").
    private func trailingHedge(_ sentence: SentenceView, at index: Int) -> (tokens: Range<Int>, bound: NumericBound)? {
        let end = sentence.tokenRange.upperBound
        guard index < end else { return nil }
        if sentence.isPunctuation(index, UInt8(ascii: "+")), index > sentence.tokenRange.lowerBound,
           NumberReader.touch(sentence, index - 1, index), sentence[index - 1].kind == .number,
           !isFigure(sentence, at: index + 1) {
            return (index..<(index + 1), .lower)
        }
        guard let (length, bound) = trailingHedges.match(sentence.text.bytes, sentence.text.tokens, at: index),
              index + length <= end, !isFigure(sentence, at: index + length) else { return nil }
        return (index..<(index + length), bound)
    }

    /// Whether a figure starts at `index`: "27,000 conversations and over 70 interviews" has a
    /// hedge of the next figure, not a trailing one.
    private func isFigure(_ sentence: SentenceView, at index: Int) -> Bool {
        let end = sentence.tokenRange.upperBound
        guard index < end else { return false }
        let prefix = FigurePrefix.read(sentence, at: index, end: end)
        return read(sentence, at: index + prefix.length, prefix: prefix) != nil
    }

    /// The hedge of an opening, if it is one ("between" sets no bound of its own).
    private func hedgeTokens(_ opening: Opening?) -> Range<Int>? {
        opening?.bound == nil ? nil : opening?.tokens
    }

    private func baseFields(_ type: NumericType, bound: NumericBound, hedge: Range<Int>?,
                            _ referent: Range<Int>?, _ sentence: SentenceView) -> [String: FieldValue] {
        // Room for the fields added later (value or low and high, unit, magnitude, attributed).
        var fields = [String: FieldValue](minimumCapacity: 10)
        fields["type"] = .string(type.rawValue)
        fields["bound"] = .string(bound.rawValue)
        fields["hedge"] = hedge.map { .string(text(sentence, $0)) } ?? .null
        fields["referent"] = referent.map { .string(text(sentence, $0)) } ?? .null
        return fields
    }

    private func text(_ sentence: SentenceView, _ tokens: Range<Int>) -> String {
        sentence.text.string(byteRange(sentence, tokens))
    }

    private func byteRange(_ sentence: SentenceView, _ tokens: Range<Int>) -> Range<Int> {
        sentence[tokens.lowerBound].range.lowerBound..<sentence[tokens.upperBound - 1].range.upperBound
    }
}
