import AssayText
import Extraction

/// What may stand just before a figure's digits: a sign ("-1", "−3.5%", "minus 5", "+2%"), a currency
/// ("$5bn", "USD 40 mln", "-£3m") and a decimal point (".08"), in that order.
struct FigurePrefix {
    /// How many tokens the prefix takes.
    var length = 0
    var isNegative = false
    /// The currency sign, as the `unit` reports it.
    var currency: String?
    var hasLeadingPoint = false

    /// The prefix at `index`; empty when there is none.
    static func read(_ sentence: SentenceView, at index: Int, end: Int) -> FigurePrefix {
        // Most figures start with their digits or number word: no prefix to look for.
        if sentence[index].kind == .number { return FigurePrefix() }
        if sentence[index].kind == .word, !NumberReader.isWord(sentence, index, "minus"),
           !NumericVocabulary.currencyCodes.contains(sentence[index], in: sentence.text.bytes) { return FigurePrefix() }
        var prefix = FigurePrefix()
        var next = index
        if next + 1 < end, let isNegative = sign(sentence, next) {
            prefix.isNegative = isNegative
            next += 1
        }
        if next + 1 < end, let currency = currency(sentence, at: next) {
            prefix.currency = currency
            next += 1
        }
        if next + 1 < end, isLeadingPoint(sentence, next) {
            prefix.hasLeadingPoint = true
            next += 1
        }
        // A sign or currency must come before a figure: a lone "minus" or "$" is no prefix.
        // "minus five" is the one spelled figure after a prefix.
        let isBeforeFigure = sentence[next].kind == .number
            || sentence[next].kind == .word && prefix.isNegative && prefix.currency == nil
        guard next < end, next == index || isBeforeFigure else { return FigurePrefix() }
        prefix.length = next - index
        return prefix
    }

    /// Whether the sign at `index` is negative, or nil when there is none: "minus", or a hyphen,
    /// minus or plus sign touching what follows and not what precedes ("-1", "+2%"; not the dash
    /// of "20 - 30", a word's hyphen, or the "+" of "2+2").
    private static func sign(_ sentence: SentenceView, _ index: Int) -> Bool? {
        if NumberReader.isWord(sentence, index, "minus") { return true }
        let isMinus = sentence.isPunctuation(index, UInt8(ascii: "-")) || sentence.is(index, "\u{2212}")
        guard isMinus || sentence.isPunctuation(index, UInt8(ascii: "+")),
              NumberReader.touch(sentence, index, index + 1), sentence[index + 1].kind != .word,
              !touchesWordBefore(sentence, index) else { return nil }
        return isMinus
    }

    private static func currency(_ sentence: SentenceView, at index: Int) -> String? {
        let token = sentence[index]
        let bytes = sentence.text.bytes
        switch token.kind {
        case .punctuation:
            return NumericVocabulary.currencySigns.contains(token, in: bytes) ? sentence.string(index) : nil
        case .word:
            return NumericVocabulary.currencyCodes.value(for: token, in: bytes)
        case .number:
            return nil
        }
    }

    /// The point of ".08": touching the digits after it, and not the word or number before it.
    private static func isLeadingPoint(_ sentence: SentenceView, _ index: Int) -> Bool {
        sentence.isPunctuation(index, UInt8(ascii: ".")) && sentence[index + 1].kind == .number
            && NumberReader.touch(sentence, index, index + 1) && !touchesWordBefore(sentence, index)
    }

    private static func touchesWordBefore(_ sentence: SentenceView, _ index: Int) -> Bool {
        index > sentence.tokenRange.lowerBound && NumberReader.touch(sentence, index - 1, index)
            && sentence[index - 1].kind != .punctuation
    }
}
