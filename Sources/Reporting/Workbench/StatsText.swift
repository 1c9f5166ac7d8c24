import AssayCore
import Foundation

/// `assay stats`: review progress per document, how often each rule's flags were dismissed, and
/// the agreement of each pair of analysts.
public enum StatsText {
    public static func render(_ stats: WorkbenchStats) -> String {
        var out = "Documents\n"
        for document in stats.documents {
            out += "  \(document.document)@\(document.version): \(Noun.count(document.assertions, "claim")), "
            out += "\(document.reviewed) reviewed (\(percent(document.reviewedShare)))"
            if document.dismissed > 0 { out += ", \(document.dismissed) dismissed" }
            out += "\n    verdicts: \(counts(document.verdicts))\n    findings: \(counts(document.findings))\n"
        }
        if stats.documents.count > 1 {
            let totals = stats.totals
            out += "  total, \(Noun.count(totals.documents, "document")): \(Noun.count(totals.assertions, "claim")), "
            out += "\(totals.reviewed) reviewed (\(percent(totals.reviewedShare)))"
            if totals.dismissed > 0 { out += ", \(totals.dismissed) dismissed" }
            out += "\n    verdicts: \(counts(totals.verdicts))\n    findings: \(counts(totals.findings))\n"
        }
        out += "\nRules (findings dismissed by analysts)\n"
        for rule in stats.rules {
            out += "  \(AssertionFormatting.pad(rule.rule, 36)) \(rule.dismissed)/\(rule.findings) (\(percent(rule.dismissalRate)))\n"
        }
        out += "\nAnalyst agreement\n"
        if stats.agreement.isEmpty { out += "  no claim has verdicts from two analysts yet\n" }
        for pair in stats.agreement {
            let kappa = pair.kappa.map { String(format: "%.3f", $0) } ?? "undefined"
            out += "  \(pair.analysts.joined(separator: " × ")): \(pair.agreed)/\(pair.shared) agree, Cohen's kappa \(kappa)\n"
        }
        return out
    }

    private static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

    private static func counts(_ values: [String: Int]) -> String {
        values.isEmpty ? "none" : values.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
