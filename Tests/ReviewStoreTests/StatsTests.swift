import AssayCore
import Foundation
@testable import ReviewStore
import Testing

@Suite("Statistics: review progress, rule dismissal rates, analyst agreement")
struct StatsTests {
    @Test("Cohen's kappa matches the textbook 2×2 example (20/5/10/15 of 50 → 0.4)")
    func textbookKappa() throws {
        let pairs = Array(repeating: ("yes", "yes"), count: 20) + Array(repeating: ("yes", "no"), count: 5)
            + Array(repeating: ("no", "yes"), count: 10) + Array(repeating: ("no", "no"), count: 15)
        let kappa = try #require(CohenKappa.kappa(pairs))
        #expect(abs(kappa - 0.4) < 1e-12)
        #expect(CohenKappa.kappa([("a", "a"), ("a", "a")]) == nil)  // chance agreement is total
        #expect(CohenKappa.kappa([(String, String)]()) == nil)
        #expect(CohenKappa.kappa([("a", "a"), ("b", "b")]) == 1)
    }

    @Test("two analysts on four shared claims: kappa by hand is 0.4375 / 0.6875")
    func workbenchKappa() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(try WorkbenchFixture.seedText(0), source: "seed.txt")
        let claims = Array(try fixture.claims().prefix(5))
        let ann = ["accurate", "accurate", "mixed", "misleading", "mixed"]
        let bob = ["accurate", "mixed", "mixed", "misleading"]
        for (claim, rating) in zip(claims, ann) {
            try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: rating, analyst: "ann"))
        }
        // Bob first rates claim 0 'inaccurate', then changes his mind: only his latest verdict counts.
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claims[0].id, rating: "inaccurate", analyst: "bob"))
        for (claim, rating) in zip(claims, bob) {
            try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: rating, analyst: "bob"))
        }
        let stats = try fixture.workbench.stats()
        let pair = try #require(stats.agreement.first)
        #expect(stats.agreement.count == 1)
        #expect(pair.analysts == ["ann", "bob"])
        #expect(pair.shared == 4)
        #expect(pair.agreed == 3)
        // po = 3/4; pe = .5×.25 (accurate) + .25×.5 (mixed) + .25×.25 (misleading) = .3125
        #expect(abs((pair.kappa ?? 0) - 0.4375 / 0.6875) < 1e-12)
        let document = try #require(stats.documents.first)
        #expect(document.reviewed == 5)
        #expect(document.verdicts == ["accurate": 1, "mixed": 3, "misleading": 1])
        #expect(abs(document.reviewedShare - 5 / Double(document.assertions)) < 1e-12)
    }

    @Test("a dismissed finding leaves the claim's flags and counts against its rule; undo restores it")
    func findingDismissal() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(try WorkbenchFixture.seedText(0), source: "seed.txt")
        let findings = try fixture.workbench.findings()
        let finding = try #require(findings.first { $0.rule == "framing.name-calling" && $0.assertion != nil })
        let ruleTotal = findings.filter { $0.rule == finding.rule }.count
        let claimID = try #require(finding.assertion)
        let flagsBefore = try fixture.workbench.show(claimID).claim.flags["framing"] ?? 0

        _ = try fixture.workbench.dismissFinding(String(finding.id.prefix(10)), reason: "a fair description here", undo: false, analyst: "ann")
        #expect(try fixture.workbench.show(claimID).claim.flags["framing"] ?? 0 == flagsBefore - 1)
        #expect(try fixture.workbench.findings().first { $0.id == finding.id }?.dismissal == "a fair description here")
        let rule = try #require(try fixture.workbench.stats().rules.first { $0.rule == finding.rule })
        #expect(rule.findings == ruleTotal)
        #expect(rule.dismissed == 1)
        #expect(abs(rule.dismissalRate - 1 / Double(ruleTotal)) < 1e-12)
        #expect(throws: WorkbenchError.self) {
            try fixture.workbench.dismissFinding(finding.id, reason: "again", undo: false, analyst: "ann")
        }

        _ = try fixture.workbench.dismissFinding(finding.id, reason: nil, undo: true, analyst: "bob")
        #expect(try fixture.workbench.show(claimID).claim.flags["framing"] ?? 0 == flagsBefore)
        #expect(try fixture.workbench.stats().rules.first { $0.rule == finding.rule }?.dismissed == 0)
        #expect(try fixture.count("SELECT count(*) FROM dismissals WHERE undone_by = 'bob'") == 1)
    }

    @Test("the source registry: add, rate, affiliate, import merges; bad grades and duplicates refused")
    func sources() throws {
        let fixture = try WorkbenchFixture()
        try fixture.workbench.addSource(SourceEntry(name: "Amnesty International", aliases: ["Amnesty"], type: "ngo", reliability: "B"),
                                        analyst: "ann")
        #expect(throws: WorkbenchError.self) {
            try fixture.workbench.addSource(SourceEntry(name: "AMNESTY"), analyst: "ann")
        }
        #expect(try fixture.workbench.rateSource("amnesty", grade: "a", analyst: "ann").reliability == "A")
        #expect(throws: WorkbenchError.self) { try fixture.workbench.rateSource("Amnesty", grade: "G", analyst: "ann") }
        #expect(throws: WorkbenchError.unknownSource("Nobody")) { try fixture.workbench.rateSource("Nobody", grade: "C", analyst: "ann") }
        let result = try fixture.workbench.importSources([
            SourceEntry(name: "Amnesty International", aliases: ["AI"], notes: "London"),
            SourceEntry(name: "MEK", affiliations: ["NCRI"], reliability: "E"),
        ], analyst: "ann")
        #expect(result.added == 1 && result.updated == 1)
        _ = try fixture.workbench.affiliateSource("MEK", with: "Maryam Rajavi", analyst: "ann")
        let sources = try fixture.workbench.sources()
        #expect(sources == [
            SourceEntry(name: "Amnesty International", aliases: ["Amnesty", "AI"], type: "ngo", reliability: "A", notes: "London"),
            SourceEntry(name: "MEK", affiliations: ["NCRI", "Maryam Rajavi"], reliability: "E"),
        ])
    }

    @Test("search finds assertion text, notes and excerpts; a malformed query is a clear error")
    func search() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(try WorkbenchFixture.seedText(0), source: "seed.txt")
        let hits = try fixture.workbench.search("\"political prisoners\"")
        #expect(hits.contains { $0.snippet.contains("⟦political prisoners⟧") })
        #expect(hits.allSatisfy { $0.kind == "assertion" && $0.document == "seed" })
        let claim = try #require(try fixture.claims().first)
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "mixed", note: "Compare the Amnesty figures", analyst: "ann"))
        #expect(try fixture.workbench.search("amnesty").map(\.kind) == ["note"])
        let error = #expect(throws: WorkbenchError.self) { try fixture.workbench.search("prisoners AND") }
        #expect(error?.description.hasPrefix("search query 'prisoners AND' is not valid FTS5 syntax") == true)
    }
}
