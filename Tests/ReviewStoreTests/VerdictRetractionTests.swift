import AssayCore
import Foundation
@testable import ReviewStore
import Testing

@Suite("Retracting a verdict")
struct VerdictRetractionTests {
    private static let text = """
        Headline

        Police arrested 40 people on Monday, and the court released them. The mayor said the protest was peaceful.
        """

    @Test("a retraction is appended; the analyst's verdict before it is current again; nothing is deleted")
    func retract() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(Self.text, name: "news")
        let claim = try #require(try fixture.claims().first { $0.text.hasPrefix("Police arrested") })
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "mixed", analyst: "ann"))
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "inaccurate", analyst: "ann"))
        let first = try fixture.workbench.retractVerdict(claim: String(claim.id.prefix(8)), analyst: "ann", note: "wrong claim")
        #expect(first.retracted.rating == "inaccurate")
        #expect(first.current?.rating == "mixed")
        var detail = try fixture.workbench.show(claim.id)
        #expect(detail.verdicts.map(\.rating) == ["mixed", "inaccurate", "retracted"])
        #expect(detail.verdicts.last?.retracts == detail.verdicts[1].id)
        #expect(detail.verdicts.last?.note == "wrong claim")
        #expect(detail.claim.verdict?.rating == "mixed")
        // Retracting again takes back the one before: the claim is unreviewed again.
        let second = try fixture.workbench.retractVerdict(claim: claim.id, analyst: "ann")
        #expect(second.retracted.rating == "mixed" && second.current == nil)
        detail = try fixture.workbench.show(claim.id)
        #expect(detail.claim.verdict == nil)
        #expect(detail.verdicts.count == 4)
        #expect(try fixture.workbench.claims(ClaimFilter(document: "news")).first { $0.id == claim.id }?.verdict == nil)
        #expect(throws: WorkbenchError.noVerdictToRetract(claim: "news:\(claim.id.prefix(12))", analyst: "ann")) {
            try fixture.workbench.retractVerdict(claim: claim.id, analyst: "ann")
        }
        #expect(try fixture.count("SELECT count(*) FROM audit_log WHERE action = 'retract'") == 2)
    }

    @Test("only the analyst's own verdict is taken back; another's stays current, and kappa counts standing ratings")
    func ownOnly() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(Self.text, name: "news")
        let claim = try #require(try fixture.claims().first { $0.text.hasPrefix("Police arrested") })
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "accurate", analyst: "ann"))
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "mixed", analyst: "bob"))
        #expect(throws: WorkbenchError.noVerdictToRetract(claim: "news:\(claim.id.prefix(12))", analyst: "cy")) {
            try fixture.workbench.retractVerdict(claim: claim.id, analyst: "cy")
        }
        let retracted = try fixture.workbench.retractVerdict(claim: claim.id, analyst: "ann")
        #expect(retracted.retracted.analyst == "ann" && retracted.current?.rating == "mixed")
        let stats = try fixture.workbench.stats()
        #expect(stats.agreement.isEmpty)  // ann's only rating was taken back: no pair left
        #expect(stats.documents.first?.verdictsRecorded == 2)
    }

    @Test("a verdict named by its id is taken back even when a later one of the analyst's stands; a taken-back one cannot be again")
    func retractByID() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(Self.text, name: "news")
        let claim = try #require(try fixture.claims().first { $0.text.hasPrefix("Police arrested") })
        let earlier = try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "mixed", analyst: "ann")).verdict
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "inaccurate", analyst: "ann"))
        let retracted = try fixture.workbench.retractVerdict(claim: claim.id, analyst: "ann", verdict: earlier.id)
        #expect(retracted.retracted.id == earlier.id && retracted.current?.rating == "inaccurate")
        #expect(try fixture.workbench.show(claim.id).verdicts.map(\.rating) == ["mixed", "inaccurate", "retracted"])
        #expect(throws: WorkbenchError.noVerdictToRetract(claim: "news:\(claim.id.prefix(12))", analyst: "ann")) {
            try fixture.workbench.retractVerdict(claim: claim.id, analyst: "ann", verdict: earlier.id)
        }
    }

    @Test("an export carries retractions; the imported workbench has the same current verdicts")
    func exportImport() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(Self.text, name: "news")
        let claim = try #require(try fixture.claims().first)
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "mixed", analyst: "ann"))
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "accurate", analyst: "ann"))
        try fixture.workbench.retractVerdict(claim: claim.id, analyst: "ann")
        var lines: [String] = []
        _ = try fixture.workbench.export { (line: String) in lines.append(line) }
        #expect(lines.contains { $0.contains("\"retracts\":") && $0.contains("\"rating\":\"retracted\"") })
        let copy = try Workbench.open(path: fixture.folder.appendingPathComponent("copy.sqlite").path, access: .create)
        _ = try copy.importLines(Data((lines.joined(separator: "\n") + "\n").utf8), source: "export.jsonl", analyst: "importer")
        #expect(try copy.show(claim.id).claim.verdict?.rating == "mixed")
    }
}
