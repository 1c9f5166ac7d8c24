import AssayCore
import Extraction
import Foundation
@testable import Reporting
import ReviewStore
import RulesEngine
import Testing
import TestSupport

@Suite("HTML reporter")
struct HTMLReporterTests {
    static let payload = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) \"quotes\" & 'apostrophes' "
        + "over\u{202E}ride zero\u{200B}width"

    /// A temporary workbench with the seeds' source registry, holding `texts`, each with a verdict on its first two assertions
    /// and a citation on its first.
    private static func reviewed(_ texts: [String], note: String = "checked against the ministry's release",
                                 quote: String = "about 3,000 people") throws -> [ReviewedDocument] {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbench = try Workbench.open(path: folder.appendingPathComponent("review.sqlite").path, access: .create)
        let registry = try SourceRegistry.load(path: Repository.url("seeds/sources.yml").path)
        let engine = RuleEngine(rules: try RuleSet.load(paths: [Repository.url("Rules").path]), registry: registry)
        _ = try workbench.importSources(registry.entries.map {
            SourceEntry(name: $0.name, aliases: $0.aliases, affiliations: $0.affiliates, type: $0.type, reliability: $0.reliability)
        }, analyst: "alice")
        return try texts.enumerated().map { position, text in
            let document = engine.apply(to: Extractor().extract(text: text, source: "doc\(position).txt", format: .text)).document
            let name = try workbench.ingest(IngestRequest(document: document, path: "/docs/doc\(position).txt", analyst: "alice")).document
            let claims = try workbench.claims(ClaimFilter(document: name))
            for (claim, rating) in zip(claims, ["inaccurate", "mostly-accurate"]) {
                _ = try workbench.recordVerdict(VerdictRequest(claim: claim.id, rating: rating, credibility: 3, note: note, analyst: "alice"))
            }
            if let first = claims.first {
                _ = try workbench.cite(CitationRequest(claim: first.id, url: "https://example.org/release?a=1&b=2", title: "Release",
                                                       publisher: "Example", quote: quote, stance: .refutes, analyst: "bob"))
            }
            return try workbench.reviewedDocument(name)
        }
    }

    static func seeds() throws -> [ReviewReport] {
        try reviewed(Repository.seedNames.map { try String(contentsOf: Repository.seed($0), encoding: .utf8) }).map(ReviewReport.init)
    }

    @Test("the report of each seed, and of both on one page, is well-formed XML")
    func wellFormed() throws {
        let reports = try Self.seeds()
        for html in reports.map({ HTMLReporter().render([$0]) }) + [HTMLReporter().render(reports)] {
            let probe = HTMLProbe(html)
            #expect(probe.error == nil, "\(String(describing: probe.error))")
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(probe.elements.contains { $0.name == "meta" && $0.attributes["charset"] == "utf-8" })
            #expect(probe.elements.contains { $0.name == "svg" })
            let ids = probe.attributeValues("id")
            #expect(Set(ids).count == ids.count, "fragment ids are unique")
        }
    }

    @Test("every highlight matches a standing finding of the JSON report, with its span and its text")
    func highlightsMatchJSON() throws {
        for report in try Self.seeds() {
            let probe = HTMLProbe(HTMLReporter().render([report]))
            try #require(probe.error == nil)
            let json = try JSONSerialization.jsonObject(with: Data(ReviewJSONReporter().render([report]).utf8)) as? [String: Any]
            let documents = try #require(json?["documents"] as? [[String: Any]])
            let findings = try #require((documents.first?["document"] as? [String: Any])?["findings"] as? [[String: Any]])
            let expected = Set(findings.map { "\($0["id"] ?? "") \($0["start"] ?? "") \($0["end"] ?? "")" })
            #expect(!expected.isEmpty)
            #expect(Set(probe.marks.map { "\($0.finding) \($0.start) \($0.end)" }) == expected)

            let pieces = Dictionary(grouping: probe.marks, by: \.finding)
            for finding in report.document.findings {
                #expect(pieces[finding.id]?.map(\.text).joined() == visible(finding.text), "finding \(finding.id) \(finding.rule)")
            }
        }
    }

    @Test("a document, note, quote and citation URL that try to inject markup render as text")
    func hostileText() throws {
        let document = try Self.hostileDocument()
        let html = HTMLReporter().render([ReviewReport(document)])
        let probe = HTMLProbe(html)
        #expect(probe.error == nil, "\(String(describing: probe.error))")
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(!probe.elements.contains { ["script", "img", "iframe", "object"].contains($0.name) })
        let handlers = probe.elements.flatMap { $0.attributes.keys.filter { $0.lowercased().hasPrefix("on") } }
        #expect(handlers.isEmpty)
        #expect(probe.attributeValues("href").allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("https://") })
        #expect(probe.attributeValues("class").allSatisfy { $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == " " } })
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&quot;quotes&quot; &amp; &#39;apostrophes&#39;"))
        #expect(probe.text.contains("<script>alert(1)</script>"), "the payload is shown as text")
        #expect(probe.text.contains("(javascript:alert(1))"), "the unsafe citation URL is shown, not linked")
        #expect(html.contains("over⟨U+202E⟩ride") && html.contains("zero⟨U+200B⟩width"))
        #expect(!html.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{200B}" })
    }

    @Test("right-to-left text takes its direction per block and claims are isolated, so it cannot reorder the report around it")
    func rightToLeft() throws {
        let report = try SeedReports.unreviewed("Headline\n\nقالت الشرطة إن 30 شخصا اعتقلوا. Officials said 40 people were arrested.")
        let html = HTMLReporter().render([report])
        let probe = HTMLProbe(html)
        try #require(probe.error == nil)
        #expect(html.contains(".para,h1,dd,td,th,figcaption{unicode-bidi:plaintext}"))
        #expect(html.contains("span.claim,mark.flag,a,.badge{unicode-bidi:isolate}"))
        #expect(probe.text.contains("قالت الشرطة إن 30 شخصا اعتقلوا. Officials said 40 people were arrested."))
    }

    @Test("the page loads nothing: no external sources, links only to anchors and http(s) citations")
    func noNetwork() throws {
        let html = HTMLReporter().render(try Self.seeds())
        let probe = HTMLProbe(html)
        try #require(probe.error == nil)
        for forbidden in ["<link", "@import", "url(", "<script", "<iframe", "<object", "<embed"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(probe.attributeValues("src").isEmpty)
        let external = probe.attributeValues("href").filter { !$0.hasPrefix("#") }
        #expect(!external.isEmpty && external.allSatisfy { SafeURL.isHTTP($0) })
        #expect(probe.elements.filter { $0.name == "a" && $0.attributes["href"]?.hasPrefix("http") == true }
            .allSatisfy { $0.attributes["rel"] == "noopener noreferrer" })
        #expect(probe.elements.contains {
            $0.name == "meta" && $0.attributes["http-equiv"] == "Content-Security-Policy"
                && $0.attributes["content"] == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        })
    }

    @Test("overlapping findings are split into nested pieces that keep the whole finding's span")
    func overlappingFindings() throws {
        let (text, document) = try Self.overlappingDocument()
        let html = HTMLReporter().render([ReviewReport(document)])
        let probe = HTMLProbe(html)
        try #require(probe.error == nil)
        let pieces = Dictionary(grouping: probe.marks, by: \.finding)
        #expect(pieces["b"].map { $0.count > 1 } == true, "a crossing span is split")
        for entry in document.findings {
            let clamped = min(entry.end, text.unicodeScalars.count)
            #expect(pieces[entry.id]?.map(\.text).joined() == scalarSlice(text, entry.start, clamped))
            #expect(pieces[entry.id]?.allSatisfy { $0.start == String(entry.start) && $0.end == String(entry.end) } == true)
        }
        #expect(html.contains("cat-odd-name-"))
    }

    /// A reviewed document whose text, title, analyst, verdict note, citation title, quote and
    /// URL, and one category name, all try to inject markup.
    static func hostileDocument() throws -> ReviewedDocument {
        let text = "Hostile \(Self.payload) headline\n\nPolice said 40 people were arrested \(Self.payload), officials claimed.\n"
        var document = try #require(try reviewed([text], note: Self.payload, quote: Self.payload).first)
        document.header.title = Self.payload
        document.header.analysts.append("<b onclick=alert(1)>eve</b>")
        let first = try #require(document.claims.first?.id)
        var citation = try #require(document.citations[first]?.first)
        citation.url = "javascript:alert(1)"
        citation.title = Self.payload
        document.citations[first, default: []].append(citation)
        if !document.findings.isEmpty { document.findings[0].category = "x\" onmouseover=\"alert(1)" }
        return document
    }

    /// One assertion with three findings that cross each other and the assertion's end.
    static func overlappingDocument() throws -> (text: String, document: ReviewedDocument) {
        let text = "Officials said about 3,000 people were arrested."
        var document = ReviewedDocument(unreviewed: try extract(text))
        try #require(document.findings.count > 0)
        let template = try #require(document.findings.first)
        func finding(_ id: String, _ start: Int, _ end: Int, _ category: String) -> FindingEntry {
            var entry = template
            (entry.id, entry.start, entry.end, entry.category) = (id, start, end, category)
            entry.text = scalarSlice(text, start, end) ?? ""
            return entry
        }
        // "said about 3,000" overlaps "3,000 people were", which overlaps the end of the assertion.
        document.findings = [finding("a", 10, 26, "framing"), finding("b", 21, 38, "numeric"), finding("c", 33, 60, "Odd Name!")]
        return (text, document)
    }

    private static func extract(_ text: String) throws -> Document {
        let engine = RuleEngine(rules: try RuleSet.load(paths: [Repository.url("Rules").path]),
                                registry: try SourceRegistry.load(path: Repository.url("seeds/sources.yml").path))
        return engine.apply(to: Extractor().extract(text: text, source: "a.txt", format: .text)).document
    }

    /// The text as the report shows it: invisible characters as code points.
    private func visible(_ text: String) -> String {
        text.unicodeScalars.map { InvisibleCharacters.isInvisible($0) ? InvisibleCharacters.visible($0) : String($0) }.joined()
    }
}
