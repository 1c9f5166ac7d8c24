import AssayCore
import Extraction
import Foundation
import ReviewStore
import TestSupport

/// Workbenches for the ReviewStore tests: fresh ones, and one with every table filled.
enum PopulatedWorkbench {
    /// Notes that must survive any trip through the workbench byte for byte.
    static let trickyNotes = [
        "She said \"no\"; they said 'yes'.",
        "line one\nline two\r\n\ttabbed \\ backslash",
        "'); DROP TABLE verdicts; --",
        "Ünïcödé — 数字 5,000 · 🇮🇷 e\u{301} \u{202E}bidi\u{202C} \u{200B}zero-width",
        "control \u{1} \u{1F} end",
    ]

    static func path() throws -> String {
        try Repository.temporaryFolder().appendingPathComponent("workbench.sqlite").path
    }

    static func empty() throws -> Workbench {
        try Workbench.open(path: try path(), access: .create)
    }

    /// Both seeds (with one hand-made finding each), verdicts from two analysts, a citation with
    /// an attached file, tags, an added assertion, a dismissed claim and a dismissed finding,
    /// a custom verdict scale, a source, a second version with a reviewed claim reworded, assignments: every table.
    static func populated() throws -> Workbench {
        let workbench = try empty()
        let extractor = Extractor()
        var texts: [String: String] = [:]
        for name in Repository.seedNames {
            let bytes = Array(try Data(contentsOf: Repository.seed(name)))
            var document = try extractor.extract(bytes: bytes, source: "seeds/" + name, format: nil)
            if let assertion = document.assertions.first(where: { $0.text.count > 40 }) {
                document.findings = [Finding(rule: "test-vague-source", category: "attribution", severity: .warning,
                                             start: assertion.start, end: assertion.start + 10,
                                             text: String(assertion.text.prefix(10)), message: "a \"test\" finding",
                                             assertion: assertion.id,
                                             fields: ["source": .string("officials"), "value": .number(0.35), "hedged": .bool(true)])]
            }
            texts[try workbench.ingest(IngestRequest(document: document, analyst: "alice")).document] = document.text
        }
        try workbench.setVerdictScale(VerdictScale.standard + ["satire"], analyst: "alice")
        try workbench.addSource(SourceEntry(name: "MEK", aliases: ["PMOI"], affiliations: ["NCRI"], type: "organisation",
                                            reliability: "D", notes: "\"Opposition\"; exiled"), analyst: "alice")
        let claims = try workbench.claims().filter { $0.text.count > 40 }
        guard claims.count > trickyNotes.count + 3 else { throw FixtureError("the seeds have too few long claims") }
        for (claim, note) in zip(claims, trickyNotes) {
            _ = try workbench.recordVerdict(VerdictRequest(claim: reference(claim), rating: "mixed", credibility: 3,
                                                          confidence: "medium", note: note, analyst: "alice", key: "k-\(claim.id)"))
        }
        _ = try workbench.recordVerdict(VerdictRequest(claim: reference(claims[0]), rating: "misleading", note: nil, analyst: "bob"))
        _ = try workbench.cite(CitationRequest(claim: reference(claims[1]), url: "https://example.org/report?a=1&b=2",
                                               title: "Report \"2018\"", quote: "at least 5,000", stance: .refutes,
                                               file: (name: "report.bin", bytes: [0, 1, 2, 0xFF, 0xFE, 10, 13, 0]), analyst: "bob"))
        _ = try workbench.tag(reference(claims[2]), tags: ["needs-expert", "1988"], analyst: "bob")
        _ = try workbench.dismissClaim(reference(claims[trickyNotes.count + 1]), reason: "a headline; not a claim", undo: false, analyst: "alice")
        let quote = try uniqueQuote(in: texts[claims[4].document] ?? "", claim: claims[4])
        _ = try workbench.annotate(document: claims[4].document, quote: quote, note: "added by hand; \"quoted\"", analyst: "bob")
        guard let finding = try workbench.findings().first else { throw FixtureError("no finding was stored") }
        _ = try workbench.dismissFinding(finding.id, reason: "the source is named", undo: false, analyst: "bob")
        // A second version of one seed with a reviewed claim reworded: its verdict moves (claim_moves).
        let reworded = claims[3]
        let edited = (texts[reworded.document] ?? "").replacingOccurrences(of: reworded.text, with: "Reportedly, " + reworded.text)
        guard edited != texts[reworded.document] else { throw FixtureError("the claim to reword is not in its text") }
        let second = extractor.extract(text: edited, source: "seeds/edited.txt", format: .text)
        guard try workbench.ingest(IngestRequest(document: second, name: reworded.document, analyst: "alice")).reworded == 1 else {
            throw FixtureError("the reworded claim did not keep its verdict")
        }
        // Two members, each claim of the first seed to both (accounts are not exported; assignments are).
        for member in ["alice", "bob"] {
            try workbench.addAccount(member, role: .analyst, passwordHash: "h", analyst: "alice")
        }
        try workbench.assign(document: claims[0].document, to: ["alice", "bob"], overlap: 2, analyst: "alice")
        return workbench
    }

    static func reference(_ claim: ReviewedAssertion) -> String { "\(claim.document):\(claim.id)" }

    /// The first words of a claim, when they occur once in its document: an assertion to add.
    private static func uniqueQuote(in text: String, claim: ReviewedAssertion) throws -> String {
        for length in stride(from: 20, through: claim.text.count, by: 5) {
            let quote = String(claim.text.prefix(length)).trimmingCharacters(in: .whitespaces)
            if text.components(separatedBy: quote).count == 2 { return quote }
        }
        throw FixtureError("no unique quote in \(claim.id)")
    }

    /// Every line of a workbench's export.
    static func export(_ workbench: Workbench) throws -> [String] {
        var text = ""
        try workbench.export { line in text += line }
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    static func data(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
