import Foundation
@testable import ReviewStore
import Testing

@Suite("Verdicts follow their claims through edits")
struct VerdictAnchoringTests {
    private static let original = """
        Headline

        The ministry said 40 people were arrested on Monday in the capital. Officials later released twelve of them.

        The opposition called the arrests a disgrace. Western nations have a moral duty to respond.

        Observers counted about 2,000 protesters in the main square.
        """

    private func verdict(_ fixture: WorkbenchFixture, _ prefix: String, _ rating: String) throws -> String {
        let claim = try #require(try fixture.claims().first { $0.text.hasPrefix(prefix) })
        _ = try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: rating, analyst: "ann"))
        return claim.id
    }

    @Test("tags follow a reworded claim: listed, searched and removed on its new id")
    func tagsFollow() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(Self.original, name: "news")
        let old = try #require(try fixture.claims().first { $0.text.hasPrefix("The ministry said 40 people") }).id
        _ = try fixture.workbench.tag(old, tags: ["arrests", "needs-expert"], analyst: "ann")
        let edited = Self.original.replacingOccurrences(of: "The ministry said 40 people were arrested on Monday in the capital.",
                                                        with: "The ministry said 45 people were arrested on Monday in the capital city.")
        try fixture.ingest(edited, name: "news")
        let moved = try #require(try fixture.claims().first { $0.text.hasPrefix("The ministry said 45 people") })
        #expect(moved.id != old)
        #expect(moved.tags == ["arrests", "needs-expert"])
        var filter = ClaimFilter(document: "news")
        filter.tag = "arrests"
        #expect(try fixture.workbench.claims(filter).map(\.id) == [moved.id])
        #expect(try fixture.workbench.search("arrested", tag: "arrests").map(\.assertion) == [moved.id])
        // The earlier wording is still found, with the version that had it, when asked for.
        let all = try fixture.workbench.search("arrested", tag: "arrests", allVersions: true)
        #expect(Set(all.map(\.assertion)) == [moved.id, old])
        #expect(all.first { $0.assertion == old }?.version == 1 && all.first { $0.assertion == moved.id }?.version == nil)
        #expect(try fixture.workbench.untag(moved.id, tags: ["needs-expert"], analyst: "ann") == ["arrests"])
        #expect(try fixture.workbench.tag(moved.id, tags: ["checked"], analyst: "ann") == ["arrests", "checked"])
    }

    @Test("unchanged keeps its verdict, reworded carries it for re-review, removed is orphaned and listed")
    func threeFates() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(Self.original, name: "news")
        let kept = try verdict(fixture, "Officials later released", "accurate")
        let reworded = try verdict(fixture, "The ministry said 40 people", "mixed")
        let removed = try verdict(fixture, "Western nations have a moral duty", "not-checkable")
        _ = try fixture.workbench.cite(CitationRequest(claim: reworded, url: "https://example.org/ministry", stance: .supports,
                                                       analyst: "ann"))

        let edited = Self.original
            .replacingOccurrences(of: "The ministry said 40 people were arrested on Monday in the capital.",
                                  with: "The ministry said 45 people were arrested on Monday in the capital city.")
            .replacingOccurrences(of: " Western nations have a moral duty to respond.", with: "")
        let outcome = try fixture.ingest(edited, name: "news")
        #expect(outcome.version == 2)
        #expect(outcome.carriedVerdicts == 1)
        #expect(outcome.reworded == 1)
        #expect(outcome.orphaned == 1)

        let claims = try fixture.claims()
        #expect(claims.first { $0.id == kept }?.verdict?.rating == "accurate")
        #expect(claims.first { $0.id == kept }?.needsReview == false)
        let moved = try #require(claims.first { $0.text.hasPrefix("The ministry said 45 people") })
        #expect(moved.id != reworded)
        #expect(moved.verdict?.rating == "mixed")
        #expect(moved.needsReview)
        var unreviewed = ClaimFilter()
        unreviewed.unreviewed = true
        #expect(try fixture.workbench.claims(unreviewed).contains { $0.id == moved.id }, "re-review is still to do")
        // Its history and evidence come with it, in show and in reports.
        let detail = try fixture.workbench.show(moved.id)
        #expect(detail.verdicts.map(\.rating) == ["mixed"])
        #expect(detail.citations.map(\.url) == ["https://example.org/ministry"])
        let report = try fixture.workbench.reviewedDocument("news")
        #expect(report.verdicts[moved.id]?.map(\.rating) == ["mixed"])
        #expect(report.citations[moved.id]?.count == 1)

        let orphans = try fixture.workbench.orphanedVerdicts()
        #expect(orphans.map(\.assertion) == [removed])
        #expect(orphans.first?.text == "Western nations have a moral duty to respond.")
        #expect(orphans.first?.lastVersion == 1)
        #expect(orphans.first?.verdict.rating == "not-checkable")
        #expect(try fixture.workbench.reviewedDocument("news").orphaned == orphans)

        // Confirming the reworded claim gives it a verdict of its own.
        _ = try fixture.workbench.recordVerdict(VerdictRequest(claim: moved.id, rating: "accurate", analyst: "bob"))
        let confirmed = try #require(try fixture.claims().first { $0.id == moved.id })
        #expect(confirmed.verdict?.rating == "accurate")
        #expect(!confirmed.needsReview)
    }

    @Test("a verdict follows its claim across several versions and a moved paragraph")
    func chainAndMove() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(Self.original, name: "news")
        _ = try verdict(fixture, "Observers counted about 2,000", "misleading")
        let second = Self.original.replacingOccurrences(of: "Observers counted about 2,000 protesters in the main square.",
                                                        with: "Observers counted roughly 2,000 protesters in the main square.")
        try fixture.ingest(second, name: "news")
        // Third version: reworded again and moved to the top.
        let third = "Headline\n\nObservers counted nearly 2,000 protesters in the main square of the capital.\n\n"
            + Self.original.components(separatedBy: "\n\n").dropFirst().dropLast().joined(separator: "\n\n")
        let outcome = try fixture.ingest(third, name: "news")
        #expect(outcome.version == 3)
        #expect(outcome.reworded == 1)
        #expect(outcome.orphaned == 0)
        let claim = try #require(try fixture.claims().first { $0.text.hasPrefix("Observers counted nearly 2,000") })
        #expect(claim.verdict?.rating == "misleading")
        #expect(claim.needsReview)
        #expect(claim.paragraph == 1)
        #expect(try fixture.workbench.orphanedVerdicts().isEmpty)
    }

    @Test("an unrelated new sentence does not take an orphaned verdict")
    func unrelated() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(Self.original, name: "news")
        _ = try verdict(fixture, "The opposition called the arrests a disgrace", "mixed")
        let edited = Self.original.replacingOccurrences(of: "The opposition called the arrests a disgrace.",
                                                        with: "The weather in the capital was mild for the season.")
        let outcome = try fixture.ingest(edited, name: "news")
        #expect(outcome.reworded == 0)
        #expect(outcome.orphaned == 1)
        #expect(try fixture.claims().allSatisfy { $0.verdict == nil })
    }
}
