import AssayText
import Extraction

/// Figures written with digits: "100,000", "1,234,567.5", "1 234 567", ".08" (with
/// `leadingPoint`), "5bn", "10k", "2.33 k", "1.5 million", "20-30", "2017-18", "1980s", "1/3",
/// "2 and a half", "3 hundred and 21". Ordinals ("21st") and codes ("4x4") are not figures.
enum DigitReader {
    static func read(_ sentence: SentenceView, at index: Int, end: Int, leadingPoint: Bool = false) -> ReadNumber? {
        if !leadingPoint, let slashed = slashFraction(sentence, at: index, end: end) ?? slashedYears(sentence, at: index, end: end) {
            return slashed
        }
        let bytes = sentence.text.bytes
        guard var number = token(bytes, sentence[index].range, leadingPoint: leadingPoint) else { return nil }
        number.end = index + 1
        if !leadingPoint, number.high == nil, number.magnitude == 1, !number.isDecade {
            groupWithSpaces(sentence, &number, at: index, end: end)
        }
        NumberReader.addHalf(sentence, to: &number, end: end)
        NumberReader.applyMagnitudes(sentence, to: &number, end: end, abbreviations: number.magnitude == 1)
        addRemainder(sentence, to: &number, end: end)
        return number.value.isFinite && (number.high?.isFinite ?? true) ? number : nil
    }

    /// "1/3", "3/4": a numerator below a denominator of at most 10, written touching. Dates
    /// ("12/03/2004"), "24/7" and "9/11" are not fractions (see `NonQuantities`).
    static func slashFraction(_ sentence: SentenceView, at index: Int, end: Int) -> ReadNumber? {
        guard index + 2 < end, sentence.isPunctuation(index + 1, UInt8(ascii: "/")),
              sentence[index + 2].kind == .number,
              NumberReader.touch(sentence, index, index + 1), NumberReader.touch(sentence, index + 1, index + 2) else { return nil }
        let bytes = sentence.text.bytes
        let isFollowedBySlash = index + 3 < end && sentence.isPunctuation(index + 3, UInt8(ascii: "/"))
            && NumberReader.touch(sentence, index + 2, index + 3)
        guard !isFollowedBySlash,
              let (part, partIsPlain) = plainNumber(bytes, sentence[index].range),
              let (whole, wholeIsPlain) = plainNumber(bytes, sentence[index + 2].range),
              partIsPlain, wholeIsPlain, part > 0, part < whole, whole <= 10 else { return nil }
        return ReadNumber(value: NumberReader.share(part, of: whole), end: index + 3, isFraction: true, needsShareContext: true)
    }

    /// "2005/06", "2003/4", "2000/2001": a span of years, as "2005-06" is.
    static func slashedYears(_ sentence: SentenceView, at index: Int, end: Int) -> ReadNumber? {
        guard index + 2 < end, sentence.isPunctuation(index + 1, UInt8(ascii: "/")), sentence[index + 2].kind == .number,
              NumberReader.touch(sentence, index, index + 1), NumberReader.touch(sentence, index + 1, index + 2) else { return nil }
        let bytes = sentence.text.bytes
        let first = sentence[index].range
        let second = sentence[index + 2].range
        guard first.count == 4, second.count <= 2 || second.count == 4,
              let (low, lowIsPlain) = plainNumber(bytes, first), let (end, endIsPlain) = plainNumber(bytes, second),
              lowIsPlain, endIsPlain, (1000...2099).contains(low) else { return nil }
        let high = second.count == 4 ? end : second.count == 2 ? (low / 100).rounded(.down) * 100 + end
            : (low / 10).rounded(.down) * 10 + end
        guard high > low, high <= 2099 else { return nil }
        return ReadNumber(value: low, end: index + 3, high: high, isYearLike: true)
    }

    // MARK: one token

