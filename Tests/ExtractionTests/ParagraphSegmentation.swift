import Testing
@testable import Extraction

/// The sentences `SentenceSegmenter` finds in `paragraph`, a paragraph of normalised text
/// (single spaces), as strings; the converter is left out, so list markers at the paragraph's
/// start stay the segmenter's to read.
func segmentParagraph(_ paragraph: String) -> [String] {
    let bytes = Array(paragraph.utf8)
    return SentenceSegmenter.sentences(in: bytes, range: 0..<bytes.count)
        .map { String(decoding: bytes[$0], as: UTF8.self) }
}

/// Checks that `testCase.text` is cut into `testCase.expected`, and that nothing is lost: the
/// sentences are in order, and between them (and before the first) stand only spaces and the
/// list markers that open items (`2)`, `b.`, `•`), which stay in the text but not the sentence.
func expectSegments(_ testCase: TextCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let bytes = Array(testCase.text.utf8)
    let ranges = SentenceSegmenter.sentences(in: bytes, range: 0..<bytes.count)
    let sentences = ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    #expect(sentences == testCase.expected, sourceLocation: sourceLocation)
    var covered = 0
    for range in ranges {
        let gap = String(decoding: bytes[covered..<max(covered, range.lowerBound)], as: UTF8.self)
        #expect(range.lowerBound >= covered && isSpacesAndMarkers(gap),
                "text lost before \(String(decoding: bytes[range], as: UTF8.self))", sourceLocation: sourceLocation)
        covered = max(covered, range.upperBound)
    }
    #expect(bytes[covered...].allSatisfy { $0 == 0x20 }, "text lost at the end", sourceLocation: sourceLocation)
}

/// Whether `gap` holds only spaces and list markers: labels of up to four letters or digits
/// closed by `.`, `)` or `.)`, and bullets.
private func isSpacesAndMarkers(_ gap: String) -> Bool {
    gap.split(separator: " ").allSatisfy { word in
        if ["•", "‣", "⁃", "◦", "▪", "●"].contains(String(word)) { return true }
        let label = word.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let punctuation = word.dropFirst(label.count)
        return !label.isEmpty && label.count <= 4 && [".", ")", ".)"].contains(String(punctuation))
    }
}
