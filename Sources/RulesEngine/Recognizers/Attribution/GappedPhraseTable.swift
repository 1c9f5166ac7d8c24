import AssayText
import Extraction

/// Multi-word phrases matched at a token, where up to two adverbs may stand between two words
/// of the phrase: "it was revealed" matches "it was ⟨soon⟩ revealed", "it has ⟨long⟩ been said".
/// Lookup is one hash of the first word, then a comparison of the few phrases starting with it.
struct GappedPhraseTable: Sendable {
    private let byFirstWord: WordTable<[[[UInt8]]]>
    private static let maximumGap = 2

    init(_ phrases: [String]) {
        var grouped: [String: [[[UInt8]]]] = [:]
        for phrase in phrases {
            let words = GappedPhraseTable.words(of: phrase).map { FoldedWord.fold(Array($0.utf8)[...]) }
            guard let first = words.first else { continue }
            grouped[String(decoding: first, as: UTF8.self), default: []].append(Array(words.dropFirst()))
        }
        byFirstWord = WordTable(grouped.map { word, rests in (word, rests.sorted { $0.count > $1.count }) })
    }

    /// The word a phrase is looked up by: `match` finds a phrase only at a token that is this word.
    static func firstWord(of phrase: String) -> String? { words(of: phrase).first }

    private static func words(of phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }

    /// The index of the last token of the longest phrase starting at token `index` within the sentence.
    func match(in sentence: SentenceView, at index: Int, isAdverb: (Int) -> Bool) -> Int? {
        guard sentence.tokenRange.contains(index), sentence[index].kind == .word,
              let rests = byFirstWord.value(for: sentence[index], in: sentence.text.bytes) else { return nil }
        var best: Int?
        for rest in rests {
            guard let last = matchRest(rest, in: sentence, after: index, isAdverb: isAdverb) else { continue }
            if last > (best ?? -1) { best = last }
        }
        return best
    }

    private func matchRest(_ rest: [[UInt8]], in sentence: SentenceView, after index: Int,
                           isAdverb: (Int) -> Bool) -> Int? {
        var position = index
        for word in rest {
            var next = position + 1
            var skipped = 0
            while sentence.tokenRange.contains(next), !FoldedWord.equals(word, sentence.text.bytes, sentence[next].range),
                  skipped < GappedPhraseTable.maximumGap, isAdverb(next) {
                next += 1
                skipped += 1
            }
            guard sentence.tokenRange.contains(next), FoldedWord.equals(word, sentence.text.bytes, sentence[next].range) else { return nil }
            position = next
        }
        return position
    }
}
