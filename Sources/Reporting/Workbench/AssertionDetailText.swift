import AssayCore
import Foundation

/// `assay show`'s text form.
public enum AssertionDetailText {
    public static func render(_ detail: AssertionDetail) -> String {
        let claim = detail.claim
        var out = "\(claim.id)  \(claim.document)@\(claim.version), paragraph \(claim.paragraph + 1)\n"
        if let later = detail.laterVersion {
            let whereNow = later.rewordedAs.map { "reworded there as \(AssertionID.shown($0))" } ?? "not in it"
            out += "  an earlier version: the latest is \(claim.document)@\(later.number), \(whereNow)\n"
        }
        out += "  \(claim.kind.rawValue), check-worthiness \(String(format: "%.2f", claim.checkworthiness))"
        if !claim.reasons.isEmpty { out += " (\(claim.reasons.joined(separator: "; ")))" }
        out += "\n\n  “\(claim.text)”\n"
        if detail.paragraph != claim.text { out += "\n  In context:\n  \(detail.paragraph)\n" }
        if let note = detail.annotationNote { out += "\n  Added by an analyst: \(note)\n" }
        if let dismissal = claim.dismissal { out += "\n  Dismissed as not a claim: \(dismissal)\n" }
        if !claim.tags.isEmpty { out += "\n  Tags: \(claim.tags.joined(separator: ", "))\n" }
        out += "\nFindings (\(detail.findings.count)):\n"
        for finding in detail.findings {
            out += "  \(AssertionID.shown(finding.id))  \(finding.severity.rawValue) \(finding.rule): \(finding.message)"
            out += finding.dismissal.map { "  (dismissed: \($0))" } ?? ""
            out += "\n"
        }
        out += "\nVerdicts (\(detail.verdicts.count)):\n"
        let current = detail.verdicts.standing.last?.id
        for verdict in detail.verdicts.reversed() {
            let label = verdict.isRetraction ? "retracts" : verdict.id == current ? "current " : detail.verdicts.isRetracted(verdict) ? "taken back" : "earlier "
            out += "  \(label) \(verdict.isRetraction ? retracted(verdict, in: detail.verdicts) : verdict.rating)"
            if let credibility = verdict.credibility { out += ", credibility \(credibility)" }
            if let confidence = verdict.confidence { out += ", \(confidence) confidence" }
            out += " — \(verdict.analyst), \(verdict.createdAt), on version \(verdict.version)\n"
            if let note = verdict.note, !note.isEmpty { out += "      \(note)\n" }
        }
        out += "\nCitations (\(detail.citations.count)):\n"
        for citation in detail.citations {
            out += "  [\(citation.stance)] \(citation.title.map { $0 + " — " } ?? "")\(citation.url)"
            out += " (\(citation.analyst))\n"
            if let quote = citation.quote, !quote.isEmpty { out += "      “\(quote)”\n" }
            if let file = citation.fileName, let hash = citation.fileHash { out += "      file: \(file) (sha256 \(hash.prefix(12)))\n" }
        }
        return out
    }

    /// What a retraction took back: "the inaccurate of 2026-12-07T…".
    private static func retracted(_ retraction: VerdictEntry, in history: [VerdictEntry]) -> String {
        guard let target = history.first(where: { $0.id == retraction.retracts }) else { return "an earlier verdict" }
        return "\(target.analyst)'s \(target.rating) of \(target.createdAt)"
    }
}
