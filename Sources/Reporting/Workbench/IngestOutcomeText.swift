import AssayCore
import Comparison

/// `assay ingest`'s text output: a line per document, and under a new version's, what changed.
public enum IngestOutcomeText {
    /// The outcome as one line.
    public static func line(_ outcome: IngestOutcome) -> String {
        let name = "\(outcome.document)@\(outcome.version)"
        let (assertions, findings) = (outcome.assertions, outcome.findings)
        var line = switch outcome.status {
        case .unchanged: "unchanged    \(name): identical text already stored"
        case .created: "stored       \(name): \(Noun.count(assertions, "claim")), \(Noun.count(findings, "finding"))"
        case .newVersion:
            "new version  \(name): \(Noun.count(assertions, "claim")), \(Noun.count(findings, "finding")); "
                + (outcome.carriedVerdicts == 1 ? "1 claim keeps its verdict" : "\(outcome.carriedVerdicts) claims keep their verdicts")
        }
        if outcome.reworded > 0 { line += "; \(outcome.reworded) reworded, their verdicts need re-review" }
        if outcome.orphaned > 0 { line += "; \(outcome.orphaned) with verdicts no longer found (see 'assay claims --orphaned')" }
        if !outcome.unplacedAnnotations.isEmpty {
            line += "; \(outcome.unplacedAnnotations.count) added claim(s) no longer found in the text"
        }
        return line + "\n"
    }

    /// What changed since version `previous`, indented under the outcome's line.
    public static func changes(_ summary: DiffSummary, since previous: Int) -> String {
        "             diff @\(previous): " + DiffWording.summaryLine(summary) + "\n"
    }
}
