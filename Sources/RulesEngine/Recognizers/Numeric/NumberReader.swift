import AssayText
import Extraction

/// A figure read at a token: digits ("100,000", "5bn", "1/3", "20-30", "1980s") or spelled
/// words ("Five-hundred", "twenty-five", "a dozen", "two thirds", "two point five").
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
    /// The single word "one" or "zero", which is more often a pronoun or a figure of speech than
    /// a count ("one of them", "zero tolerance").
    var isLoneWord = false
    /// The largest magnitude applied ("million" in "1.5 million"), 1 when none.
    var magnitude = 1.0
    /// A share of a whole: "two thirds", "one-fifth", "1/3".
    var isFraction = false
    /// A fraction that is a share only in a share's context: words with a space ("a third", "two
    /// quarters"), which may be an ordinal ("a third term") or a count of periods ("the past two
    /// quarters"), and slashed digits ("1/3"), which may be odds ("the 4/9 favourite") or days ("8/9 January").
    var needsShareContext = false
    /// The numerator of a spaced fraction written as a number word ("two" of "two quarters"),
    /// which is the count when the fraction is not a share.
    var numerator: Double?
    /// "a couple of": the "of" that follows belongs to the figure, and the referent comes after it.
    var takesOf = false
    /// The word of a compound modifier ("year" in "10-year").
    var compoundWord: Range<Int>?
    /// A joined "m" ("3.2m"): millions only before a counted noun or after a currency sign.
    var isJoinedM = false
}

enum NumberReader {
    static func read(_ sentence: SentenceView, at index: Int, end: Int) -> ReadNumber? {
        guard index < end else { return nil }
        switch sentence[index].kind {
        case .number: return DigitReader.read(sentence, at: index, end: end)
        case .word: return SpelledNumberReader.read(sentence, at: index, end: end)
        case .punctuation: return nil
        }
    }

    /// Applies magnitude words after a figure: "1.5 million", "40 mln", "3 dozens". Returns the
    /// multiplier and moves `number.end` past them.
    static func applyMagnitudes(_ sentence: SentenceView, to number: inout ReadNumber, end: Int,
                                abbreviations: Bool) {
        let bytes = sentence.text.bytes
        var multiplier = 1.0
        while number.end < end, sentence[number.end].kind == .word {
            let token = sentence[number.end]
            guard let magnitude = NumericVocabulary.magnitudes.value(for: token, in: bytes)
                    ?? (abbreviations ? NumericVocabulary.magnitudeAbbreviations.value(for: token, in: bytes) : nil)
            else { break }
            multiplier *= magnitude
            number.end += 1
        }
        guard multiplier != 1 else { return }
        number.magnitude = max(number.magnitude, multiplier)
        number.value *= multiplier
        number.high = number.high.map { $0 * multiplier }
        number.isYearLike = false
        number.isDecade = false
    }

    /// "two and a half", "2 and a half years": adds the half and moves `number.end` past it.
    static func addHalf(_ sentence: SentenceView, to number: inout ReadNumber, end: Int) {
        let next = number.end
        guard next + 2 < end, isWord(sentence, next, "and"), isWord(sentence, next + 1, "a"),
              isWord(sentence, next + 2, "half") else { return }
        number.value += 0.5
        number.end = next + 3
        number.isLoneWord = false
        number.isYearLike = false
    }

    /// A share rounded to four decimal places, as the pack's proportions are written (0.6667).
    static func share(_ part: Double, of whole: Double) -> Double {
        (part / whole * 10_000).rounded() / 10_000
    }

    static func isWord(_ sentence: SentenceView, _ index: Int, _ word: String) -> Bool {
        sentence[index].kind == .word && sentence.is(index, word)
    }

    /// Whether two tokens touch, with no space between them.
    static func touch(_ sentence: SentenceView, _ first: Int, _ second: Int) -> Bool {
        sentence[first].range.upperBound == sentence[second].range.lowerBound
    }
}
