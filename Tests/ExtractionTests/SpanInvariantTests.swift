import AssayCore
import Testing
import TestSupport
@testable import Extraction

/// Every span of every output is `[start, end)` in Unicode scalar offsets into `text`.
@Suite("Span invariants")
struct SpanInvariantTests {
    static let texts: [String] = [
        "Iran’s regime 😀 arrested 30,000 people. Café owners said: “Enough.” Then – silence…",
        "👨‍👩‍👧 family of three, and they fled. سلام عليكم. The end?",
        "e\u{301}te\u{301} in Zürich; the rally grew, and it lasted.\n\nSecond ¶ with \u{200B}zero width.",
        "A\tB  C\u{A0}D. Mr. Ünal met Dr. Øberg. They left.",
    ]

    @Test("sentence, assertion and paragraph spans slice the text exactly", arguments: texts)
    func slices(text: String) {
        check(extract(text))
    }

    @Test("the seeds' spans slice the text exactly", arguments: Repository.seedNames)
    func seeds(name: String) throws {
        let document = try seedDocument(name)
        #expect(document.sentences.count > 20)
        check(document)
    }

    @Test("segmentation spans keep the same contract", arguments: texts)
    func segmentation(text: String) {
        let segmented = Segmenter(splitsAssertions: true).segment(text: text, source: "t.txt", format: .text)
        #expect(!segmented.sentences.isEmpty)
        #expect(SpanContract.violations(of: segmented) == [])
    }

    @Test("the contract check names what a broken document breaks")
    func brokenDocumentsAreCaught() throws {
        let document = extract(Self.texts[0])
        var shifted = document
        shifted.sentences[0].start += 1
        let sentenceEnd = document.sentences[0].end
        #expect(SpanContract.violations(of: shifted) == [
            "sentence 0 [1, \(sentenceEnd)) slices to other text than its own",
            "assertion \(document.assertions[0].id) [0, \(document.assertions[0].end)) is outside its sentence [1, \(sentenceEnd))",
        ])
        var overlapping = document
        let second = try #require(overlapping.assertions.indices.dropFirst().first)
        overlapping.assertions[second].start = overlapping.assertions[0].start
        #expect(SpanContract.violations(of: overlapping).contains { $0.hasPrefix("assertion 1 ") })
        var outside = document
        outside.findings = [Finding(rule: "r", category: "c", severity: .info, start: 0, end: 10_000, text: "", message: "m",
                                    assertion: nil, fields: [:])]
        #expect(SpanContract.violations(of: outside) == ["finding r [0, 10000) is outside the text of \(document.text.unicodeScalars.count) scalars"])
    }

    private func check(_ document: Document) {
        #expect(SpanContract.violations(of: document) == [])
    }
}
