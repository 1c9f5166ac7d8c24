import AssayCore
import Extraction
import Foundation
import Reporting
import Testing

@Suite("Analysis reporters")
struct AnalysisReporterTests {
    private let document = Extractor().extract(
        text: "Headline\n\nPolice arrested 40 people in Tehran on Monday, and the court released them.\nShare this:",
        source: "notes/a.txt", format: .text)

    private func json(_ reporter: AnalysisJSONReporter, documents: [Document],
                      errors: [(source: String, message: String)] = []) throws -> [String: Any] {
        let output = reporter.header() + Array(documents.map(reporter.document).joined(separator: reporter.separator))
            + reporter.footer(errors: errors)
        return try #require(try JSONSerialization.jsonObject(with: Data(output)) as? [String: Any])
    }

    @Test("JSON streams documents into one valid object, with the tool, schema version and errors")
    func jsonStructure() throws {
        let object = try json(AnalysisJSONReporter(), documents: [document, document],
                              errors: [("bad.txt", "bad.txt: is empty: there is nothing to analyze")])
        #expect(object["schemaVersion"] as? Int == AnalysisJSONReporter.schemaVersion)
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "assay")
        #expect((object["documents"] as? [Any])?.count == 2)
        let errors = try #require(object["errors"] as? [[String: String]])
        #expect(errors == [["source": "bad.txt", "message": "bad.txt: is empty: there is nothing to analyze"]])
    }

    @Test("a JSON document carries every field of the schema")
    func jsonDocument() throws {
        let object = try json(AnalysisJSONReporter(), documents: [document])
        let entry = try #require((object["documents"] as? [[String: Any]])?.first)
        for key in ["source", "format", "title", "metadata", "text", "boilerplate", "paragraphs", "sentences", "assertions", "findings"] {
            #expect(entry[key] != nil, "missing \(key)")
        }
        #expect(entry["source"] as? String == "notes/a.txt")
        #expect(entry["title"] as? String == "Headline")
        #expect((entry["boilerplate"] as? [[String: Any]])?.first?["text"] as? String == "Share this:")
        let assertion = try #require((entry["assertions"] as? [[String: Any]])?.dropFirst().first)
        for key in ["id", "sentence", "paragraph", "start", "end", "text", "kind", "checkworthiness", "reasons"] {
            #expect(assertion[key] != nil, "assertion lacks \(key)")
        }
        #expect(assertion["text"] as? String == "Police arrested 40 people in Tehran on Monday")
    }

    @Test("text output has no escape codes unless colour is on, and wraps to the width")
    func text() {
        let plain = String(decoding: AnalysisTextReporter(style: TerminalStyle(enabled: false, width: 60)).document(document),
                           as: UTF8.self)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("notes/a.txt — Headline"))
        #expect(plain.contains("set aside as boilerplate: “Share this:” (line 4)"))
        let assertionLines = plain.split(separator: "\n").filter { $0.hasPrefix("   ") }
        #expect(assertionLines.count > 3)
        #expect(assertionLines.allSatisfy { $0.unicodeScalars.count <= 60 })
        let coloured = AnalysisTextReporter(style: TerminalStyle(enabled: true, width: 60)).document(document)
        #expect(String(decoding: coloured, as: UTF8.self).contains("\u{1B}["))
    }

    /// The test document with one finding across its two assertions ("…Monday, and the court…").
    private func documentWithSpanningFinding() throws -> Document {
        var spanning = document
        try #require(spanning.assertions.count == 3)
        let first = spanning.assertions[1], second = spanning.assertions[2]
        spanning.findings = [Finding(rule: "demo.span", category: "framing", severity: .warning, start: first.end - 6,
                                     end: second.start + 3, text: "", message: "spans two assertions",
                                     assertion: first.id, fields: [:])]
        return spanning
    }

    @Test("a finding that spans two assertions is listed under both, in text and in JSON")
    func spanningFinding() throws {
        let spanning = try documentWithSpanningFinding()
        let text = String(decoding: AnalysisTextReporter(style: TerminalStyle(enabled: false, width: 200)).document(spanning),
                          as: UTF8.self)
        #expect(text.components(separatedBy: "⚑ warning demo.span: spans two assertions").count == 3)
        let object = try json(AnalysisJSONReporter(), documents: [spanning])
        let entry = try #require((object["documents"] as? [[String: Any]])?.first)
        let finding = try #require((entry["findings"] as? [[String: Any]])?.first)
        #expect(finding["assertions"] as? [String] == [spanning.assertions[1].id, spanning.assertions[2].id])
        #expect(finding["assertion"] as? String == spanning.assertions[1].id)
    }
}
