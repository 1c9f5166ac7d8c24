import AssayCore
import ReviewStore

/// What every review report shows, computed once from a reviewed document: the summary, the
/// sources and numeric-estimates tables, and where the flags fall. Each output format renders
/// this model; none computes anything of its own.
public struct ReviewReport: Sendable, Codable, Equatable {
    public var document: ReviewedDocument
    public var summary: ReviewSummary
    public var sources: [SourceRow]
    public var estimates: [EstimateRow]
    /// Standing findings per paragraph, by paragraph index (every paragraph listed).
    public var findingsPerParagraph: [Int]

    /// An assertion at or above this check-worthiness counts as check-worthy in the summary.
    public static let checkWorthyThreshold = 0.5

    public init(_ document: ReviewedDocument) {
        self.document = document
        let claimsByID = Dictionary(document.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sources = SourceRow.rows(document.findings, registry: document.registry)
        estimates = EstimateRow.rows(document.findings, claims: claimsByID)
        summary = ReviewSummary(document, estimates: estimates)
        var perParagraph = Array(repeating: 0, count: document.paragraphs.count)
        for finding in document.findings {
            if let paragraph = document.paragraphs.lastIndex(where: { $0.start <= finding.start }), paragraph < perParagraph.count {
                perParagraph[paragraph] += 1
            }
        }
        findingsPerParagraph = perParagraph
    }

    /// The claim a finding belongs to, if it is one of the listed claims.
    public func claim(_ id: String?) -> ClaimSummary? {
        guard let id else { return nil }
        return document.claims.first { $0.id == id }
    }

    /// The standing findings on a claim, in text order.
    public func findings(of claim: ClaimSummary) -> [FindingEntry] {
        document.findings.filter { $0.assertion == claim.id }
    }
}
