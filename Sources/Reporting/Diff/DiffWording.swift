import Alignment
import AssayCore
import Comparison

/// The words every diff format shares: how a side is named, the summary line, a verdict.
public enum DiffWording {
    /// `NAME@N` for a stored version, else where the text was read from.
    public static func label(_ document: ReviewedDocument) -> String {
        guard let version = document.header.version else { return document.header.source }
        return "\(document.header.name)@\(version)"
    }

    /// "3 modified, 1 added, 1 removed, 2 moved, 40 unchanged; 2 numbers changed, 1 source
    /// changed; verdicts: 1 kept, 1 needs re-review, 1 orphaned" (empty parts left out).
    public static func summaryLine(_ summary: DiffSummary) -> String {
        let statuses: [AlignmentStatus] = [.modified, .added, .removed, .moved, .unchanged]
        var parts = [statuses.map { "\(summary.count($0)) \($0.rawValue)" }.joined(separator: ", ")]
        let callouts = calloutCounts(summary)
        if !callouts.isEmpty { parts.append(callouts.joined(separator: ", ")) }
        var verdicts: [String] = []
        if summary.verdictsKept > 0 { verdicts.append("\(summary.verdictsKept) kept") }
        if summary.verdictsNeedingReview > 0 { verdicts.append("\(summary.verdictsNeedingReview) need\(summary.verdictsNeedingReview == 1 ? "s" : "") re-review") }
        if summary.verdictsOrphaned > 0 { verdicts.append("\(summary.verdictsOrphaned) orphaned") }
        if !verdicts.isEmpty { parts.append("verdicts: " + verdicts.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// "2 numbers changed", "1 date changed", "1 framing phrase added"…, in a fixed order.
    static func calloutCounts(_ summary: DiffSummary) -> [String] {
        var out: [String] = []
        for subject in ChangeCallout.Subject.allCases {
            for change in ChangeCallout.Change.allCases {
                guard let count = summary.callouts["\(subject.rawValue) \(change.rawValue)"], count > 0 else { continue }
                out.append("\(count) \(noun(subject, plural: count != 1)) \(change.rawValue)")
            }
        }
        return out
    }

    /// "number changed: 30,000 → 3,000", "date changed: 2030 → 2031".
    public static func callout(_ callout: ChangeCallout) -> String {
        "\(noun(callout.subject, plural: false)) \(callout.change.rawValue): \(callout.summary)"
    }

    /// "misleading (alice, version 1)".
    public static func verdict(_ verdict: VerdictEntry) -> String {
        "\(verdict.rating) (\(verdict.analyst), version \(verdict.version))"
    }

    /// "kept", "needs re-review", "orphaned".
    public static func carry(_ carry: VerdictCarry) -> String {
        switch carry {
        case .kept: "kept"
        case .needsReview: "needs re-review"
        case .orphaned: "orphaned"
        }
    }

    private static func noun(_ subject: ChangeCallout.Subject, plural: Bool) -> String {
        switch subject {
        case .number: plural ? "numbers" : "number"
        case .money: plural ? "amounts of money" : "amount of money"
        case .date: plural ? "dates" : "date"
        case .source: plural ? "sources" : "source"
        case .framing: plural ? "framing phrases" : "framing phrase"
        case .kind: plural ? "claim kinds" : "claim kind"
        }
    }
}
