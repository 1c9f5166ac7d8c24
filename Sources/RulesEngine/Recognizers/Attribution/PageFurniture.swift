import AssayText

/// The labels of page furniture — "Editor's note:", "Correction —", "Update:", "Reporting by",
/// "Image caption" — read where they open a sentence, so that the attribution recognizer starts
/// after them: a label is never a source ("Editor's" of "Editor's note") nor a cue ("note").
///
/// A label of one word is common English too ("Correction officers said", "Credit Suisse
/// said"), so it counts only with a mark after it (`:`, `-`, `–`, `—`, `|`), at the end of
/// the sentence, or written in capitals ("UPDATE"); a label of several words counts as it is.
struct PageFurniture: Sendable {
    private let labels: PhraseTable<Void>

    /// Marks that end a label: ":", "-", "|", en and em dashes.
    private static let separators: [[UInt8]] = [":", "-", "|", "\u{2013}", "\u{2014}"].map { Array($0.utf8) }
    /// Opening marks a label may stand behind: "[Editor's note: …]".
    private static let openers: [[UInt8]] = ["(", "[", "*", "\"", "'", "\u{2022}"].map { Array($0.utf8) }

    init(_ labels: [String]) {
        self.labels = PhraseTable(labels.map { (PageFurniture.tokenized($0), ()) })
    }

    /// The first token after the label (and its marks) that opens the sentence, or nil when
    /// no label does.
    func end(in sentence: SentenceView, lexicon: AttributionLexicon) -> Int? {
        var start = sentence.tokenRange.lowerBound
        while start - sentence.tokenRange.lowerBound < 2, isMark(sentence, start, Self.openers) { start += 1 }
        guard sentence.tokenRange.contains(start),
              let (length, _) = labels.match(sentence.text.bytes, sentence.text.tokens, at: start) else { return nil }
        var end = start + length
        guard end <= sentence.tokenRange.upperBound else { return nil }
        let marked = isMark(sentence, end, Self.separators)
        guard length > 1 || marked || end == sentence.tokenRange.upperBound || lexicon.isAcronym(sentence, start) else {
            return nil
        }
        while end - (start + length) < 2, isMark(sentence, end, Self.separators) { end += 1 }
        return end
    }

    private func isMark(_ sentence: SentenceView, _ index: Int, _ marks: [[UInt8]]) -> Bool {
        guard sentence.tokenRange.contains(index), sentence[index].kind == .punctuation else { return false }
        let bytes = sentence.text.bytes[sentence[index].range]
        return marks.contains { $0.elementsEqual(bytes) }
    }

    /// The label as the tokenizer reads it: an apostrophe that ends a word is a token of its
    /// own ("editors' note" is `editors`, `'`, `note`).
    private static func tokenized(_ label: String) -> String {
        label.split(separator: " ").map { word in
            word.count > 1 && word.hasSuffix("'") ? "\(word.dropLast()) '" : String(word)
        }.joined(separator: " ")
    }
}
