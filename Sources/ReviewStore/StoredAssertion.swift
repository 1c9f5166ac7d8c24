import AssayCore

/// Who put an assertion in the workbench.
public enum AssertionOrigin: String, Sendable, Codable {
    /// Split out of the text by the extractor.
    case extractor
    /// Added by an analyst with `assay annotate` (the extractor missed it).
    case analyst
}

/// An assertion as one row of a version: the extracted fields plus where it came from.
struct StoredAssertion {
    var id: String
    var sentence: Int
    var paragraph: Int
    var start: Int
    var end: Int
    var text: String
    var kind: AssertionKind
    var checkworthiness: Double
    var reasons: [String]
    var origin: AssertionOrigin

    init(_ assertion: Assertion, origin: AssertionOrigin) {
        id = assertion.id
        sentence = assertion.sentence
        paragraph = assertion.paragraph
        start = assertion.start
        end = assertion.end
        text = assertion.text
        kind = assertion.kind
        checkworthiness = assertion.checkworthiness
        reasons = assertion.reasons
        self.origin = origin
    }
}
