import AssayCore

/// What every review report shows, computed once from a reviewed document: the summary, the
/// sources and numeric-estimates tables, and where the flags fall. Each output format renders
/// this model; none computes anything of its own.
public struct ReviewReport: Sendable, Encodable, Equatable {
    public var document: ReviewedDocument
    public var summary: ReviewSummary
    public var sources: [SourceRow]
    public var estimates: [EstimateRow]
    /// Standing findings per paragraph, by paragraph index (every paragraph listed).
    public var findingsPerParagraph: [Int]
    /// Positions in `document.findings` by claim id, so renderers look a claim's flags up
    /// instead of scanning every finding for every claim.
    private var findingsByClaim: [String: [Int]]

    private enum CodingKeys: String, CodingKey {
        case document, summary, sources, estimates, findingsPerParagraph
    }

    /// An assertion at or above this check-worthiness counts as check-worthy in the summary.
    public static let checkWorthyThreshold = Assertion.checkWorthyScore

    public init(_ document: ReviewedDocument) {
        self.document = document
        let claimsByID = Dictionary(document.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sources = SourceRow.rows(document.findings, registry: document.registry)
        estimates = EstimateRow.rows(document.findings, claims: claimsByID)
        summary = ReviewSummary(document, estimates: estimates)
        var perParagraph = Array(repeating: 0, count: document.paragraphs.count)
        for finding in document.findings {
            if let paragraph = ReviewReport.paragraph(containing: finding.start, in: document.paragraphs) { perParagraph[paragraph] += 1 }
        }
        findingsPerParagraph = perParagraph
        var byClaim: [String: [Int]] = [:]
        for (index, finding) in document.findings.enumerated() {
            if let claim = finding.assertion { byClaim[claim, default: []].append(index) }
        }
        findingsByClaim = byClaim
    }

    /// The claim a finding belongs to, if it is one of the listed claims.
    public func claim(_ id: String?) -> ReviewedAssertion? {
        guard let id else { return nil }
        return document.claims.first { $0.id == id }
    }

    /// The standing findings on a claim, in text order.
    public func findings(of claim: ReviewedAssertion) -> [FindingEntry] {
        (findingsByClaim[claim.id] ?? []).compactMap { document.findings.indices.contains($0) ? document.findings[$0] : nil }
    }

    /// The claims of each paragraph, by paragraph index, in document order.
    public func claimsByParagraph() -> [Int: [ReviewedAssertion]] {
        Dictionary(grouping: document.claims, by: \.paragraph)
    }

    /// The index of the last paragraph starting at or before `offset` (paragraphs are in text order).
    static func paragraph(containing offset: Int, in paragraphs: [Paragraph]) -> Int? {
        var low = 0, high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].start <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
