import AssayCore
import Extraction
import Foundation
@testable import Reporting
import Testing
import TestSupport

/// The hand-written analyze JSON against what `JSONEncoder` wrote before it, and byte for byte
/// against a committed expectation.
@Suite("Analysis JSON reporter")
struct AnalysisJSONReporterTests {
    private let reporter = AnalysisJSONReporter()

    static let hostileText = """
        Headline with "quotes", \\backslashes\\ and a/slash

        The ministry said 40,000 people "were arrested" in C:\\Temp\\new on Monday\u{1}\u{1F}, according to officials.
        Tab\there, form\u{C}feed, bell\u{7}, line\u{2028}separator and para\u{2029}graph.

        Emoji 😀👩‍👩‍👧, RTL שלום مرحبا with \u{202E}override\u{202C}, zero\u{200B}width and \u{FEFF}a mark.

        Experts claim that around 3.5 million people may have been affected, the NCRI told reporters.
        """

    static let hostilePage = """
        <html><head><title>T "q" \\ é</title><meta property="og:site_name" content="NCRI"></head>
        <body><nav>Menu</nav><p>Officials said 12 people died, the NCRI claimed.</p><p>Line\u{2028}sep "x" \\y 😀</p></body></html>
        """

    /// The seeds, hostile text and HTML, flagged by the shipped packs, and a document built by hand.
    static func documents() throws -> [Document] {
        let engine = try ShippedRules.engine.get()
        let seeds = try Repository.seedNames.map { name in
            try ShippedRules.document(text: String(contentsOf: Repository.seed(name), encoding: .utf8), source: "seeds/" + name)
        }
        let page = engine.apply(to: Extractor().extract(text: hostilePage, source: "page.html", format: .html)).document
        return seeds + [try ShippedRules.document(text: hostileText, source: "we\"ird\\\u{1}\n.txt"), page, handBuilt]
    }

    /// Every kind of member: unknown metadata and boilerplate line left out, a finding outside
    /// every assertion, fields of each type, control characters in names and captured text.
    static let handBuilt = Document(
        source: "notes/\"a\"\\b\u{1}.html", format: .html, metadata: DocumentMetadata(author: "Ann \"A\"", url: "https://x.y/a?b=1&c=</p>"),
        text: "Line\u{2028}one 😀.\n\nשלום",
        boilerplate: [BoilerplateLine(text: "Share\tthis", line: 3), BoilerplateLine(text: "Menu", line: nil)],
        paragraphs: [Paragraph(index: 0, start: 0, end: 11, role: .paragraph), Paragraph(index: 1, start: 13, end: 17, role: .quote)],
        sentences: [Sentence(index: 0, paragraph: 0, start: 0, end: 11, text: "Line\u{2028}one 😀.")],
        assertions: [Assertion(id: "0123456789abcdef", sentence: 0, paragraph: 0, start: 0, end: 11, text: "Line\u{2028}one 😀.",
                               kind: .factual, checkworthiness: 0.57, reasons: ["contains a figure (one)", "quotes \"x\""])],
        findings: [
            Finding(rule: "demo.figure", category: "numeric", severity: .info, start: 5, end: 8, text: "one", message: "a \"figure\"",
                    assertion: "0123456789abcdef",
                    fields: ["value": .number(1), "low": .number(0.25), "hedge": .null, "attributed": .bool(false),
                             "source": .string("the \\ NCRI\n")]),
            Finding(rule: "demo.quote", category: "framing", severity: .error, start: 13, end: 17, text: "שלום", message: "m",
                    assertion: nil, fields: [:]),
        ])

