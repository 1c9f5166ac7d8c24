import AssayText
import Extraction

/// Digits that are not quantities: labels ("Resolution 2231", "iOS 17.2"), parts of codes
/// ("v1.2", "#4471", "No.5"), clock times ("10:30", "10 am"), phone numbers ("020 7946 0123",
/// "+44 20 7946 0958", "(555) 014-2233"), slashed dates and codes ("12/03/2004", "24/7",
/// "9/11"), street addresses ("10 Downing Street") and scores ("3–1", "a 1-3 defeat").
///
/// Each test looks at a few tokens around the number, in hash tables; none reads the number.
enum NonQuantities {
    /// The end of the tokens to pass over when the number at `index` (digits or a word) is not a
    /// quantity, or nil when it may be one. `isOpened`: a hedge or a range opener comes before it;
    /// `hasPrefix`: a sign or currency comes before it.
    static func end(_ sentence: SentenceView, at index: Int, isOpened: Bool, hasPrefix: Bool) -> Int? {
        let range = sentence.tokenRange
        let bytes = sentence.text.bytes
        if !isOpened, !hasPrefix, index > range.lowerBound, sentence[index - 1].kind == .word {
            let before = sentence[index - 1]
            // "Resolution 2231", "number three"; "no one", "any one".
            if NumericVocabulary.labels.contains(before, in: bytes) { return index + 1 }
            if NumberReader.isWord(sentence, index, "one"), NumericVocabulary.pronounOne.contains(before, in: bytes) {
                return index + 1
            }
        }
        guard sentence[index].kind == .number else { return nil }
        if isClock(sentence, index) { return run(sentence, from: index, joinedBy: ":") }
        if !hasPrefix, isInsideCode(sentence, index) { return codeEnd(sentence, from: index) }
        if let end = phoneNumberEnd(sentence, at: index, hasPrefix: hasPrefix) { return end }
        if isSlashed(sentence, index), DigitReader.slashFraction(sentence, at: index, end: range.upperBound) == nil,
           DigitReader.slashedYears(sentence, at: index, end: range.upperBound) == nil {
            return run(sentence, from: index, joinedBy: "/")
        }
        if let end = clockWordsEnd(sentence, after: index) { return end }
        if let end = modelNameEnd(sentence, after: index) { return end }
        if let end = addressEnd(sentence, after: index) { return end }
        return scoreEnd(sentence, at: index)
    }

    // MARK: clocks and codes

    /// "10:30", or the "30" of it.
    private static func isClock(_ sentence: SentenceView, _ index: Int) -> Bool {
        let range = sentence.tokenRange
        return index + 1 < range.upperBound && sentence.isPunctuation(index + 1, UInt8(ascii: ":"))
            || index > range.lowerBound && sentence.isPunctuation(index - 1, UInt8(ascii: ":"))
    }

    /// A number touching a word, a number, or a code's punctuation before it: "v1.2", "#4471", "No.5",
/// "2+2". (A sign or currency before the number is its prefix, and this is not asked.)
    private static func isInsideCode(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard index > sentence.tokenRange.lowerBound, NumberReader.touch(sentence, index - 1, index) else { return false }
        let before = sentence[index - 1]
        guard before.kind == .punctuation else { return true }
        return [".", "/", "#", "_", "@", "\\", "^", "*", "&", "=", "+"].contains { sentence.is(index - 1, $0) }
    }

    /// Past the tokens of a code: every token that touches the one before it.
    private static func codeEnd(_ sentence: SentenceView, from index: Int) -> Int {
        var next = index + 1
        while next < sentence.tokenRange.upperBound, NumberReader.touch(sentence, next - 1, next),
              sentence[next].kind != .punctuation || next + 1 < sentence.tokenRange.upperBound
                && sentence[next + 1].kind != .punctuation && NumberReader.touch(sentence, next, next + 1) {
            next += 1
        }
        return next
    }

