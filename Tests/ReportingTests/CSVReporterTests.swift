import AssayCore
import Extraction
import Foundation
import Reporting
import ReviewStore
import Testing

@Suite("CSV reporter")
struct CSVReporterTests {
    private let fixture: ReviewedWorkbench
    private let records: [[String]]

    init() throws {
        fixture = try ReviewedWorkbench.shared.get()
        records = try RFC4180Parser.parse(CSVReporter().render(fixture.reports))
    }

    /// The row of an assertion, as a dictionary by column name.
    private func row(_ claim: ReviewedAssertion) throws -> [String: String] {
        let row = try #require(records.first { $0.count > 2 && $0[2] == claim.id }, "no row for \(claim.id)")
        return Dictionary(uniqueKeysWithValues: zip(CSVReporter.columns, row))
    }

    @Test("one header, then one row per assertion of every document, each with every column")
    func shape() throws {
        let assertions = fixture.reports.reduce(0) { $0 + $1.document.claims.count }
        #expect(records.count == assertions + 1)
        #expect(records.first == CSVReporter.columns)
        #expect(records.allSatisfy { $0.count == CSVReporter.columns.count })
        #expect(Set(records.dropFirst().map { $0[0] }).count == 2)
        #expect(CSVReporter().fileExtension == "csv")
    }

    @Test("records end with CRLF, including the last; no bare LF")
    func lineEndings() {
        let output = CSVReporter().render(fixture.reports)
        #expect(output.hasSuffix("\r\n"))
        #expect(!output.unicodeScalars.isEmpty)
        // The strict parser already refuses a bare CR or LF outside quotes; CRLF inside a quoted
        // note is kept as written.
        #expect(output.contains("\"She said \"\"no, never\"\",\r\nthen </script> left\""))
    }

    @Test("a note with quotes, a comma and a line break comes back as written")
    func quotedNote() throws {
        let row = try row(fixture.quoted)
        #expect(row["note"] == ReviewedWorkbench.trickyNote)
        #expect(row["text"] == fixture.quoted.text)
        #expect(row["verdict"] == "accurate")
        #expect(row["analyst"] == "ann")
        #expect(row["credibility"] == "3")
        #expect(row["confidence"] == "medium")
    }

    @Test("a note that looks like a formula is written as text")
    func formulaNote() throws {
        #expect(try row(fixture.formula)["note"] == "'=SUM(A1)")
        #expect(try row(fixture.formula)["tags"] == "needs-expert")
    }

    @Test("no field of the whole report begins with a formula character")
    func noFormulas() {
        let starts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        for field in records.joined() {
            #expect(field.unicodeScalars.first.map { !starts.contains($0) } ?? true, "\(field)")
        }
    }

    @Test("the current verdict is the latest, from the second analyst, with its day")
    func currentVerdict() throws {
        let row = try row(fixture.ratedTwice)
        #expect(row["verdict"] == "misleading")
        #expect(row["analyst"] == "bob")
        #expect(row["credibility"] == "2")
        #expect(row["confidence"] == "high")
        let day = try #require(row["verdict_date"])
        #expect(day.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
    }

    @Test("citations are counted and their URLs listed, a ';' in a URL escaped")
    func citations() throws {
        let row = try row(fixture.quoted)
        #expect(row["citations"] == "2")
        #expect(row["citation_urls"] == "https://example.org/report?a=1&b=2%3Bc;https://example.org/other")
        #expect(try self.row(fixture.formula)["citations"] == "0")
    }

    @Test("numeric columns are plain numbers and match the assertion")
    func numbers() throws {
        for report in fixture.reports {
            for claim in report.document.claims {
                let row = try row(claim)
                #expect(row["document"] == report.document.header.name)
                #expect(row["version"] == "1")
                #expect(row["paragraph"] == String(claim.paragraph))
                #expect(row["start"] == String(claim.start))
                #expect(row["end"] == String(claim.end))
                #expect(row["kind"] == claim.kind.rawValue)
                let score = try #require(Double(row["checkworthiness"] ?? ""))
                #expect(abs(score - claim.checkworthiness) < 0.006)
            }
        }
    }

    @Test("flags are counted by category and the rules behind them listed")
    func flags() throws {
        let report = try #require(fixture.reports.first)
        let flagged = try #require(report.document.claims.first { $0.flags.count > 1 || $0.flags.values.contains { $0 > 1 } })
        let row = try row(flagged)
        let expected = flagged.flags.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ";")
        #expect(row["findings"] == expected)
        let rules = try #require(row["rules"]).split(separator: ";").map(String.init)
        #expect(Set(rules) == Set(report.findings(of: flagged).map(\.rule)))
        #expect(rules.count == Set(rules).count)
    }

    @Test("a text field beginning with a formula character is written as text", arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1 555", "'+1 555"), ("-2", "'-2"), ("@A1", "'@A1"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("a=b", "a=b"), ("'quoted'", "'quoted'"),
    ])
    func formulaGuard(text: String, expected: String) throws {
        var document = ReviewedDocument(unreviewed: Extractor().extract(text: "Police arrested 40 people on Monday.",
                                                                       source: "a.txt", format: .text))
        try #require(!document.claims.isEmpty)
        document.claims[0].text = text
        let records = try RFC4180Parser.parse(CSVReporter().render([ReviewReport(document)]))
        #expect(records.count == 1 + document.claims.count)
        #expect(records.dropFirst().first?[8] == expected)
        #expect(records.dropFirst().first?[1] == "", "an unstored document has no version")
    }

    @Test("no reports: the header alone")
    func empty() throws {
        #expect(CSVReporter().render([]) == CSVReporter.columns.joined(separator: ",") + "\r\n")
    }
}
