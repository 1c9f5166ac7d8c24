import Foundation
import GRDB
@testable import ReviewStore
import Testing

@Suite("Verdicts, citations, tags and claim ids")
struct VerdictTests {
    private static let text = """
        Headline

        Police arrested 40 people on Monday, and the court released them. The mayor said the protest was peaceful.
        """

    @Test("verdicts are append-only: a new one supersedes, the history is kept, UPDATE and DELETE are refused")
    func appendOnly() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(VerdictTests.text, name: "news")
        let claim = try #require(try fixture.claims().first { $0.text.hasPrefix("Police arrested") })
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "accurate", credibility: 2, analyst: "ann"))
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "mixed", confidence: "low", analyst: "bob"))
        let detail = try fixture.workbench.show(claim.id)
        #expect(detail.verdicts.map(\.rating) == ["accurate", "mixed"])
        #expect(detail.verdicts.map(\.analyst) == ["ann", "bob"])
        #expect(detail.claim.verdict?.rating == "mixed")
        #expect(throws: (any Error).self) {
            try fixture.workbench.database.write { db in try db.execute(sql: "UPDATE verdicts SET rating = 'accurate'") }
        }
        #expect(throws: (any Error).self) {
            try fixture.workbench.database.write { db in try db.execute(sql: "DELETE FROM verdicts") }
        }
        #expect(try fixture.count("SELECT count(*) FROM verdicts") == 2)
    }

    @Test("notes with quotes, semicolons and SQL are stored verbatim")
    func verbatimNotes() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(VerdictTests.text, name: "news")
        let claim = try #require(try fixture.claims().last)
        let note = "It's \"odd\"; '); DROP TABLE verdicts; -- and %s %@ \\ ⟦ünïcödé⟧\nsecond line"
        try fixture.workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: "mixed", note: note, analyst: "o'brien"))
        let stored = try fixture.workbench.show(claim.id).verdicts
        #expect(stored.map(\.note) == [note])
        #expect(stored.map(\.analyst) == ["o'brien"])
        #expect(try fixture.count("SELECT count(*) FROM documents") == 1)
    }

    @Test("a request key records a verdict once, however often it is retried")
    func idempotencyKey() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(VerdictTests.text, name: "news")
        let claim = try #require(try fixture.claims().last)
        let request = VerdictRequest(claim: claim.id, rating: "accurate", analyst: "ann", key: "batch:1")
        let first = try fixture.workbench.recordVerdict(request)
        let second = try fixture.workbench.recordVerdict(request)
        #expect(!first.alreadyRecorded)
        #expect(second.alreadyRecorded)
        #expect(second.verdict.id == first.verdict.id)
        #expect(try fixture.count("SELECT count(*) FROM verdicts") == 1)
    }

    @Test("bad verdicts are refused with what was expected, and nothing is written")
    func refusals() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(VerdictTests.text, name: "news")
        let claim = try #require(try fixture.claims().last)
        let before = try fixture.count("SELECT count(*) FROM audit_log")
        let cases: [(VerdictRequest, String)] = [
            (VerdictRequest(claim: claim.id, rating: "true", analyst: "ann"), "unknown rating 'true' (expected: accurate, mostly-accurate"),
            (VerdictRequest(claim: claim.id, rating: "mixed", credibility: 7, analyst: "ann"), "credibility must be 1 to 6"),
            (VerdictRequest(claim: claim.id, rating: "mixed", confidence: "sure", analyst: "ann"), "unknown confidence 'sure'"),
            (VerdictRequest(claim: "ffffffffffff", rating: "mixed", analyst: "ann"), "no claim with id 'ffffffffffff'"),
            (VerdictRequest(claim: "zz", rating: "mixed", analyst: "ann"), "no claim with id 'zz'"),
        ]
        for (request, message) in cases {
            let error = #expect(throws: WorkbenchError.self) { try fixture.workbench.recordVerdict(request) }
            #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "")")
        }
        #expect(try fixture.count("SELECT count(*) FROM verdicts") == 0)
        #expect(try fixture.count("SELECT count(*) FROM audit_log") == before)
    }

    @Test("claim ids: unique prefixes resolve, ambiguous ones list the candidates, DOC: qualifies a shared id")
    func references() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(VerdictTests.text, name: "one")
        try fixture.ingest(VerdictTests.text + "\n\nA new paragraph follows.", name: "two")
        let claims = try fixture.claims("one")
        let claim = try #require(claims.last)
        // The same sentence in both documents has the same id: the bare id is ambiguous.
        let error = #expect(throws: WorkbenchError.self) { try fixture.workbench.show(claim.id) }
        #expect(error?.description.contains("one:\(claim.id)") == true)
        #expect(try fixture.workbench.show("two:\(claim.id.prefix(10))").claim.document == "two")
        #expect(throws: WorkbenchError.unknownDocument("three")) { try fixture.workbench.show("three:\(claim.id)") }
        let unique = try #require(try fixture.claims("two").first { $0.text == "A new paragraph follows." })
        #expect(try fixture.workbench.show(String(unique.id.prefix(8)).uppercased()).claim.id == unique.id)
    }

    @Test("citations need an http(s) URL; an attached file is stored once by its SHA-256")
    func citations() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(VerdictTests.text, name: "news")
        let claim = try #require(try fixture.claims().last)
        for url in ["javascript:alert(1)", "ftp://example.org/x", "example.org/page", "https://", "http://exa mple.org"] {
            #expect(throws: WorkbenchError.self) {
                try fixture.workbench.cite(CitationRequest(claim: claim.id, url: url, analyst: "ann"))
            }
        }
        let file = (name: "evidence.txt", bytes: Array("court record".utf8))
        for _ in 0..<2 {
            try fixture.workbench.cite(CitationRequest(claim: claim.id, url: "https://example.org/record", quote: "was peaceful",
                                                       stance: .supports, file: file, analyst: "ann"))
        }
        let citations = try fixture.workbench.show(claim.id).citations
        #expect(citations.count == 2)
        #expect(citations.first?.fileHash == "3307b6479950af935718cd20ee2849802c6b60571ddb4164926a3af8f03231e2")  // sha256sum of the bytes
        #expect(try fixture.count("SELECT count(*) FROM attachments") == 1)
        #expect(try fixture.workbench.search("peaceful").contains { $0.kind == "citation" })
    }

    @Test("tags are added once, removed, filtered by; removing an absent tag is an error")
    func tags() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(VerdictTests.text, name: "news")
        let claim = try #require(try fixture.claims().last)
        #expect(try fixture.workbench.tag(claim.id, tags: ["needs-expert", "1988-massacre", "needs-expert"], analyst: "ann")
                == ["1988-massacre", "needs-expert"])
        var filter = ClaimFilter()
        filter.tag = "needs-expert"
        #expect(try fixture.workbench.claims(filter).map(\.id) == [claim.id])
        #expect(try fixture.workbench.untag(claim.id, tags: ["needs-expert"], analyst: "ann") == ["1988-massacre"])
        #expect(throws: WorkbenchError.self) { try fixture.workbench.untag(claim.id, tags: ["needs-expert"], analyst: "ann") }
        #expect(throws: WorkbenchError.self) { try fixture.workbench.tag(claim.id, tags: ["two words"], analyst: "ann") }
    }
}
