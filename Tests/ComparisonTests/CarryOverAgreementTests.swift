import AssayCore
import Comparison
import Foundation
import ReviewStore
import TestSupport
import Testing

/// Ingest carries verdicts to a new version and `assay diff` shows what became of them: both
/// pair old and new assertions the same way, so they tell the analyst the same story.
@Suite("Verdict carry-over and the diff agree")
struct CarryOverAgreementTests {
    @Test("two old assertions alike one new one: one verdict needs re-review on it, the other is orphaned, in ingest, claims and diff")
    func lookAlikes() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbench = try Workbench.open(path: folder.appendingPathComponent("agree.sqlite").path, access: .create)
        let old = """
            Regime Raises Domestic Repression Against the Opposition

            Regime raises domestic repression against the opposition movement

            Officials said 40 people were arrested on Monday.
            """
        let new = """
            Regime raises domestic repression against this opposition

            Officials said 40 people were arrested on Monday.
            """
        _ = try workbench.ingest(IngestRequest(document: try ShippedRules.document(text: old), name: "news", analyst: "ann"))
        let version1 = try workbench.reviewedDocument("news", version: 1)
        #expect(version1.claims.count == 3)
        for (claim, rating) in zip(version1.claims.prefix(2), ["misleading", "mixed"]) {
            _ = try workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: rating, analyst: "ann"))
        }
        let outcome = try workbench.ingest(IngestRequest(document: try ShippedRules.document(text: new), name: "news", analyst: "ann"))
        let diff = DocumentDiff(old: try workbench.reviewedDocument("news", version: 1),
                                new: try workbench.reviewedDocument("news", version: 2))
        #expect(outcome.reworded == diff.summary.verdictsNeedingReview)
        #expect(outcome.orphaned == diff.summary.verdictsOrphaned)
        #expect(outcome.reworded == 1 && outcome.orphaned == 1)
        let orphans = try workbench.orphanedVerdicts(document: "news")
        #expect(orphans.map(\.assertion) == diff.orphaned.compactMap(\.old?.id))
        // The reworded assertion carries the verdict of the old assertion the diff pairs it with.
        let modified = try #require(diff.entries.first { $0.status == .modified })
        let carried = try #require(try workbench.claims().first { $0.id == modified.new?.id })
        #expect(carried.verdict?.rating == modified.verdict?.rating)
        #expect(carried.needsReview)
    }
}
