/// How a verdict's rating reads as a schema.org `Rating` (docs/report-claimreview.md): the
/// default scale's judgements of truth on 1 (worst) to 5 (best); ratings that judge no truth
/// (`unsupported`, `not-checkable`) and a workbench's own ratings have no number and are given
/// by name only, as `alternateName` (Google's fact-check guidance accepts a textual rating).
enum ClaimReviewRating {
    static let best = 5
    static let worst = 1

    private static let values = ["accurate": 5, "mostly-accurate": 4, "mixed": 3, "misleading": 2, "inaccurate": 1]

    /// The rating's number on the 1–5 scale, or nil when it has none.
    static func value(_ rating: String) -> Int? { values[rating] }

    static func markup(_ rating: String, explanation: String?) -> ClaimReviewMarkup.Rating {
        guard let value = value(rating) else { return ClaimReviewMarkup.Rating(alternateName: rating, ratingExplanation: explanation) }
        return ClaimReviewMarkup.Rating(ratingValue: value, bestRating: best, worstRating: worst, alternateName: rating,
                                        ratingExplanation: explanation)
    }
}
