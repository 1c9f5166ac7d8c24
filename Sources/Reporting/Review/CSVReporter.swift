import AssayCore
import Foundation

/// The report as CSV (RFC 4180): a header row, then one row per assertion of every document, in
/// document order. Records end with CRLF; a field with a comma, a double quote, CR or LF is
/// quoted, with its double quotes doubled. Columns (docs/report-csv.md):
///
/// `document`, `version`, `id`, `paragraph`, `start`, `end`, `kind`, `checkworthiness`, `text`,
/// `flags` (`attribution:2;numeric:1`), `rules` (the rule ids of its standing findings),
/// `verdict`, `credibility`, `confidence`, `analyst`, `verdict_date` (`YYYY-MM-DD`, UTC), `note`,
/// `citations` (how many), `citation_urls`, `tags`. Lists are `;`-separated; an empty field is
/// an unknown or absent value.
///
/// Against formula injection (OWASP, "CSV Injection"), a text field that begins with `=`, `+`,
/// `-`, `@`, tab or CR starts with an added `'`. Numeric columns are plain numbers.
public struct CSVReporter: ReviewReporter {
    public let fileExtension = "csv"

    public static let columns = ["document", "version", "id", "paragraph", "start", "end", "kind", "checkworthiness", "text",
                                 "findings", "rules", "verdict", "credibility", "confidence", "analyst", "verdict_date", "note",
                                 "citations", "citation_urls", "tags"]

    public init() {}

    public func render(_ reports: [ReviewReport]) -> String {
        var out = CSVText.record(CSVReporter.columns.map(CSVText.text))
        for report in reports {
            for claim in report.document.claims {
                out += CSVText.record(row(claim, in: report))
            }
        }
        return out
    }

    private func row(_ claim: ReviewedAssertion, in report: ReviewReport) -> [String] {
        let header = report.document.header
        let verdict = claim.verdict
        let citations = report.document.citations[claim.id] ?? []
        var rules: [String] = []
        for finding in report.findings(of: claim) where !rules.contains(finding.rule) { rules.append(finding.rule) }
        return [
            CSVText.text(header.name), header.version.map(CSVText.number) ?? "", CSVText.text(claim.id),
            CSVText.number(claim.paragraph), CSVText.number(claim.start), CSVText.number(claim.end),
            CSVText.text(claim.kind.rawValue), String(format: "%.2f", claim.checkworthiness), CSVText.text(claim.text),
            CSVText.text(claim.flags.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ";")),
            CSVText.text(rules.joined(separator: ";")),
            CSVText.text(verdict?.rating ?? ""), verdict?.credibility.map(CSVText.number) ?? "",
            CSVText.text(verdict?.confidence ?? ""), CSVText.text(verdict?.analyst ?? ""),
            verdict.flatMap { ReportDate.day($0.createdAt) } ?? "", CSVText.text(verdict?.note ?? ""),
            CSVText.number(citations.count),
            CSVText.text(citations.map { $0.url.replacingOccurrences(of: ";", with: "%3B") }.joined(separator: ";")),
            CSVText.text(claim.tags.joined(separator: ";")),
        ]
    }
}
