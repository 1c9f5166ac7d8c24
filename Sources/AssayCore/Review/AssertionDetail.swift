/// Everything `assay show` tells about one assertion.
public struct AssertionDetail: Sendable, Codable, Equatable {
    public var claim: ReviewedAssertion
    /// The sentence and the paragraph it stands in.
    public var sentence: String
    public var paragraph: String
    /// Scalar offset of `paragraph` in the version's text, to place the claim's and the
    /// findings' spans (document offsets) inside it.
    public var paragraphStart: Int
    public var findings: [FindingEntry]
    /// Oldest first; the last one is the current verdict.
    public var verdicts: [VerdictEntry]
    public var citations: [CitationEntry]
    /// The analyst's note when the assertion was added with `assay annotate`.
    public var annotationNote: String?
    /// For a claim no longer in its document's latest version: that version, and the claim it
    /// was reworded as there, when it was followed (claims with verdicts are).
    public var laterVersion: LaterVersion?

    public struct LaterVersion: Sendable, Codable, Equatable {
        public var number: Int
        public var rewordedAs: String?

        public init(number: Int, rewordedAs: String?) {
            self.number = number
            self.rewordedAs = rewordedAs
        }
    }

    public init(
        claim: ReviewedAssertion,
        sentence: String,
        paragraph: String,
        paragraphStart: Int,
        findings: [FindingEntry],
        verdicts: [VerdictEntry],
        citations: [CitationEntry],
        annotationNote: String? = nil
    ) {
        self.claim = claim
        self.sentence = sentence
        self.paragraph = paragraph
        self.paragraphStart = paragraphStart
        self.findings = findings
        self.verdicts = verdicts
        self.citations = citations
        self.annotationNote = annotationNote
    }
}
