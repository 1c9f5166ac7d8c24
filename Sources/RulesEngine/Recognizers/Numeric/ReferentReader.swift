import AssayText
import Extraction

/// Reads what a figure counts: the words after it (adjectives, nouns, proper nouns, hyphenated
/// words, possessives) up to a closed-class word, a verb, punctuation or a plural head noun,
/// with at most one "of …" continuation after a measure unit ("grams of the high-explosive TATP")
/// and one "and" between modifiers ("American and European politicians").
/// Each token is looked at once, in hash tables; the length is bounded by `maximumWords`.
struct ReferentReader: Sendable {
    let units: WordTable<Void>
    let maximumWords: Int

    /// The referent's tokens from `start`, or nil when none follows. `afterOf`: the referent
    /// follows an "of" that belongs to the quantity ("half of the country"), so it may open
    /// with a determiner.
    func read(_ sentence: SentenceView, from start: Int, end: Int, afterOf: Bool) -> Range<Int>? {
        let bytes = sentence.text.bytes
        var index = start
        var last: Int?
        var words = 0
        var mayTakeDeterminer = afterOf
        var mayTakeOf = false
        var tookOf = false
        var tookAnd = false
        while index < end, words < maximumWords, sentence[index].kind == .word {
            let range = sentence[index].range
            if mayTakeDeterminer, NumericVocabulary.determiners.contains(bytes, in: range) {
                mayTakeDeterminer = false
                index += 1
                continue
            }
            mayTakeDeterminer = false
            if NumberReader.isWord(sentence, index, "of") {
                guard mayTakeOf else { break }
                mayTakeOf = false
                tookOf = true
                mayTakeDeterminer = true
                index += 1
                continue
            }
            if last != nil, !tookAnd, isJoiningModifiers(sentence, index, end) {
                tookAnd = true
                index += 1
                continue
            }
            // A number word starts another figure ("$54m payout Ten former directors").
            guard !NumericVocabulary.referentStops.contains(bytes, in: range),
                  !NumericVocabulary.spelledNumbers.contains(bytes, in: range),
                  last == nil || !NumericVocabulary.verbsOrPlurals.contains(bytes, in: range),
                  !isPostponedVerb(sentence, index, end) else { break }
            last = index
            words += 1
            index += 1
            // A unit goes on only into "of …" ("grams of the high-explosive TATP"); otherwise
            // it ends the referent like any plural ("300 metres tall").
            mayTakeOf = !tookOf && units.contains(bytes, in: range) && index < end && NumberReader.isWord(sentence, index, "of")
            if !mayTakeOf, ReferentReader.isPlural(sentence, range) { break }
        }
        return last.map { start..<($0 + 1) }
    }

    /// "and" or "or" before a word that may go on the referent.
    private func isJoiningModifiers(_ sentence: SentenceView, _ index: Int, _ end: Int) -> Bool {
        guard NumberReader.isWord(sentence, index, "and") || NumberReader.isWord(sentence, index, "or") else { return false }
        let next = index + 1
        guard next < end, sentence[next].kind == .word else { return false }
        return !NumericVocabulary.referentStops.contains(sentence[next], in: sentence.text.bytes)
            && !NumberReader.isWord(sentence, next, "of") && !isPostponedVerb(sentence, next, end)
    }

    /// A participle or gerund that does not stand before a noun: "sites scattered throughout",
    /// "supporters traveling to" end the referent; "detained protesters" does not.
    private func isPostponedVerb(_ sentence: SentenceView, _ index: Int, _ end: Int) -> Bool {
        guard isVerbForm(sentence, index) else { return false }
        let next = index + 1
        guard next < end, sentence[next].kind == .word else { return true }
        let range = sentence[next].range
        return NumericVocabulary.referentStops.contains(sentence.text.bytes, in: range)
            || NumberReader.isWord(sentence, next, "of") || isVerbForm(sentence, next)
    }

    /// A lower-case word ending in -ed or -ing that is not a known noun ("need", "funding").
    private func isVerbForm(_ sentence: SentenceView, _ index: Int) -> Bool {
        guard !sentence.isCapitalized(index) else { return false }
        let range = sentence[index].range
        let bytes = sentence.text.bytes
        if ReferentReader.ends(bytes, range, with: "ed") {
            return range.count >= 5 && !ReferentReader.ends(bytes, range, with: "eed")
        }
        return ReferentReader.ends(bytes, range, with: "ing") && range.count >= 6
            && !NumericVocabulary.ingNouns.contains(bytes, in: range)
    }

    /// "prisoners", "people"; not "news", "campus", "Iran's".
    static func isPlural(_ sentence: SentenceView, _ range: Range<Int>) -> Bool {
        let bytes = sentence.text.bytes
        if NumericVocabulary.irregularPlurals.contains(bytes, in: range) { return true }
        guard range.count >= 3, ReferentReader.ends(bytes, range, with: "s"),
              !NumericVocabulary.singularsInS.contains(bytes, in: range) else { return false }
        let before = UTF8Bytes.lowercased(bytes[range.upperBound - 2])
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
            && before != UInt8(ascii: "'")
    }

    static func ends(_ bytes: [UInt8], _ range: Range<Int>, with suffix: String) -> Bool {
        guard range.count >= suffix.utf8.count else { return false }
        return zip(bytes[(range.upperBound - suffix.utf8.count)..<range.upperBound], suffix.utf8)
            .allSatisfy { UTF8Bytes.lowercased($0) == $1 }
    }
}
