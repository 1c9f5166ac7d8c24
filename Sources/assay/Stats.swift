import ArgumentParser
import Foundation
import ReviewStore

/// `assay stats`: progress, verdicts, rule precision and analyst agreement.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Review progress per document, dismissal rate per rule, agreement per analyst pair.",
        discussion: """
        Per document (latest version): assertions (not counting those dismissed as not \
        claims), the share with a verdict, current verdicts by rating, standing findings by \
        category. Per rule: how many of its flags analysts dismissed — a running precision \
        estimate for rule authors. Per pair of analysts: Cohen's kappa on the assertions both \
        rated (each analyst's latest verdict).

        Examples:
          assay stats
          assay stats --format json
        """
    )

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Workbench")
    var workbench: WorkbenchOptions

    func run() throws {
        let store = try workbench.open(.read)
        let stats = try store.stats()
        if format == .json { return printJSON(stats) }
        var out = "Documents\n"
        for document in stats.documents {
            out += "  \(document.document)@\(document.version): \(document.assertions) assertions, "
            out += "\(document.reviewed) reviewed (\(percent(document.reviewedShare)))"
            if document.dismissed > 0 { out += ", \(document.dismissed) dismissed" }
            out += "\n    verdicts: \(counts(document.verdicts))\n    findings: \(counts(document.findings))\n"
        }
        out += "\nRules (flags dismissed by analysts)\n"
        for rule in stats.rules {
            out += "  \(ClaimFormatting.pad(rule.rule, 36)) \(rule.dismissed)/\(rule.findings) (\(percent(rule.dismissalRate)))\n"
        }
        out += "\nAnalyst agreement\n"
        if stats.agreement.isEmpty { out += "  no assertion has verdicts from two analysts yet\n" }
        for pair in stats.agreement {
            let kappa = pair.kappa.map { String(format: "%.3f", $0) } ?? "undefined"
            out += "  \(pair.analysts.joined(separator: " × ")): \(pair.agreed)/\(pair.shared) agree, Cohen's kappa \(kappa)\n"
        }
        StandardStream.standardOutput.write(out)
    }

    private func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }

    private func counts(_ values: [String: Int]) -> String {
        values.isEmpty ? "none" : values.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
