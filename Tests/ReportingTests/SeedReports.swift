import AssayCore
import Foundation
import Reporting
import ReviewStore
import TestSupport

/// Reports for the reporting tests: a seed stored in a temporary workbench with verdicts from two
/// analysts and citations, or any text analyzed without one.
enum SeedReports {
    static func document(text: String, source: String = "article.txt") throws -> Document {
        try ShippedRules.document(text: text, source: source)
    }

    /// `text` analyzed without a workbench.
    static func unreviewed(_ text: String) throws -> ReviewReport {
        ReviewReport(ReviewedDocument(unreviewed: try document(text: text)))
    }

    /// Seed `index` in a new workbench with the registry imported, verdicts on its first three
    /// figure-bearing claims (one changed by a second analyst) and a refuting citation.
    static func reviewedSeed(_ index: Int = 0) throws -> (workbench: Workbench, report: ReviewReport) {
        let path = try Repository.temporaryFolder().appendingPathComponent("report.sqlite").path
        let workbench = try Workbench.open(path: path, access: .create)
        let name = Repository.seedNames[index]
        let text = try String(contentsOf: Repository.seed(name), encoding: .utf8)
        let outcome = try workbench.ingest(IngestRequest(document: try document(text: text, source: "seeds/" + name),
                                                         url: "https://www.example.org/seed-\(index)", analyst: "ann"))
        _ = try workbench.importSources([SourceEntry(name: "National Council of Resistance of Iran", aliases: ["NCRI"],
                                                     affiliations: ["People's Mojahedin Organization of Iran"], reliability: "D")],
                                        analyst: "ann")
        let figures = try workbench.claims().filter { $0.flags["numeric"] != nil }.prefix(3)
        for (claim, rating) in zip(figures, ["unsupported", "misleading", "accurate"]) {
            _ = try workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: rating, credibility: 4,
                                                          note: "Checked <b>against</b> \"Amnesty\" & others", analyst: "ann"))
        }
        if let first = figures.first {
            _ = try workbench.recordVerdict(VerdictRequest(claim: first.id, rating: "inaccurate", analyst: "bob"))
            _ = try workbench.cite(CitationRequest(claim: first.id, url: "https://www.amnesty.org/en/documents/mde13/9421/2018/en/",
                                                   title: "Blood-soaked secrets", quote: "at least 5,000", stance: .refutes,
                                                   analyst: "bob"))
        }
        return (workbench, ReviewReport(try workbench.reviewedDocument(outcome.document)))
    }
}
