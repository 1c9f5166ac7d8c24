import AssayText

/// The promise every extracted document keeps about its spans (see `Span`), checked: each span
/// lies within the text, `text[start:end]` (by Unicode scalars) is exactly the spanned text,
/// paragraphs, sentences and assertions come in text order without overlapping, each assertion
/// lies inside its sentence, and assertion ids are unique. The tests and the fuzz targets (Fuzz/)
/// check every document they make with it.
public enum SpanContract {
    /// What `document` breaks of the contract, one line each; empty when it keeps it.
    public static func violations(of document: Document) -> [String] {
        var check = Check(document.text)
        check.ordered("paragraph", document.paragraphs.map { ($0.start, $0.end, nil) })
        for (position, paragraph) in document.paragraphs.enumerated() where paragraph.index != position {
            check.fail("paragraph \(position) has index \(paragraph.index)")
        }
        check.ordered("sentence", document.sentences.map { ($0.start, $0.end, $0.text) })
        for (position, sentence) in document.sentences.enumerated() {
            if sentence.index != position { check.fail("sentence \(position) has index \(sentence.index)") }
            if !document.paragraphs.indices.contains(sentence.paragraph) {
                check.fail("sentence \(position) names paragraph \(sentence.paragraph), which does not exist")
            }
        }
        check.ordered("assertion", document.assertions.map { ($0.start, $0.end, $0.text) })
        for assertion in document.assertions {
            guard document.sentences.indices.contains(assertion.sentence) else {
                check.fail("assertion \(assertion.id) names sentence \(assertion.sentence), which does not exist")
                continue
            }
            let sentence = document.sentences[assertion.sentence]
            if assertion.start < sentence.start || assertion.end > sentence.end {
                check.fail("assertion \(assertion.id) [\(assertion.start), \(assertion.end)) is outside its sentence [\(sentence.start), \(sentence.end))")
            }
        }
        if Set(document.assertions.map(\.id)).count != document.assertions.count { check.fail("assertion ids are not unique") }
        for finding in document.findings {
            check.span("finding \(finding.rule)", finding.start, finding.end, finding.text)
        }
        return check.problems
    }

    /// What a segmentation (`assay segment`) breaks of the contract; empty when it keeps it.
    public static func violations(of document: SegmentedDocument) -> [String] {
        var check = Check(document.text)
        check.ordered("sentence", document.sentences.map { ($0.start, $0.end, nil) })
        check.ordered("assertion", (document.assertions ?? []).map { ($0.start, $0.end, nil) })
        return check.problems
    }

    private struct Check {
        let text: ScalarIndexedText
        var problems: [String] = []

        init(_ text: String) { self.text = ScalarIndexedText(text) }

        mutating func fail(_ problem: String) { problems.append(problem) }

        /// One span: within the text, and slicing to `expected` when the document states its text.
        mutating func span(_ name: String, _ start: Int, _ end: Int, _ expected: String?) {
            guard 0 <= start, start <= end, end <= text.scalarCount else {
                return fail("\(name) [\(start), \(end)) is outside the text of \(text.scalarCount) scalars")
            }
            if let expected, text.slice(start, end) != expected {
                fail("\(name) [\(start), \(end)) slices to other text than its own")
            }
        }

        /// Spans of one kind: each valid, in text order, none overlapping the next.
        mutating func ordered(_ kind: String, _ spans: [(start: Int, end: Int, text: String?)]) {
            for (position, span) in spans.enumerated() {
                self.span("\(kind) \(position)", span.start, span.end, span.text)
            }
            for (position, (previous, next)) in zip(spans, spans.dropFirst()).enumerated() where previous.end > next.start {
                fail("\(kind) \(position) [\(previous.start), \(previous.end)) overlaps or follows the next [\(next.start), \(next.end))")
            }
        }
    }
}
