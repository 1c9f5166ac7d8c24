import AssayCore
import Extraction
import Foundation
@testable import ReviewStore
import Testing
import TestSupport

@Suite("Ingesting documents")
struct IngestTests {
    @Test("a seed is stored with every assertion and finding, in one version")
    func storesSeed() throws {
        let fixture = try WorkbenchFixture()
        let text = try WorkbenchFixture.seedText(0)
        let document = try WorkbenchFixture.document(text: text, source: "seed.txt")
        let outcome = try fixture.workbench.ingest(IngestRequest(document: document, analyst: "ann"))
        #expect(outcome.status == .created)
        #expect(outcome.document == "seed")
        #expect(outcome.version == 1)
        #expect(outcome.assertions == document.assertions.count)
        #expect(try fixture.count("SELECT count(*) FROM assertions") == document.assertions.count)
        #expect(try fixture.count("SELECT count(*) FROM findings") == document.findings.count)
        #expect(document.findings.count > 10)
        let claims = try fixture.claims()
        #expect(claims.map(\.id) == document.assertions.map(\.id))
        #expect(claims.map(\.text) == document.assertions.map(\.text))
        #expect(try fixture.workbench.findings().map(\.text).sorted() == document.findings.map(\.text).sorted())
        #expect(try fixture.count("SELECT count(*) FROM audit_log WHERE action = 'ingest' AND analyst = 'ann'") == 1)
    }