    /// Number tokens joined by a touching mark: "10:30:15", "12/03/2004".
    private static func run(_ sentence: SentenceView, from index: Int, joinedBy mark: Character) -> Int {
        guard let byte = mark.asciiValue else { return index + 1 }
        var next = index + 1
        while next + 1 < sentence.tokenRange.upperBound, sentence.isPunctuation(next, byte),
              sentence[next + 1].kind == .number, NumberReader.touch(sentence, next - 1, next) {
            next += 2
        }
        return next
    }

    private static func isSlashed(_ sentence: SentenceView, _ index: Int) -> Bool {
        index + 2 < sentence.tokenRange.upperBound && sentence.isPunctuation(index + 1, UInt8(ascii: "/"))
            && NumberReader.touch(sentence, index, index + 1) && sentence[index + 2].kind == .number
    }

    // MARK: phone numbers

    /// "020 7946 0123", "+44 20 7946 0958", "(555) 014-2233", "555 123 4567": a number with a
    /// leading zero, after a touching "+", in brackets before another number, or three or more
    /// numbers a space apart that are not thousands groups ("1 234 567").
    private static func phoneNumberEnd(_ sentence: SentenceView, at index: Int, hasPrefix: Bool) -> Int? {
        let range = sentence.tokenRange
        let spaced = spacedRun(sentence, from: index)
        if !hasPrefix, hasLeadingZero(sentence, index) { return spaced }
        if !hasPrefix, index > range.lowerBound, sentence.isPunctuation(index - 1, UInt8(ascii: "+")),
           NumberReader.touch(sentence, index - 1, index) { return spaced }
        if index > range.lowerBound, index + 2 < range.upperBound, sentence.isPunctuation(index - 1, UInt8(ascii: "(")),
           sentence.isPunctuation(index + 1, UInt8(ascii: ")")), sentence[index + 2].kind == .number {
            return spacedRun(sentence, from: index + 2)
        }
        guard spaced - index >= 3, !isThousandsGroups(sentence, index..<spaced) else { return nil }
        return spaced
    }

    /// "020", "0123", "014-2233"; not "0", "0.5".
    private static func hasLeadingZero(_ sentence: SentenceView, _ index: Int) -> Bool {
        let range = sentence[index].range
        let bytes = sentence.text.bytes
        return range.count > 1 && bytes[range.lowerBound] == UInt8(ascii: "0") && UTF8Bytes.isDigit(bytes[range.lowerBound + 1])
    }

    /// Past the number tokens from `index` that each follow the one before after one space.
    private static func spacedRun(_ sentence: SentenceView, from index: Int) -> Int {
        var next = index + 1
        while next < sentence.tokenRange.upperBound, sentence[next].kind == .number,
              sentence[next].range.lowerBound == sentence[next - 1].range.upperBound + 1 {
            next += 1
        }
        return next
    }

    /// "1 234 567": one to three digits, then groups of exactly three (the last may have decimals).
    private static func isThousandsGroups(_ sentence: SentenceView, _ tokens: Range<Int>) -> Bool {
        let bytes = sentence.text.bytes
        return tokens.allSatisfy { index in
            let range = sentence[index].range
            let whole = range.prefix { UTF8Bytes.isDigit(bytes[$0]) }
            let isFirst = index == tokens.lowerBound
            guard isFirst ? (1...3).contains(whole.count) : whole.count == 3 else { return false }
            return whole.upperBound == range.upperBound || index == tokens.upperBound - 1
        }
    }

    // MARK: times, addresses, scores

    static func isClockWord(_ sentence: SentenceView, at index: Int) -> Bool {
        index < sentence.tokenRange.upperBound && sentence[index].kind == .word
            && NumericVocabulary.clockWords.contains(sentence[index], in: sentence.text.bytes)
    }

