import AssayText
import Extraction

/// The `unit` of a figure: "%" (or "percentage point"), a currency sign ("$", "£", "€"; from a
/// sign or code before the figure or a currency word after it), or a span of time ("year" for
/// "three years" or "a 10-year deal"). Nil for a plain count.
enum FigureUnit {
    static func unit(_ sentence: SentenceView, currency: String?, percent: String?, compoundWord: Range<Int>?,
                     referent: Range<Int>?) -> String? {
        if let percent { return percent }
        if let currency { return currency }
        let bytes = sentence.text.bytes
        if let compoundWord, let time = NumericVocabulary.timeUnits.value(for: bytes, in: compoundWord) { return time }
        guard let referent, sentence[referent.lowerBound].kind == .word else { return nil }
        let first = sentence[referent.lowerBound]
        return NumericVocabulary.currencyWords.value(for: first, in: bytes)
            ?? NumericVocabulary.timeUnits.value(for: first, in: bytes)
    }
}
