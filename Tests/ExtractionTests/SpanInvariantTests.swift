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

    private func check(_ document: Document) {
        let text = document.text
        for sentence in document.sentences {
            #expect(scalarSlice(text, sentence.start, sentence.end) == sentence.text)
        }
        for assertion in document.assertions {
            #expect(scalarSlice(text, assertion.start, assertion.end) == assertion.text)
            let sentence = document.sentences[assertion.sentence]
            #expect(sentence.start <= assertion.start && assertion.end <= sentence.end)
        }
        for (index, paragraph) in document.paragraphs.enumerated() {
            #expect(paragraph.index == index)
            #expect(scalarSlice(text, paragraph.start, paragraph.end) != nil)
        }
        let starts = document.assertions.map(\.start)
        #expect(starts == starts.sorted())
        for (previous, next) in zip(document.assertions, document.assertions.dropFirst()) {
            #expect(previous.end <= next.start, "assertions overlap")
        }
        #expect(Set(document.assertions.map(\.id)).count == document.assertions.count, "ids are unique")
    }
}