    /// One number token: plain, with a joined magnitude ("5bn"), a range inside the token
    /// ("20-30", "2017-18", "10-15bn"), a decade ("1980s"), or a compound modifier whose word part
    /// is kept aside ("100,000-strong", "10-year").
    private static func token(_ bytes: [UInt8], _ range: Range<Int>, leadingPoint: Bool) -> ReadNumber? {
        if leadingPoint {
            guard range.allSatisfy({ UTF8Bytes.isDigit(bytes[$0]) }),
                  let value = Double("0." + String(decoding: bytes[range], as: UTF8.self)) else { return nil }
            return ReadNumber(value: value, end: 0)
        }
        guard let hyphen = bytes[range].firstIndex(of: UInt8(ascii: "-")) else {
            if let decade = decade(bytes, range) { return ReadNumber(value: decade, end: 0, isDecade: true) }
            return withMagnitude(bytes, range)
        }
        guard var number = withMagnitude(bytes, range.lowerBound..<hyphen) else { return nil }
        let rest = (hyphen + 1)..<range.upperBound
        guard let first = rest.first else { return nil }
        guard UTF8Bytes.isDigit(bytes[first]) else {
            let wordEnd = bytes[rest].firstIndex(of: UInt8(ascii: "-")) ?? rest.upperBound
            number.compoundWord = rest.lowerBound..<wordEnd
            number.isYearLike = false
            return number
        }
        guard number.magnitude == 1, var high = withMagnitude(bytes, rest), high.high == nil else { return nil }
        let low = number.value
        let lowIsYear = number.isYearLike
        if lowIsYear, rest.count == 2 { high.value += (low / 100).rounded(.down) * 100 }
        if high.magnitude > 1, low * high.magnitude <= high.value { number.value *= high.magnitude }
        guard high.value > number.value else { return nil }  // a score or a vote ("52-48"), not a range
        number.high = high.value
        number.magnitude = high.magnitude
        number.isYearLike = lowIsYear && high.isYearLike || lowIsYear && rest.count == 2 && high.value <= 2099
        return number
    }

    /// Digits with an optional joined magnitude: "5bn", "10k", "3.2m".
    private static func withMagnitude(_ bytes: [UInt8], _ range: Range<Int>) -> ReadNumber? {
        let letters = range.firstIndex { UTF8Bytes.isASCIILetter(bytes[$0]) } ?? range.upperBound
        guard let (value, isPlain) = plainNumber(bytes, range.lowerBound..<letters) else { return nil }
        guard letters < range.upperBound else {
            let isYearLike = isPlain && range.count == 4 && (1000...2099).contains(value)
            return ReadNumber(value: value, end: 0, isYearLike: isYearLike)
        }
        let suffix = letters..<range.upperBound
        if suffix.count == 1, bytes[letters] == UInt8(ascii: "m") {
            return ReadNumber(value: value * 1_000_000, end: 0, magnitude: 1_000_000, isJoinedM: true)
        }
        guard let magnitude = NumericVocabulary.magnitudeAbbreviations.value(for: bytes, in: suffix) else { return nil }
        return ReadNumber(value: value * magnitude, end: 0, magnitude: magnitude)
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
    static func plainNumber(_ bytes: [UInt8], _ range: Range<Int>) -> (value: Double, isPlain: Bool)? {
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

    // MARK: around the token

    /// "1 234 567", "10 000": groups of three digits after one to three, each after a single space.
    private static func groupWithSpaces(_ sentence: SentenceView, _ number: inout ReadNumber, at index: Int, end: Int) {
        let bytes = sentence.text.bytes
        let first = sentence[index].range
        guard first.count <= 3, bytes[first.lowerBound] != UInt8(ascii: "0"),
              first.allSatisfy({ UTF8Bytes.isDigit(bytes[$0]) }) else { return }
        var digits = Array(bytes[first])
        var next = index + 1
        while next < end, sentence[next].kind == .number,
              sentence[next].range.lowerBound == sentence[next - 1].range.upperBound + 1,
              bytes[sentence[next - 1].range.upperBound] == UTF8Bytes.space {
            let group = sentence[next].range
            let whole = group.prefix { UTF8Bytes.isDigit(bytes[$0]) }
            guard whole.count == 3 else { break }
            let decimals = whole.upperBound..<group.upperBound
            let isDecimal = decimals.count >= 2 && bytes[decimals.lowerBound] == UInt8(ascii: ".")
                && decimals.dropFirst().allSatisfy { UTF8Bytes.isDigit(bytes[$0]) }
            guard decimals.isEmpty || isDecimal else { break }
            digits += bytes[group]
            next += 1
            if isDecimal { break }
        }
        guard next > index + 1, let value = Double(String(decoding: digits, as: UTF8.self)) else { return }
        number.value = value
        number.end = next
        number.isYearLike = false
    }

    /// "3 hundred and 21", "2 thousand and 5": the smaller number joined by "and" after a hundred
    /// or a thousand — unless a magnitude follows it, as in "between 2 hundred and 3 hundred".
    private static func addRemainder(_ sentence: SentenceView, to number: inout ReadNumber, end: Int) {
        let next = number.end
        guard number.high == nil, number.magnitude == 100 || number.magnitude == 1_000, next + 1 < end,
              NumberReader.isWord(sentence, next, "and"),
              let remainder = NumberReader.read(sentence, at: next + 1, end: end),
              remainder.magnitude == 1, remainder.high == nil, !remainder.isFraction,
              remainder.value < number.magnitude, remainder.value.rounded() == remainder.value else { return }
        number.value += remainder.value
        number.end = remainder.end
    }
}
