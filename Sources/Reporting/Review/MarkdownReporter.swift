import AssayCore
import AssayText
import Foundation

/// The report as Markdown that reads well on a code-hosting site: a header, the summary, the
/// document paragraph by paragraph with its flagged and reviewed assertions as blockquotes, and
/// the claims, sources and estimates tables. All document, note and citation text is escaped.
public struct MarkdownReporter: ReviewReporter {
    public let fileExtension = "md"

    public init() {}

    public func render(_ reports: [ReviewReport]) -> String {
        reports.map(render).joined(separator: "\n---\n\n")
    }

    private func render(_ report: ReviewReport) -> String {
        var out = header(report) + summary(report) + documentSection(report)
        out += claimsTable(report) + sourcesTable(report) + estimatesTable(report) + orphanedTable(report)
        return out
    }

    private func header(_ report: ReviewReport) -> String {
        let header = report.document.header
        let out = "# \(MarkdownText.escape(header.title ?? header.name))\n\n"
        var facts: [String] = []
        if let url = header.url { facts.append("**Source:** " + MarkdownText.link(url, url: url)) }
        if let publisher = header.publisher { facts.append("**Publisher:** \(MarkdownText.escape(publisher))") }
        if let version = header.version { facts.append("**Version:** \(version) of \(header.versions ?? version) (\(MarkdownText.escape(header.name)))") }
        facts.append("**Content hash:** `sha256:\(header.contentHash.prefix(16))…`")
        if let fetchedFrom = header.fetchedFrom, let fetched = header.ingestedAt {
            facts.append("**Fetched:** \(fetched) from " + MarkdownText.link(fetchedFrom, url: fetchedFrom))
        } else if let ingested = header.ingestedAt {
            facts.append("**Ingested:** \(ingested)")
        }
        if let evidence = header.evidenceHash { facts.append("**Evidence:** `\(AssertionID.shown(evidence))` (`assay evidence \(AssertionID.shown(evidence))`)") }
        facts.append("**Analysts:** " + (header.analysts.isEmpty ? "none yet" : header.analysts.map(MarkdownText.escape).joined(separator: ", ")))
        return out + facts.joined(separator: "  \n") + "\n\n"
    }

    private func summary(_ report: ReviewReport) -> String {
        let summary = report.summary
        var out = "## Summary\n\n| | |\n|---|---|\n"
        out += "| Claims | \(summary.assertions) |\n"
        out += "| Check-worthy (score ≥ \(ReviewReport.checkWorthyThreshold)) | \(ReportFormatting.percent(summary.checkWorthyShare)) |\n"
        out += "| Reviewed | \(summary.reviewed) (\(ReportFormatting.percent(summary.reviewedShare))) |\n"
        out += "| Verdicts | \(counts(summary.verdicts)) |\n"
        out += "| Findings | \(counts(summary.findings)) |\n"
        out += "| Self-sourced figures | \(summary.selfSourcedFigures) |\n"
        out += "| Unattributed figures | \(summary.unattributedFigures) |\n\n"
        return out
    }

    /// Each paragraph's text, then its assertions that carry a flag or a verdict, quoted.
    private func documentSection(_ report: ReviewReport) -> String {
        let document = report.document
        var out = "## The document\n\n"
        let text = ScalarIndexedText(document.text)
        let claimsByParagraph = report.claimsByParagraph()
        for paragraph in document.paragraphs {
            out += MarkdownText.escape(text.slice(paragraph.start, paragraph.end)) + "\n\n"
            for claim in claimsByParagraph[paragraph.index] ?? [] {
                let findings = report.findings(of: claim)
                guard !findings.isEmpty || claim.verdict != nil else { continue }
                out += "> “\(MarkdownText.escape(claim.text))” — `\(AssertionID.shown(claim.id))`"
                if let verdict = claim.verdict {
                    out += " · **\(MarkdownText.escape(verdict.rating))** (\(MarkdownText.escape(verdict.analyst)))"
                    for (analyst, rating) in AnalystDisagreement.ratings(of: claim, history: document.verdicts[claim.id]) {
                        out += " · \(MarkdownText.escape(analyst)) disagrees: **\(MarkdownText.escape(rating))**"
                    }
                    if claim.needsReview { out += " — from an earlier wording, needs re-review" }
                }
                out += "\n"
                for finding in findings {
                    out += ">\n> ⚑ \(finding.severity.rawValue) `\(MarkdownText.escape(finding.rule))`: \(MarkdownText.escape(finding.message))\n"
                }
                if let note = claim.verdict?.note, !note.isEmpty { out += ">\n> *Note:* \(MarkdownText.escape(note))\n" }
                out += "\n"
            }
        }
        return out
    }

    private func claimsTable(_ report: ReviewReport) -> String {
        var out = "## Claims\n\n| id | claim | kind | score | findings | verdict | analyst | citations |\n|---|---|---|---|---|---|---|---|\n"
        for claim in report.document.claims {
            let citations = (report.document.citations[claim.id] ?? []).map { citation in
                "\(citation.stance): " + MarkdownText.link(citation.title ?? citation.url, url: citation.url)
            }
            let cells = [
                "`\(AssertionID.shown(claim.id))`", MarkdownText.escape(claim.text), claim.kind.rawValue,
                String(format: "%.2f", claim.checkworthiness), MarkdownText.escape(ReportFormatting.flags(claim.flags)),
                MarkdownText.escape(claim.verdict?.rating ?? "—"), MarkdownText.escape(claim.verdict?.analyst ?? ""),
                citations.joined(separator: "<br>"),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    private func sourcesTable(_ report: ReviewReport) -> String {
        guard !report.sources.isEmpty else { return "## Sources\n\nNo attributed source.\n\n" }
        var out = "## Sources\n\n| source | cited | grade | publisher or affiliate |\n|---|---|---|---|\n"
        for source in report.sources {
            out += "| \(MarkdownText.escape(source.name)) | \(source.count) | \(source.reliability ?? "—") | \(source.selfSourced ? "yes" : "no") |\n"
        }
        return out + "\n"
    }

    private func estimatesTable(_ report: ReviewReport) -> String {
        guard !report.estimates.isEmpty else { return "## Numeric estimates\n\nNo figure.\n" }
        var out = "## Numeric estimates\n\n| figure | bound | value | referent | attribution | verdict |\n|---|---|---|---|---|---|\n"
        for row in report.estimates {
            let cells = [
                MarkdownText.escape(row.figure), row.bound, ReportFormatting.value(row), MarkdownText.escape(row.referent ?? "—"),
                MarkdownText.escape(ReportFormatting.attribution(row)), MarkdownText.escape(row.verdict ?? "—"),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func orphanedTable(_ report: ReviewReport) -> String {
        guard !report.document.orphaned.isEmpty else { return "" }
        var out = "\n## Orphaned verdicts\n\nThese claims are gone from this version, even reworded; their verdicts are kept here.\n\n"
        out += "| id | last wording | last version | verdict | analyst |\n|---|---|---|---|---|\n"
        for orphan in report.document.orphaned {
            let cells = ["`\(AssertionID.shown(orphan.assertion))`", MarkdownText.escape(orphan.text), String(orphan.lastVersion),
                         MarkdownText.escape(orphan.verdict.rating), MarkdownText.escape(orphan.verdict.analyst)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func counts(_ values: [String: Int]) -> String {
        values.isEmpty ? "none" : values.sorted { $0.key < $1.key }.map { "\(MarkdownText.escape($0.key)) \($0.value)" }.joined(separator: ", ")
    }
}