    @Test("every document decodes to the same JSON value as JSONEncoder wrote")
    func sameValueAsEncoder() throws {
        for document in try Self.documents() {
            let written = try #require(try JSONSerialization.jsonObject(with: Data(reporter.document(document))) as? NSDictionary)
            let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(EncoderReference(document)))
            #expect(written == encoded as? NSDictionary, "\(document.source)")
        }
    }

    @Test("a whole run decodes to the same value as before, errors included")
    func wholeRun() throws {
        let documents = try Self.documents()
        let errors = [(source: "bad\u{1}.txt", message: "bad\u{1}.txt: looks binary"), (source: "-", message: "-: is empty")]
        let output = reporter.header() + Array(documents.map(reporter.document).joined(separator: reporter.separator))
            + reporter.footer(errors: errors)
        #expect(output.last == UInt8(ascii: "\n"))
        let written = try #require(try JSONSerialization.jsonObject(with: Data(output)) as? NSDictionary)
        let reference: [String: Any] = [
            "schemaVersion": 1, "tool": ["name": AssayVersion.name, "version": AssayVersion.current],
            "documents": try documents.map { try JSONSerialization.jsonObject(with: JSONEncoder().encode(EncoderReference($0))) },
            "errors": errors.map { ["source": $0.source, "message": $0.message] },
        ]
        #expect(written == reference as NSDictionary)
    }

    @Test("the hand-built document is written byte for byte as committed: schema key order, sorted fields")
    func bytes() {
        let expected = #"""
            {"source":"notes/\"a\"\\b\u0001.html","format":"html","title":null,"metadata":{"author":"Ann \"A\"",\#
            "url":"https://x.y/a?b=1&c=</p>"},"text":"Line\#u{2028}one 😀.\n\nשלום","boilerplate":[{"text":"Share\tthis",\#
            "line":3},{"text":"Menu"}],"paragraphs":[{"index":0,"start":0,"end":11,"role":"paragraph"},{"index":1,"start":13,\#
            "end":17,"role":"quote"}],"sentences":[{"index":0,"paragraph":0,"start":0,"end":11,"text":"Line\#u{2028}one 😀."}],\#
            "assertions":[{"id":"0123456789abcdef","sentence":0,"paragraph":0,"start":0,"end":11,"text":"Line\#u{2028}one 😀.",\#
            "kind":"factual","checkworthiness":0.57,"reasons":["contains a figure (one)","quotes \"x\""]}],"findings":[{"rule":\#
            "demo.figure","category":"numeric","severity":"info","start":5,"end":8,"text":"one","message":"a \"figure\"",\#
            "assertion":"0123456789abcdef","assertions":["0123456789abcdef"],"fields":{"attributed":false,"hedge":null,"low":0.25,\#
            "source":"the \\ NCRI\n","value":1}},{"rule":"demo.quote","category":"framing","severity":"error","start":13,"end":17,\#
            "text":"שלום","message":"m","assertions":[],"fields":{}}]}
            """#
        #expect(String(decoding: reporter.document(Self.handBuilt), as: UTF8.self) == expected)
        let run = reporter.header() + reporter.footer(errors: [(source: "a\"b", message: "a\"b: is empty")])
        #expect(String(decoding: run, as: UTF8.self) == #"""
            {"schemaVersion":1,"tool":{"name":"assay","version":"\#(AssayVersion.current)"},"documents":[],"errors":[{"source":\#
            "a\"b","message":"a\"b: is empty"}]}

            """#)
    }
}

/// A document as `AnalysisJSONReporter` wrote it with `JSONEncoder` before the JSON was written
/// by hand: the reference the hand-written output must equal, value for value.
private struct EncoderReference: Encodable {
    let document: Document
    init(_ document: Document) { self.document = document }

    enum CodingKeys: String, CodingKey {
        case source, format, title, metadata, text, boilerplate, paragraphs, sentences, assertions, findings
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document.source, forKey: .source)
        try container.encode(document.format, forKey: .format)
        try container.encode(document.metadata.title, forKey: .title)
        try container.encode(document.metadata, forKey: .metadata)
        try container.encode(document.text, forKey: .text)
        try container.encode(document.boilerplate, forKey: .boilerplate)
        try container.encode(document.paragraphs, forKey: .paragraphs)
        try container.encode(document.sentences, forKey: .sentences)
        try container.encode(document.assertions, forKey: .assertions)
        let findings = zip(document.findings, FindingPlacement.touched(document)).map { finding, indices in
            FindingReference(finding: finding, assertions: indices.map { document.assertions[$0].id })
        }
        try container.encode(findings, forKey: .findings)
    }

    private struct FindingReference: Encodable {
        let finding: Finding
        let assertions: [String]

        enum CodingKeys: String, CodingKey { case assertions }

        func encode(to encoder: Encoder) throws {
            try finding.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(assertions, forKey: .assertions)
        }
    }
}
