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

/// Checks that `testCase.text` is cut into `testCase.expected`, and that the sentences hold
/// every character of the paragraph but the spaces between them, in order: nothing is lost.
func expectSegments(_ testCase: TextCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let sentences = segmentParagraph(testCase.text)
    #expect(sentences == testCase.expected, sourceLocation: sourceLocation)
    #expect(sentences.joined().filter { $0 != " " } == testCase.text.filter { $0 != " " },
            "a sentence lost or gained text", sourceLocation: sourceLocation)
}
