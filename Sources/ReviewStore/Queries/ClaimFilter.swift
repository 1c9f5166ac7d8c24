import AssayCore

/// Which assertions `assay claims` lists. Every criterion given must hold.
public struct ClaimFilter: Sendable {
    /// A document name; nil for every document.
    public var document: String?
    /// Only assertions without a verdict of their own (a verdict carried from an earlier wording
    /// still needs review).
    public var unreviewed = false
    public var kind: AssertionKind?
    /// Only assertions with a standing flag of this category.
    public var category: String?
    public var minimumScore: Double?
    public var tag: String?
    /// Also list assertions dismissed as not claims.
    public var includeDismissed = false

    public init(document: String? = nil) {
        self.document = document
    }

    func accepts(_ claim: ReviewedAssertion) -> Bool {
        if claim.dismissal != nil && !includeDismissed { return false }
        if unreviewed && claim.verdict != nil && !claim.needsReview { return false }
        if let kind, claim.kind != kind { return false }
        if let category, claim.flags[category, default: 0] == 0 { return false }
        if let minimumScore, claim.checkworthiness < minimumScore { return false }
        if let tag, !claim.tags.contains(tag) { return false }
        return true
    }
}
