import AssayCore
import Extraction
import Foundation
import Testing
import TestSupport
@testable import RulesEngine

/// Every finding of the shipped packs is an exact span of the document's text, and its fields
/// quote that text as written, on the seeds and on seed text mangled with the characters that
/// break naive offset arithmetic and normalisation.
@Suite struct FindingSpanTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    static let insertions = ["\u{200B}", "é", "e\u{0301}", "🙂", "👩‍👩‍👧", "\u{202E}", "а", "“", "”", "’", "—", "–", "\u{00A0}",
                             "10", "1,000", "%", ". ", "\n\n", "⟦", "\u{FEFF}", "שלום", "ﷺ", "  "]

    static func findings(in text: String, ruleSet: RuleSet) -> (Document, [Finding]) {
        let document = Extractor().extract(text: text, source: "test", format: .text)
        let applied = RuleEngine(rules: ruleSet, publisher: "NCRI").apply(to: document).document
        return (applied, applied.findings)
    }

    /// The fields of the built-in recognizers that quote the text.
    static let quotingFields = ["source", "cue", "referent", "hedge", "unit"]

    /// Each span is exact, and what quotes the text — a field, a message's `{match}` — quotes
    /// it as written: curly quotes, dashes and invisible characters included.
    static func checkSpans(_ document: Document, _ findings: [Finding], ruleSet: RuleSet) {
        let count = document.text.unicodeScalars.count
        let quotesMatch = Set(ruleSet.rules.filter { $0.message.contains("{match}") }.map(\.id))
        for finding in findings {
            #expect(finding.start >= 0 && finding.start < finding.end && finding.end <= count, "\(finding.rule) \(finding.start)..<\(finding.end)")
            #expect(scalarSlice(document.text, finding.start, finding.end) == finding.text, "\(finding.rule): “\(finding.text)”")
            // A sentence continuing a quotation names the speaker an earlier sentence quotes.
            for name in quotingFields where finding.fields["continued"] != .bool(true) {
                guard case .string(let quoted)? = finding.fields[name] else { continue }
                #expect(quotes(finding.text, quoted), "\(finding.rule).\(name): “\(quoted)” is not in “\(finding.text)”")
            }
            if quotesMatch.contains(finding.rule) {
                #expect(quotes(finding.message, finding.text), "\(finding.rule): “\(finding.message)”")
            }
        }
    }

    /// Whether `part` is in `whole` byte for byte (`String.contains` compares whole characters,
    /// and would miss a field that ends just before a combining mark).
    static func quotes(_ whole: String, _ part: String) -> Bool {
        Array(whole.utf8).firstRange(of: Array(part.utf8)) != nil
    }

    @Test(arguments: Repository.seedNames)
    func seedFindingsAreExactSpans(_ name: String) throws {
        let ruleSet = try RuleSet.load(paths: [Repository.url("Rules").path])
        let text = try String(contentsOf: Repository.seed(name), encoding: .utf8)
        let (document, findings) = Self.findings(in: text, ruleSet: ruleSet)
        #expect(findings.count > 10)
        Self.checkSpans(document, findings, ruleSet: ruleSet)
    }

    @Test func mangledTextKeepsExactSpans() throws {
        let ruleSet = try RuleSet.load(paths: [Repository.url("Rules").path])
        let seed = try String(contentsOf: Repository.seed(Repository.seedNames[0]), encoding: .utf8)
        let scalars = Array(seed.unicodeScalars)
        var generator = SplitMix(state: 2026)
        for _ in 0..<40 {
            let start = Int.random(in: 0..<(scalars.count - 1_500), using: &generator)
            var piece = String.UnicodeScalarView(scalars[start..<(start + 1_500)])
            for _ in 0..<60 {
                let position = piece.index(piece.startIndex, offsetBy: Int.random(in: 0...piece.count, using: &generator))
                piece.insert(contentsOf: Self.insertions.randomElement(using: &generator)?.unicodeScalars ?? "".unicodeScalars, at: position)
            }
            let (document, findings) = Self.findings(in: String(piece), ruleSet: ruleSet)
            Self.checkSpans(document, findings, ruleSet: ruleSet)
        }
    }
}
