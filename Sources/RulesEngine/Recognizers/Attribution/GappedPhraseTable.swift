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
            let words = phrase.lowercased().split(separator: " ").map { Array($0.utf8) }
            guard let first = words.first else { continue }
            grouped[String(decoding: first, as: UTF8.self), default: []].append(Array(words.dropFirst()))
        }
        byFirstWord = WordTable(grouped.map { word, rests in (word, rests.sorted { $0.count > $1.count }) })
    }

    /// The index of the last token of the longest phrase starting at token `index` within the sentence.
    func match(in sentence: SentenceView, at index: Int, isAdverb: (Int) -> Bool) -> Int? {
        guard sentence.tokenRange.contains(index), sentence[index].kind == .word,
              let rests = byFirstWord.value(for: sentence.text.bytes, in: sentence[index].range) else { return nil }
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
            while sentence.tokenRange.contains(next), !sentence.equals(next, word),
                  skipped < GappedPhraseTable.maximumGap, isAdverb(next) {
                next += 1
                skipped += 1
            }
            guard sentence.tokenRange.contains(next), sentence.equals(next, word) else { return nil }
            position = next
        }
        return position
    }
}

private extension SentenceView {
    /// Whether the token, ASCII-case-folded, is exactly `folded` (lower-case UTF-8).
    func equals(_ index: Int, _ folded: [UInt8]) -> Bool {
        let range = self[index].range
        guard range.count == folded.count else { return false }
        var offset = 0
        for byte in text.bytes[range] {
            guard UTF8Bytes.lowercased(byte) == folded[offset] else { return false }
            offset += 1
        }
        return true
    }
}
