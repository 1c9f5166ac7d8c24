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
    public var order = ClaimOrder.position
    /// At most this many, after ordering; nil for all.
    public var limit: Int?

    public init(document: String? = nil) {
        self.document = document
    }

    /// The accepted claims in `order`, cut to `limit`.
    func arranged(_ claims: [ReviewedAssertion], scale: [String]) -> [ReviewedAssertion] {
        let ordered: [ReviewedAssertion]
        switch order {
        case .position:
            ordered = claims
        case .score:
            // Stable: equal scores keep their documents' order and positions.
            ordered = claims.enumerated().sorted { ($1.element.checkworthiness, $0.offset) < ($0.element.checkworthiness, $1.offset) }
                .map(\.element)
        case .verdict:
            // Still to review first, then from the worst supported rating to the best.
            let rank = { (claim: ReviewedAssertion) -> Int in
                guard let rating = claim.verdict?.rating, !claim.needsReview else { return -1 }
                return scale.count - (scale.firstIndex(of: rating) ?? scale.count)
            }
            ordered = claims.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        }
        return limit.map { Array(ordered.prefix($0)) } ?? ordered
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

/// The order `assay claims` lists assertions in.
public enum ClaimOrder: String, Sendable, CaseIterable {
    /// Document by document, in text order.
    case position
    /// Most check-worthy first.
    case score
    /// Unreviewed (or needing re-review) first, then from the worst supported rating to the best.
    case verdict
}
