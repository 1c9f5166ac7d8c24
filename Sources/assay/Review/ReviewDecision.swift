import AssayCore
import Reporting

/// Something a review session recorded in the workbench, which `u` can take back.
struct ReviewDecision {
    enum Act {
        /// A verdict given with a rating key, or (`regraded`) the analyst's verdict recorded again
        /// with a new credibility or confidence.
        case verdict(VerdictEntry, regraded: Bool)
        case dismissal(reason: String)
        /// The tags it added: those the assertion had already are not taken back with them.
        case tags([String])
    }

    /// Its place in the session's queue.
    var position: Int
    var claim: ReviewedAssertion
    var act: Act

    var isVerdict: Bool {
        if case .verdict = act { return true }
        return false
    }

    /// `verdict ‘misleading’ on 3f2a9c1e`: a line of the undo list, before the claim's text.
    var summary: String {
        let id = AssertionID.shown(claim.id)
        switch act {
        case .verdict(let verdict, let regraded):
            return regraded ? "graded ‘\(verdict.rating)’ on \(id): \(VerdictGrade(of: verdict).description)"
                : "verdict \(VerdictGrade.describe(verdict)) on \(id)"
        case .dismissal(let reason): return "dismissed \(id) as not a claim (“\(reason)”)"
        case .tags(let tags): return "tagged \(id): \(tags.joined(separator: ", "))"
        }
    }
}
