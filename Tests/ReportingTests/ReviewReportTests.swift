import AssayCore
import Foundation
import Reporting
import ReviewStore
import Testing

@Suite("The review report model")
struct ReviewReportTests {
    @Test("summary figures are the document's: counts, shares, current verdicts, findings by category")
    func summary() throws {
        let (_, report) = try SeedReports.reviewedSeed(0)
        let claims = report.document.claims
        let summary = report.summary
        #expect(summary.assertions == claims.count)
        #expect(summary.reviewed == 3)
        #expect(abs(summary.reviewedShare - 3 / Double(claims.count)) < 1e-12)
        // Bob's later 'inaccurate' supersedes Ann's 'unsupported' on the first claim.
        #expect(summary.verdicts == ["inaccurate": 1, "misleading": 1, "accurate": 1])
        #expect(summary.findings["numeric"] == report.document.findings.filter { $0.category == "numeric" }.count)
        let worthy = claims.filter { $0.checkworthiness >= ReviewReport.checkWorthyThreshold }.count
        #expect(abs(summary.checkWorthyShare - Double(worthy) / Double(claims.count)) < 1e-12)
        #expect(report.document.header.analysts == ["ann", "bob"])
        #expect(report.findingsPerParagraph.reduce(0, +) == report.document.findings.count)
    }

    @Test("estimates list every figure but dates, with bound, referent and the claim's verdict")
    func estimates() throws {
        let (_, report) = try SeedReports.reviewedSeed(0)
        let crowd = try #require(report.estimates.first { $0.figure == "as many as 100,000 Iranian expatriates" })
        #expect(crowd.bound == "upper")
        #expect(crowd.value == 100_000)
        #expect(crowd.referent == "Iranian expatriates")
        let massacre = try #require(report.estimates.first { $0.figure.contains("30,000") })
        #expect(massacre.bound == "lower")
        #expect(!report.estimates.contains { $0.figure == "2019" })
        let reviewed = report.estimates.filter { $0.verdict != nil }
        #expect(!reviewed.isEmpty)
        for row in reviewed {
            #expect(report.claim(row.claim)?.verdict?.rating == row.verdict)
        }
    }

    @Test("sources: each attributed source once per span, with the registry's grade and self-sourcing")
    func sources() throws {
        let (_, report) = try SeedReports.reviewedSeed(0)
        let ncri = try #require(report.sources.first { $0.name == "National Council of Resistance of Iran" })
        #expect(ncri.reliability == "D")
        #expect(ncri.selfSourced)
        #expect(ncri.wordings.contains("Mrs. Maryam Rajavi, the President-elect of NCRI"))
        // named-source and self-sourced flag the same span: it is one citation of the source.
        let spans = Set(report.document.findings.filter { $0.category == "attribution" && $0.fields["source"] != nil && $0.fields["source"] != .null }
            .map { [$0.start, $0.end] })
        #expect(report.sources.reduce(0) { $0 + $1.count } == spans.count)
        #expect(report.sources.map(\.count) == report.sources.map(\.count).sorted(by: >))
    }

    @Test("a dismissed flag is left out of the report")
    func dismissedFlagLeftOut() throws {
        let (workbench, report) = try SeedReports.reviewedSeed(0)
        let finding = try #require(report.document.findings.first)
        _ = try workbench.dismissFinding(finding.id, reason: "fine here", undo: false, analyst: "ann")
        let after = ReviewReport(try workbench.reviewedDocument(report.document.header.name))
        #expect(!after.document.findings.contains { $0.id == finding.id })
        #expect(after.document.findings.count == report.document.findings.count - 1)
    }
}
