/// Everything `assay show` tells about one assertion.
public struct ClaimDetail: Sendable, Codable, Equatable {
    public var claim: ClaimSummary
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
}
