import AssayText
import Extraction

/// A figure read at a token: digits ("100,000", "1.5 million", "20-30", "1980s") or spelled
/// words ("Five-hundred", "twenty-five", "a dozen").
struct ReadNumber {
    var value: Double
    /// The token index just past the figure.
    var end: Int
    /// The upper end when one token holds a range ("20-30").
    var high: Double?
    /// Four plain digits from 1000 to 2099, with no magnitude: maybe a year.
    var isYearLike = false
    /// "1980s".
    var isDecade = false
    /// The single word "one", which is more often a pronoun than a count ("one of them").
    var isLoneOne = false
    /// The largest magnitude word applied ("million" in "1.5 million"), 1 when none.
    var magnitude = 1.0
}

enum NumberReader {
    static func read(_ sentence: SentenceView, at index: Int, end: Int) -> ReadNumber? {
        guard index < end else { return nil }
        switch sentence[index].kind {
        case .number: return readDigits(sentence, at: index, end: end)
        case .word: return readSpelled(sentence, at: index, end: end)
        case .punctuation: return nil
        }
    }

    // MARK: digits

    private static func readDigits(_ sentence: SentenceView, at index: Int, end: Int) -> ReadNumber? {
        let bytes = sentence.text.bytes
        let range = sentence[index].range
        guard var number = digitToken(bytes, range) else { return nil }
        number.end = index + 1
        var multiplier = 1.0
        while number.end < end, sentence[number.end].kind == .word,
              let magnitude = NumericVocabulary.magnitudes.value(for: sentence[number.end], in: bytes) {
            multiplier *= magnitude
            number.end += 1
        }
        guard multiplier != 1 else { return number }
        number.magnitude = multiplier
        number.value *= multiplier
        number.high = number.high.map { $0 * multiplier }
        number.isYearLike = false
        number.isDecade = false
        return number.value.isFinite && (number.high?.isFinite ?? true) ? number : nil
    }

    /// One number token: plain, a range inside the token ("20-30", "2017-18"), a decade
    /// ("1980s"), or a compound modifier whose word part is ignored ("100,000-strong").
    private static func digitToken(_ bytes: [UInt8], _ range: Range<Int>) -> ReadNumber? {
        guard let hyphen = bytes[range].firstIndex(of: UInt8(ascii: "-")) else {
            if let decade = decade(bytes, range) { return ReadNumber(value: decade, end: 0, isDecade: true) }
            guard let (value, isPlain) = plainNumber(bytes, range) else { return nil }
            let isYearLike = isPlain && range.count == 4 && (1000...2099).contains(value)
            return ReadNumber(value: value, end: 0, isYearLike: isYearLike)
        }
        guard let (low, isPlain) = plainNumber(bytes, range.lowerBound..<hyphen) else { return nil }
        let rest = (hyphen + 1)..<range.upperBound
        guard let first = rest.first else { return nil }
        if UTF8Bytes.isDigit(bytes[first]) {
            guard var (high, _) = plainNumber(bytes, rest) else { return nil }
            let lowIsYear = isPlain && hyphen - range.lowerBound == 4 && (1000...2099).contains(low)
            if lowIsYear, rest.count == 2 { high += (low / 100).rounded(.down) * 100 }
            guard high > low else { return nil }  // a score or a vote ("52-48"), not a range
            return ReadNumber(value: low, end: 0, high: high, isYearLike: lowIsYear && high > low && high <= 2099)
        }
        return ReadNumber(value: low, end: 0)
    }

    /// "1980s" or "1980's".
    private static func decade(_ bytes: [UInt8], _ range: Range<Int>) -> Double? {
        let digits = range.prefix { UTF8Bytes.isDigit(bytes[$0]) }
        guard digits.count == 4 else { return nil }
        let suffix = String(decoding: bytes[digits.upperBound..<range.upperBound], as: UTF8.self)
        guard suffix == "s" || suffix == "'s", let (value, _) = plainNumber(bytes, digits),
              value.truncatingRemainder(dividingBy: 10) == 0 else { return nil }
        return value
    }

