import AssayText
import Extraction

/// Figures written as words: "Five-hundred", "twenty-five", "three hundred and twenty-one",
/// "a dozen", "a couple of", "zero", "two and a half", "two hundred point zero three", and
/// fractions ("a third", "two thirds", "three-quarters").
enum SpelledNumberReader {
    static func read(_ sentence: SentenceView, at index: Int, end: Int) -> ReadNumber? {
        if NumberReader.isWord(sentence, index, "a") || NumberReader.isWord(sentence, index, "an") {
            return afterArticle(sentence, at: index, end: end)
        }
        if let fraction = hyphenatedFraction(sentence, at: index) { return fraction }
        let bytes = sentence.text.bytes
        guard let first = firstPart(sentence, index), NumericVocabulary.spelledNumbers.contains(bytes, in: first),
              var number = words(sentence, from: index, end: end, startingAt: 0) else { return nil }
        if number.magnitude == 1, number.end < end,
           let denominator = NumericVocabulary.denominators.value(for: sentence[number.end], in: bytes) {
            guard number.value >= 1, number.value < denominator.value,
                  denominator.isPlural == (number.value > 1) else { return nil }
            return ReadNumber(value: NumberReader.share(number.value, of: denominator.value), end: number.end + 1,
                              isFraction: true, needsShareContext: true, numerator: number.value)
        }
        let beforeHalf = number.end
        NumberReader.addHalf(sentence, to: &number, end: end)
        if number.end != beforeHalf {
            NumberReader.applyMagnitudes(sentence, to: &number, end: end, abbreviations: false)
        }
        addDecimals(sentence, to: &number, end: end)
        return number.value.isFinite ? number : nil
    }

    /// After "a"/"an": "a dozen", "a million", "a third", "a couple of".
    private static func afterArticle(_ sentence: SentenceView, at index: Int, end: Int) -> ReadNumber? {
        let next = index + 1
        guard next < end, sentence[next].kind == .word else { return nil }
        let bytes = sentence.text.bytes
        if let denominator = NumericVocabulary.denominators.value(for: sentence[next], in: bytes) {
            guard !denominator.isPlural else { return nil }
            return ReadNumber(value: NumberReader.share(1, of: denominator.value), end: next + 1,
                              isFraction: true, needsShareContext: true)
        }
        if NumberReader.isWord(sentence, next, "couple"), next + 1 < end, NumberReader.isWord(sentence, next + 1, "of") {
            // "a couple of dozen boats" is 24 boats.
            if next + 2 < end, let magnitude = NumericVocabulary.magnitudes.value(for: sentence[next + 2], in: bytes) {
                return ReadNumber(value: 2 * magnitude, end: next + 3, magnitude: magnitude)
            }
            return ReadNumber(value: 2, end: next + 1, takesOf: true)
        }
        guard startsWithMagnitude(sentence, next) else { return nil }
        return words(sentence, from: next, end: end, startingAt: 1)
    }

    /// Number words and magnitudes from `index`: "one hundred and twenty", "two million".
    private static func words(_ sentence: SentenceView, from index: Int, end: Int, startingAt start: Double) -> ReadNumber? {
        let bytes = sentence.text.bytes
        var total = 0.0
        var current = start
        var next = index
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
            if endsWithMagnitude, joinsRemainder(sentence, at: next, end: end) { next += 1 }
        }
        guard next > index else { return nil }
        let value = total + current
        guard value.isFinite else { return nil }
        let isLoneWord = next == index + 1 && (value == 1 || value == 0) && start == 0
        return ReadNumber(value: value, end: next, isLoneWord: isLoneWord, magnitude: largestMagnitude)
    }

    /// "one hundred and twenty": "and" joins only after a magnitude, before a number word that no
    /// magnitude follows ("between two hundred and three hundred" is two numbers).
    private static func joinsRemainder(_ sentence: SentenceView, at index: Int, end: Int) -> Bool {
        guard index + 1 < end, NumberReader.isWord(sentence, index, "and"),
              let following = firstPart(sentence, index + 1),
              NumericVocabulary.spelledNumbers.contains(sentence.text.bytes, in: following) else { return false }
        let after = index + 2
        return after >= end || sentence[after].kind != .word || !startsWithMagnitude(sentence, after)
    }

    /// "two-thirds", "one-fifth", "three-quarters".
    private static func hyphenatedFraction(_ sentence: SentenceView, at index: Int) -> ReadNumber? {
        let bytes = sentence.text.bytes
        let range = sentence[index].range
        guard sentence[index].kind == .word, let hyphen = bytes[range].firstIndex(of: UInt8(ascii: "-")),
              let part = NumericVocabulary.spelledNumbers.value(for: bytes, in: range.lowerBound..<hyphen),
              let denominator = NumericVocabulary.denominators.value(for: bytes, in: (hyphen + 1)..<range.upperBound),
              part >= 1, part < denominator.value else { return nil }
        return ReadNumber(value: NumberReader.share(part, of: denominator.value), end: index + 1, isFraction: true)
    }

    /// "point zero three" after a spelled number.
    private static func addDecimals(_ sentence: SentenceView, to number: inout ReadNumber, end: Int) {
        let bytes = sentence.text.bytes
        guard number.end + 1 < end, NumberReader.isWord(sentence, number.end, "point") else { return }
        var digits = ""
        var next = number.end + 1
        while next < end, sentence[next].kind == .word,
              let digit = NumericVocabulary.spelledDigits.value(for: sentence[next], in: bytes) {
            digits += String(Int(digit))
            next += 1
        }
        guard !digits.isEmpty, let fraction = Double("0." + digits) else { return }
        number.value += fraction
        number.end = next
        number.isLoneWord = false
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
        let end = sentence.text.bytes[range].firstIndex(of: UInt8(ascii: "-")) ?? range.upperBound
        return range.lowerBound..<end
    }

    private static func startsWithMagnitude(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard sentence[index].kind == .word, let first = firstPart(sentence, index) else { return false }
        return NumericVocabulary.magnitudes.contains(sentence.text.bytes, in: first)
    }
}
