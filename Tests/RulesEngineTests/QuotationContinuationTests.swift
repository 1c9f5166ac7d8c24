import AssayCore
import Extraction
import Testing
import TestSupport
import RulesEngine

/// A quotation's sentences are its speaker's, and only those: how quotation marks are counted
/// from one sentence to the next.
@Suite struct QuotationContinuationTests {
    static func attributions(_ text: String) throws -> [Finding] {
        let ruleSet = try RuleSet.load(paths: [Repository.url("Rules").path])
        let document = Extractor().extract(text: text, source: "test", format: .text)
        return RuleEngine(rules: ruleSet, publisher: nil).apply(to: document).document.findings
            .filter { $0.category == "attribution" }
    }

    @Test("a mark opening a sentence inside a quotation reopens it: its words are the speaker's, and the prose after the quotation is nobody's")
    func reopenedQuotation() throws {
        // Two quoted paragraphs run together, as in text whose paragraph breaks were lost.
        let text = "Mr Bannatyne said: \"Disunity in the Cabinet has a corrosive effect on the country. "
            + "\"Gordon Brown is a great chancellor, but business wants that to continue.\" "
            + "The businessman also voiced concern about the violence in Iraq. "
            + "Shares in the firm fell sharply on Monday."
        let findings = try Self.attributions(text)
        let sources = findings.compactMap { finding -> String? in
            guard case .string(let source)? = finding.fields["source"] else { return nil }
            return source
        }
        #expect(!sources.contains { $0.contains("chancellor") }, "\(findings.map(\.text))")
        let continued = findings.filter { $0.fields["continued"] == .bool(true) }
        #expect(continued.map(\.text) == ["\"Gordon Brown is a great chancellor, but business wants that to continue.\""],
                "\(continued.map(\.text))")
        #expect(continued.allSatisfy { $0.fields["source"] == .string("Mr Bannatyne") })
    }

    @Test("a mark shaped to open while a quotation is open reopens it, so the lost closing mark does not swallow the next speaker")
    func markShapedToOpen() throws {
        let text = "The minister said: \"We will win this vote. "
            + "Everyone agreed, and \"nobody doubts it,\" Smith said."
        let findings = try Self.attributions(text)
        #expect(findings.contains { $0.fields["source"] == .string("Smith") }, "\(findings.map(\.text))")
    }

    @Test("typewriter quotes: a double apostrophe is one mark, beside a single quote's closing mark")
    func typewriterQuotes() throws {
        let text = "''I would use the word 'old-school,''' said Gregory W. Slayton. ''It is all lies,'' Mr. Putin said."
        let sources = try Self.attributions(text).map { $0.fields["source"] }
        #expect(sources == [.string("Gregory W. Slayton"), .string("Mr. Putin")])
    }
}