    @Test("texts are stored once: assertions and findings that are their spans of the text store none of their own")
    func textsStoredOnce() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest(try WorkbenchFixture.seedText(0), source: "a.txt")
        #expect(try fixture.count("SELECT count(*) FROM assertions WHERE text IS NOT NULL") == 0)
        #expect(try fixture.count("SELECT count(*) FROM findings WHERE text IS NOT NULL") == 0)
        #expect(try fixture.count("SELECT count(*) FROM search_index") == fixture.count("SELECT count(*) FROM assertions"))
        // SQLite's substr() stops at a NUL: a text with one (here after the first assertion,
        // in place of a space or line break) keeps its rows' texts.
        var document = try WorkbenchFixture.document(text: try WorkbenchFixture.seedText(1), source: "nul.txt")
        var scalars = Array(document.text.unicodeScalars)
        let gap = try #require(document.assertions.first).end
        try #require(scalars[gap].properties.isWhitespace)
        scalars[gap] = "\u{0}"
        document.text = String(String.UnicodeScalarView(scalars))
        try fixture.workbench.ingest(IngestRequest(document: document, analyst: "ann"))
        #expect(try fixture.claims("nul").map(\.text) == document.assertions.map(\.text))
        #expect(try fixture.count("SELECT count(*) FROM assertions a JOIN versions v ON v.id = a.version_id "
                                  + "WHERE v.source = 'nul.txt' AND a.text IS NULL") == 0)
        #expect(try fixture.workbench.search("\"political prisoners\"").count > 1)
    }

    @Test("re-ingesting an identical text is a no-op")
    func identicalIsNoOp() throws {
        let fixture = try WorkbenchFixture()
        let text = try WorkbenchFixture.seedText(1)
        try fixture.ingest(text, source: "b.txt")
        let rows = try fixture.count("SELECT count(*) FROM assertions") + fixture.count("SELECT count(*) FROM audit_log")
        let again = try fixture.ingest(text, source: "b.txt")
        #expect(again.status == .unchanged)
        #expect(again.version == 1)
        #expect(try fixture.count("SELECT count(*) FROM assertions") + fixture.count("SELECT count(*) FROM audit_log") == rows)
    }

    @Test("a changed text becomes version 2; verdicts on unchanged assertions carry over, edited ones need re-review")
    func newVersionCarriesVerdicts() throws {
        let fixture = try WorkbenchFixture()
        let original = try WorkbenchFixture.seedText(0)
        try fixture.ingest(original, source: "a.txt")
        let claims = try fixture.claims()
        let massacre = try #require(claims.first { $0.text.contains("over 30,000 political prisoners") })
        let kept = try #require(claims.first { $0.text.hasPrefix("Western nations have a moral duty") })
        try fixture.workbench.recordVerdict(VerdictRequest(claim: massacre.id, rating: "unsupported", analyst: "ann"))
        try fixture.workbench.recordVerdict(VerdictRequest(claim: kept.id, rating: "not-checkable", analyst: "ann"))

        let edited = original.replacingOccurrences(of: "over 30,000 political prisoners", with: "about 3,000 political prisoners")
        #expect(edited != original)
        let outcome = try fixture.ingest(edited, source: "a.txt")
        #expect(outcome.status == .newVersion)
        #expect(outcome.version == 2)
        #expect(outcome.carriedVerdicts == 1)
        let now = try fixture.claims()
        #expect(now.allSatisfy { $0.version == 2 })
        #expect(now.first { $0.id == kept.id }?.verdict?.rating == "not-checkable")
        // The edited claim has a new id; its verdict follows it, to be reviewed again.
        let changed = try #require(now.first { $0.text.contains("about 3,000 political prisoners") })
        #expect(changed.verdict?.rating == "unsupported")
        #expect(changed.needsReview)
        #expect(!now.contains { $0.id == massacre.id })
        #expect(try fixture.count("SELECT count(*) FROM versions") == 2)
    }

    @Test("a version keeps the document's title, author, URL and publisher for reports")
    func metadata() throws {
        let fixture = try WorkbenchFixture()
        let html = """
            <html><head><title>Budget vote</title><meta name="author" content="Jane Doe">
            <meta property="og:site_name" content="City Times"><link rel="canonical" href="https://example.org/budget"></head>
            <body><p>The council approved the budget on Monday.</p></body></html>
            """
        let document = try ShippedRules.engine.get().apply(to: Extractor().extract(text: html, source: "b.html", format: .html)).document
        _ = try fixture.workbench.ingest(IngestRequest(document: document, analyst: "ann"))
        let header = try fixture.workbench.reviewedDocument("b").header
        #expect(header.title == "Budget vote")
        #expect(header.author == "Jane Doe")
        #expect(header.url == "https://example.org/budget")
        #expect(header.publisher == "City Times")
    }

    @Test("a batch is one transaction in which each document is stored whole or not at all")
    func batch() throws {
        let fixture = try WorkbenchFixture()
        let requests = try ["One", "Two", "Three"].map { word in
            IngestRequest(document: try WorkbenchFixture.document(text: "\(word)\n\nThe council met \(word.lowercased()) times.",
                                                                 source: "\(word).txt"),
                          name: word == "Two" ? "bad@name" : nil, analyst: "ann")
        }
        let results = try fixture.workbench.ingest(requests)
        #expect(results.count == 3)
        #expect((try? results[0].get())?.document == "One")
        #expect((try? results[2].get())?.document == "Three")
        guard case .failure(let error) = results[1] else { Issue.record("the bad name was accepted"); return }
        #expect(error.description.contains("cannot contain '@'"))
        #expect(try fixture.count("SELECT count(*) FROM documents") == 2)
        #expect(try fixture.count("SELECT count(*) FROM versions") == 2)
        #expect(try fixture.count("SELECT count(DISTINCT version_id) FROM assertions") == 2)
    }

    @Test("--doc stores under a name; the same file path finds its document again")
    func documentMatching() throws {
        let fixture = try WorkbenchFixture()
        try fixture.ingest("Headline\n\nThe council approved the budget.", name: "council", source: "x.txt")
        let second = try fixture.ingest("Headline\n\nThe council rejected the budget.", source: "x.txt")
        #expect(second.document == "council")
        #expect(second.version == 2)
        let other = try fixture.ingest("Headline\n\nThe council rejected the budget.", source: "y.txt")
        #expect(other.document == "y")
        #expect(other.status == .created)
        #expect(throws: WorkbenchError.self) { try fixture.ingest("Text.", name: "bad@name") }
    }

    @Test("an analyst-added assertion and a dismissal survive re-ingestion of the text")
    func correctionsSurvive() throws {
        let fixture = try WorkbenchFixture()
        let text = "Headline\n\nThe minister said the plan, which critics call reckless, will cut costs. Nobody disagreed."
        try fixture.ingest(text, name: "plan")
        let added = try fixture.workbench.annotate(document: "plan", quote: "critics call reckless", note: "implied claim", analyst: "ann")
        #expect(added.origin == .analyst)
        let headline = try #require(try fixture.claims().first { $0.text == "Headline" })
        _ = try fixture.workbench.dismissClaim(headline.id, reason: "a headline, not a claim", undo: false, analyst: "ann")

        try fixture.ingest(text + " The budget doubled.", name: "plan")
        let claims = try fixture.workbench.claims(ClaimFilter(document: "plan"))
        #expect(claims.first { $0.id == added.id }?.origin == .analyst)
        #expect(!claims.contains { $0.id == headline.id })
        var all = ClaimFilter(document: "plan")
        all.includeDismissed = true
        #expect(try fixture.workbench.claims(all).first { $0.id == headline.id }?.dismissal == "a headline, not a claim")
    }
}