    /// Digits with thousands separators in groups of three and an optional decimal part;
    /// `isPlain` when there is neither. Nil for anything else ("1,2,3", "17th", "3.5.2").
    private static func plainNumber(_ bytes: [UInt8], _ range: Range<Int>) -> (value: Double, isPlain: Bool)? {
        var digits: [UInt8] = []
        digits.reserveCapacity(range.count)
        var groupLength = 0
        var sawComma = false
        var sawPoint = false
        for index in range {
            let byte = bytes[index]
            if UTF8Bytes.isDigit(byte) {
                digits.append(byte)
                groupLength += 1
                if sawComma, !sawPoint, groupLength > 3 { return nil }
            } else if byte == UInt8(ascii: ","), !sawPoint, groupLength > 0, sawComma ? groupLength == 3 : groupLength <= 3 {
                sawComma = true
                groupLength = 0
            } else if byte == UInt8(ascii: "."), !sawPoint, groupLength > 0, !sawComma || groupLength == 3 {
                sawPoint = true
                digits.append(byte)
                groupLength = 0
            } else {
                return nil
            }
        }
        guard groupLength > 0, !sawComma || sawPoint || groupLength == 3,
              let value = Double(String(decoding: digits, as: UTF8.self)), value.isFinite else { return nil }
        return (value, !sawComma && !sawPoint)
    }

    // MARK: spelled numbers

    /// "Five-hundred", "twenty-five", "one hundred and twenty", "a dozen", "two million".
    private static func readSpelled(_ sentence: SentenceView, at index: Int, end: Int) -> ReadNumber? {
        let bytes = sentence.text.bytes
        var total = 0.0
        var current = 0.0
        var next = index
        if isWord(sentence, index, "a") || isWord(sentence, index, "an") {
            guard index + 1 < end, startsWithMagnitude(sentence, index + 1) else { return nil }
            current = 1
            next += 1
        } else {
            guard let first = firstPart(sentence, index), NumericVocabulary.spelledNumbers.contains(bytes, in: first) else {
                return nil
            }
        }
        var endsWithMagnitude = false
        var largestMagnitude = 1.0
        while next < end, sentence[next].kind == .word, let parts = numberParts(sentence, next) {
            for part in parts {
                if let value = NumericVocabulary.spelledNumbers.value(for: bytes, in: part) {
                    current += value
                    endsWithMagnitude = false
                } else if let magnitude = NumericVocabulary.magnitudes.value(for: bytes, in: part) {
                    largestMagnitude = max(largestMagnitude, magnitude)
                    if magnitude >= 1_000 {
                        total += max(current, 1) * magnitude
                        current = 0
                    } else {
                        current = max(current, 1) * magnitude
                    }
                    endsWithMagnitude = true
                }
            }
            next += 1
            // "one hundred and twenty": "and" joins only after a magnitude, before a number word.
            if endsWithMagnitude, next + 1 < end, isWord(sentence, next, "and"),
               let following = firstPart(sentence, next + 1),
               NumericVocabulary.spelledNumbers.contains(bytes, in: following) {
                next += 1
            }
        }
        guard next > index else { return nil }
        let value = total + current
        guard value.isFinite else { return nil }
        return ReadNumber(value: value, end: next, isLoneOne: next == index + 1 && value == 1, magnitude: largestMagnitude)
    }

    /// The hyphen-separated parts of a word token, if every part is a number word.
    private static func numberParts(_ sentence: SentenceView, _ index: Int) -> [Range<Int>]? {
        let bytes = sentence.text.bytes
        var parts: [Range<Int>] = []
        var start = sentence[index].range.lowerBound
        let end = sentence[index].range.upperBound
        for position in start...end where position == end || bytes[position] == UInt8(ascii: "-") {
            let part = start..<position
            guard NumericVocabulary.spelledNumbers.contains(bytes, in: part)
                    || NumericVocabulary.magnitudes.contains(bytes, in: part) else { return nil }
            parts.append(part)
            start = position + 1
        }
        return parts
    }

    private static func firstPart(_ sentence: SentenceView, _ index: Int) -> Range<Int>? {
        let range = sentence[index].range
        let bytes = sentence.text.bytes
        let end = bytes[range].firstIndex(of: UInt8(ascii: "-")) ?? range.upperBound
        return range.lowerBound..<end
    }

    private static func startsWithMagnitude(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard sentence[index].kind == .word, let first = firstPart(sentence, index) else { return false }
        return NumericVocabulary.magnitudes.contains(sentence.text.bytes, in: first)
    }

    static func isWord(_ sentence: SentenceView, _ index: Int, _ word: String) -> Bool {
        sentence[index].kind == .word && sentence.is(index, word)
    }
}