    /// "10 am", "9 GMT", "10 a.m.": past the clock words.
    private static func clockWordsEnd(_ sentence: SentenceView, after index: Int) -> Int? {
        let next = index + 1
        let end = sentence.tokenRange.upperBound
        guard next < end, sentence[next].kind == .word else { return nil }
        if NumericVocabulary.clockWords.contains(sentence[next], in: sentence.text.bytes) { return next + 1 }
        guard next + 2 < end, NumberReader.isWord(sentence, next, "a") || NumberReader.isWord(sentence, next, "p"),
              sentence.isPunctuation(next + 1, UInt8(ascii: ".")), NumberReader.isWord(sentence, next + 2, "m") else { return nil }
        return next + 3
    }

    /// "an Athlon 3500+ processor": a "+" touching the number, then a word that is no plural
    /// (unlike "10+ years").
    private static func modelNameEnd(_ sentence: SentenceView, after index: Int) -> Int? {
        let plus = index + 1
        guard plus + 1 < sentence.tokenRange.upperBound, sentence.isPunctuation(plus, UInt8(ascii: "+")),
              NumberReader.touch(sentence, index, plus), sentence[plus + 1].kind == .word,
              !ReferentReader.isPlural(sentence, sentence[plus + 1].range) else { return nil }
        return plus + 1
    }

    /// "10 Downing Street", "1600 Pennsylvania Avenue": capitalised names, then a street word.
    private static func addressEnd(_ sentence: SentenceView, after index: Int) -> Int? {
        var next = index + 1
        let end = min(sentence.tokenRange.upperBound, index + 5)
        while next < end, sentence[next].kind == .word, sentence.isCapitalized(next) {
            if next > index + 1, NumericVocabulary.streetWords.contains(sentence[next], in: sentence.text.bytes) {
                return next + 1
            }
            next += 1
        }
        return nil
    }

    /// "Chelsea won 3–1", "a 1-3 defeat", "lost 1 - 2": two small whole numbers joined by a dash,
    /// the second no larger than the first or a word of winning and losing beside them.
    private static func scoreEnd(_ sentence: SentenceView, at index: Int) -> Int? {
        let bytes = sentence.text.bytes
        let end = sentence.tokenRange.upperBound
        let range = sentence[index].range
        var last = index
        var isDescending = false
        if let hyphen = bytes[range].firstIndex(of: UInt8(ascii: "-")) {
            guard isSmallWhole(bytes, range.lowerBound..<hyphen), isSmallWhole(bytes, (hyphen + 1)..<range.upperBound) else { return nil }
        } else {
            guard isSmallWhole(bytes, range), index + 2 < end, isDash(sentence, index + 1), sentence[index + 2].kind == .number,
                  isSmallWhole(bytes, sentence[index + 2].range),
                  let first = Double(String(decoding: bytes[range], as: UTF8.self)),
                  let second = Double(String(decoding: bytes[sentence[index + 2].range], as: UTF8.self)) else { return nil }
            last = index + 2
            isDescending = second <= first
        }
        let before = index - 1
        let after = last + 1
        let isNamedScore = before >= sentence.tokenRange.lowerBound && sentence[before].kind == .word
                && NumericVocabulary.scoreWords.contains(sentence[before], in: bytes)
            || after < end && sentence[after].kind == .word && NumericVocabulary.scoreWords.contains(sentence[after], in: bytes)
        return isDescending || isNamedScore ? last + 1 : nil
    }

    private static func isSmallWhole(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        (1...2).contains(range.count) && range.allSatisfy { UTF8Bytes.isDigit(bytes[$0]) }
    }

    /// A hyphen, en dash or em dash written as its own token ("20–30", "3 - 1").
    static func isDash(_ sentence: SentenceView, _ index: Int) -> Bool {
        sentence.isPunctuation(index, UInt8(ascii: "-")) || sentence.is(index, "\u{2013}") || sentence.is(index, "\u{2014}")
    }
}
