import AssayCore
import Comparison
import Foundation
import ReviewStore
import Testing
import TestSupport

@Suite("Version diff of stored versions, with verdicts")
struct StoredVersionDiffTests {
    @Test("verdicts on version 1: kept when unchanged or moved, needing re-review when modified, orphaned when removed")
    func verdictCarry() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbench = try Workbench.open(path: folder.appendingPathComponent("diff.sqlite").path, access: .create)
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.swap(try SeedEdits.edit(old, [
            ("over 30,000 political prisoners", "over 3,000 political prisoners"),
            ("The diplomat, Assadollah Assadi, was arrested sometime after the couple, and all three are imminently expected to go on trial in Belgium.\n", ""),
        ]), "Even when participation involved traveling to France, the rallies in support of regime change tended to attract as many as 100,000 Iranian expatriates from around the world. Hundreds of high-profile political dignitaries were also a regular feature of the gatherings. And many of the same personalities will address the global summit remotely from Washington, Paris, Berlin, and other world capitals.",
            "As participation in the newly restructured event is poised to increase, the same can be said of the Iranian regime’s anxiety over so many pro-democracy voices assembling on the same day, to promote the same agenda. Tehran’s backlash against the prior gatherings had become more transparent in recent years.")
        _ = try workbench.ingest(IngestRequest(document: try ShippedRules.document(text: old), name: "mek", analyst: "ann"))
        let version1 = try workbench.reviewedDocument("mek", version: 1)
        func claim(_ words: String) throws -> ReviewedAssertion { try #require(version1.claims.first { $0.text.contains(words) }) }
        let unchanged = try claim("The French bomb plot was only one")
        let moved = try claim("Tehran’s backlash against")
        let modified = try claim("over 30,000 political prisoners")
        let removed = try claim("The diplomat, Assadollah Assadi")
        for (target, rating) in [(unchanged, "accurate"), (moved, "mixed"), (modified, "misleading"), (removed, "unsupported")] {
            _ = try workbench.recordVerdict(VerdictRequest(claim: "mek:" + target.id, rating: rating, note: "checked", analyst: "ann"))
        }
        let outcome = try workbench.ingest(IngestRequest(document: try ShippedRules.document(text: new), name: "mek", analyst: "ann"))
        #expect(outcome.status == .newVersion && outcome.version == 2)

        let diff = DocumentDiff(old: try workbench.reviewedDocument("mek", version: 1), new: try workbench.reviewedDocument("mek", version: 2))
        func entry(_ id: String) -> DiffEntry? { diff.entries.first { $0.old?.id == id } }
        #expect(entry(unchanged.id)?.status == .unchanged)
        #expect(entry(unchanged.id)?.carry == .kept)
        #expect(entry(unchanged.id)?.verdict?.rating == "accurate")
        #expect(entry(moved.id)?.status == .moved)
        #expect(entry(moved.id)?.carry == .kept)
        #expect(entry(modified.id)?.status == .modified)
        #expect(entry(modified.id)?.carry == .needsReview)
        #expect(entry(modified.id)?.verdict?.rating == "misleading")
        #expect(entry(modified.id)?.new?.text.contains("over 3,000") == true)
        #expect(entry(removed.id)?.status == .removed)
        #expect(entry(removed.id)?.carry == .orphaned)
        #expect(diff.orphaned.map { $0.old?.id } == [removed.id])
        #expect(diff.orphaned.first?.verdict?.rating == "unsupported")
        #expect(diff.summary.verdictsKept == 2 && diff.summary.verdictsNeedingReview == 1 && diff.summary.verdictsOrphaned == 1)
        // The assertions without a verdict carry nothing.
        #expect(diff.entries.filter { $0.carry != nil }.count == 4)
    }

    @Test("a verdict recorded on a later version does not count as the earlier version's")
    func laterVerdictNotCarried() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbench = try Workbench.open(path: folder.appendingPathComponent("diff.sqlite").path, access: .create)
        let old = try SeedEdits.text(SeedEdits.seed000)
        let new = try SeedEdits.edit(old, [("over 30,000 political prisoners", "over 3,000 political prisoners")])
        _ = try workbench.ingest(IngestRequest(document: try ShippedRules.document(text: old), name: "mek", analyst: "ann"))
        _ = try workbench.ingest(IngestRequest(document: try ShippedRules.document(text: new), name: "mek", analyst: "ann"))
        let version2 = try workbench.reviewedDocument("mek", version: 2)
        let unchanged = try #require(version2.claims.first { $0.text.contains("The French bomb plot") })
        _ = try workbench.recordVerdict(VerdictRequest(claim: "mek:" + unchanged.id, rating: "accurate", analyst: "ann"))
        let diff = DocumentDiff(old: try workbench.reviewedDocument("mek", version: 1), new: try workbench.reviewedDocument("mek", version: 2))
        let entry = try #require(diff.entries.first { $0.new?.id == unchanged.id })
        #expect(entry.verdict == nil && entry.carry == nil)
        #expect(entry.newVerdict?.rating == "accurate")
    }
}
